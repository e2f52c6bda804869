"""This season's stage read from messages (``bot/extraction/stage.py``): plain statements are
stored, earlier cycles, suppositions, questions and other people's news are not."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts

STAGE = "cycle_stage"


def stage_of(text: str, expected_field: str | None = None) -> object:
    return extract_facts(text, expected_field=expected_field, current_year=2026).facts.get(STAGE)


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # preparing: nothing sent this season
        ("haven't applied yet", "preparing"),
        ("I have not applied yet", "preparing"),
        ("I havent applied this cycle", "preparing"),
        ("I have never applied", "preparing"),
        ("I didn't apply this year", "preparing"),
        ("I will apply next year", "preparing"),
        ("I'm going to apply next cycle", "preparing"),
        ("planning to apply in September", "preparing"),
        ("I'll apply in September 2027", "preparing"),
        ("applying next season, graduated 2024", "preparing"),
        ("I am preparing my ERAS application", "preparing"),
        ("yet to apply, step 2 is 250", "preparing"),
        # applied: applications out, no interviews yet
        ("I applied this cycle", "applied"),
        ("I've applied to 80 DR programs", "applied"),
        ("I've already applied", "applied"),
        ("I already submitted ERAS", "applied"),
        ("I submitted my applications in September", "applied"),
        ("my applications are out", "applied"),
        ("I applied, no interviews yet", "applied"),
        ("no interviews so far", "applied"),
        # interviewing
        ("I have 3 interviews", "interviewing"),
        ("I have an IR interview", "interviewing"),
        ("I got 2 interview invites this season", "interviewing"),
        ("I've got an interview at Emory next week", "interviewing"),
        ("I was invited to interview at two programs", "interviewing"),
        ("I interviewed at 3 programs", "interviewing"),
        ("I'm currently interviewing", "interviewing"),
        ("I applied this cycle and have 2 interviews", "interviewing"),
        ("applied to 90 programs, 4 IVs so far", "interviewing"),
        ("I applied last year and didn't match, this year I have 2 interviews", "interviewing"),
        ("graduated in 2019, I have 2 interviews", "interviewing"),
        ("YOG 2019, CK 245, I have 2 interviews", "interviewing"),
        # ranked
        ("I certified my rank list", "ranked"),
        ("rank list certified last night", "ranked"),
        ("I submitted my ROL", "ranked"),
        ("I ranked all 6 programs", "ranked"),
        # unmatched this season
        ("I didn't match, going into SOAP", "unmatched"),
        ("I'm in SOAP now", "unmatched"),
        ("I did not match this year", "unmatched"),
        ("unmatched this cycle", "unmatched"),
        # matched
        ("I matched!", "matched"),
        ("I've just matched into DR at a program in Ohio", "matched"),
        ("Matched IR!", "matched"),
    ],
)
def test_a_plain_stage_is_read(text: str, stage: str) -> None:
    assert stage_of(text) == stage


@pytest.mark.parametrize(
    "text",
    [
        # earlier cycles are history (match_cycles, prior_interviews), not this season's stage
        "I applied last year and didn't match",
        "I didn't match",
        "I'm an unmatched IMG",
        "unmatched IMG, applied again with 3 interviews",
        "I had 3 interviews in my previous cycle",
        "I applied in 2024",
        "I applied to 80 DR programs",  # which season? not said
        "I matched into DR last year",
        # suppositions, plans without a time, hopes and questions
        "If I don't match I will do SOAP",
        "what are my chances to match?",
        "should I apply integrated IR?",
        "can I still apply this cycle?",
        "how many interviews do I need to match?",
        "I hope to get interviews",
        "I will apply to IR",
        "I want to match IR",
        "what is SOAP?",
        # other people, other things applied for, other rankings, partial applications
        "my friend matched into IR",
        "matched applicants have higher scores",
        "I applied for a research position",
        "I applied for an observership",
        "I submitted 2 papers",
        "I ranked 3rd in my class",
        "I haven't applied to IR, only DR",
        "I matched into a prelim year",
        # interviews as a topic
        "I have a question about interviews",
        "I need interview tips",
        # contradictions store nothing
        "I haven't applied yet but I have 2 interviews",
    ],
)
def test_no_stage_when_not_plainly_this_season(text: str) -> None:
    assert stage_of(text) is None


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("yes", "applied"),
        ("yes I applied, 2 interviews", "interviewing"),
        ("yes, 3 interviews", "interviewing"),
        ("2 interviews", "interviewing"),
        ("applied but 0 interviews", "applied"),
        ("not yet", "preparing"),
        ("no", "preparing"),
        ("nope, next year", "preparing"),
        ("interviewing", "interviewing"),
        ("I ranked", "ranked"),
        ("certified", "ranked"),
        ("didn't match", "unmatched"),
        ("SOAP", "unmatched"),
        ("matched", "matched"),
    ],
)
def test_an_answer_to_the_stage_question_is_read_loosely(text: str, stage: str) -> None:
    assert stage_of(text, expected_field=STAGE) == stage


@pytest.mark.parametrize("text", ["not sure", "skip", "I don't know yet", "what do you mean?"])
def test_declining_the_stage_question_stores_nothing(text: str) -> None:
    assert stage_of(text, expected_field=STAGE) is None


def test_this_seasons_interviews_are_not_an_earlier_cycles() -> None:
    facts = extract_facts("I have 3 interviews", current_year=2026).facts
    assert facts == {STAGE: "interviewing"}  # not prior_interviews: 3
    facts = extract_facts("I applied, no interviews yet", current_year=2026).facts
    assert "prior_interviews" not in facts


def test_an_earlier_cycles_interviews_stay_history() -> None:
    facts = extract_facts(
        "I had 3 interviews last year, this year I applied again", current_year=2026
    ).facts
    assert facts["prior_interviews"] == 3
    assert facts[STAGE] == "applied"
    # Asked about earlier cycles' interviews, a count is that answer.
    facts = extract_facts("I have 2 interviews", expected_field="prior_interviews").facts
    assert facts.get("prior_interviews") == 2


def test_the_stage_comes_with_other_facts() -> None:
    facts = extract_facts(
        "Non-US IMG, CK 250, need J1, I applied to 70 DR programs and have 2 interviews",
        current_year=2026,
    ).facts
    assert facts["step2ck_score"] == 250 and facts["visa_need"] == "j1"
    assert facts[STAGE] == "interviewing"


def test_an_answer_about_earlier_interviews_is_no_stage() -> None:
    facts = extract_facts("I got 3 interviews", expected_field="prior_interviews").facts
    assert facts == {"prior_interviews": 3}


def test_several_cycles_make_their_interviews_history() -> None:
    facts = extract_facts("applied in 2 cycles and got 1 interview", current_year=2026).facts
    assert facts == {"match_cycles": 2, "prior_interviews": 1}


@pytest.mark.parametrize(
    "text",
    [
        "I have a question about interviews",
        "I have an interview question",
        "I have 2 questions about letters",
        "any tips for an interview?",
        "a doubt about publications",
        "I need interview prep",
        "can you share a letter template",
    ],
)
def test_a_count_of_another_thing_is_no_fact(text: str) -> None:
    assert extract_facts(text, current_year=2026).facts == {}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Interviews last year or cycle also say that one earlier cycle (dev_tune labels).
        ("got 3 interview invites last year", {"prior_interviews": 3, "match_cycles": 1}),
        ("I had an IR interview last cycle", {"prior_interviews": 1, "match_cycles": 1}),
        ("I have a LOR from an IR attending", {"us_ir_letters": 1}),
        ("one publication in JVIR", {"ir_publications": 1}),
    ],
)
def test_counts_of_the_thing_itself_still_count(text: str, facts: dict[str, int]) -> None:
    assert extract_facts(text, current_year=2026).facts == facts
