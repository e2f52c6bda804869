"""Round 10c (found trying the bot as an applicant): someone else's clause as a form answer,
an observership named after "USCE", a skip about another thing, questions typed without "?".
Each rule with the near misses it must not catch."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _read(text: str, asked: str | None = None) -> tuple[dict[str, object], dict[str, object]]:
    found = extract_facts(text, expected_field=asked, current_year=2026)
    return found.facts, {u.field: u.value for u in found.uncertain}


# (text, asked field, stored facts) - someone else's clause gives no stage and no place.
THEIRS: list[tuple[str, str | None, dict[str, object]]] = [
    (
        "my friend got 255 and matched DR in Michigan, so i am hoping. whats my chances exactly",
        "cycle_stage",
        {},
    ),
    (
        "my friend got 255 and matched DR in Michigan, so i am hoping. whats my chances exactly",
        None,
        {},
    ),
    ("my cousin matched IR last year and applied in Texas, I hope for the same", None, {}),
    # Near misses: the writer's own clause, or the writer after the friend's.
    ("I matched DR in Michigan!", "cycle_stage", {"cycle_stage": "matched"}),
    ("my friend got 255, but I matched", "cycle_stage", {"cycle_stage": "matched"}),
    ("my friend matched and I applied this cycle", "cycle_stage", {"cycle_stage": "applied"}),
    ("matched", "cycle_stage", {"cycle_stage": "matched"}),
    ("my friend is on J1 and I prefer the midwest", None, {"preferred_regions": ["midwest"]}),
    ("I would prefer Michigan", None, {"preferred_regions": ["midwest"]}),
]


@pytest.mark.parametrize(("text", "asked", "stored"), THEIRS)
def test_someone_elses_clause(text: str, asked: str | None, stored: dict[str, object]) -> None:
    assert _read(text, asked)[0] == stored


# (text, stored): a duration after "USCE" named an observership is one, not hands-on USCE.
OBSERVED: list[tuple[str, dict[str, object]]] = [
    ("usce 2 months IM obs only (not hands on)", {"observership_weeks": 8.0}),
    ("USCE: 2 months of IM observership", {"observership_weeks": 8.0}),
    ("USCE: 4 wks as an observer in IM", {"observership_weeks": 4.0}),
    # Near misses: the observership is another stint, or no duration stands between.
    ("usce 2 months IM", {"usce_months": 2.0}),
    ("USCE 3 months in IM where I observed IR", {"usce_months": 3.0}),
    ("3 months USCE, observership 4 weeks", {"usce_months": 3.0, "observership_weeks": 4.0}),
    (
        "I did usce 2 months and observership 1 month",
        {"usce_months": 2.0, "observership_weeks": 4.0},
    ),
]


@pytest.mark.parametrize(("text", "stored"), OBSERVED)
def test_observership_named_after_usce(text: str, stored: dict[str, object]) -> None:
    assert _read(text)[0] == stored


# (text, asked field, skipped, stored): a skip about another named thing declines nothing.
SKIPS: list[tuple[str, str | None, bool, dict[str, object]]] = [
    ("idk about letters yet, planning electives in march", "cycle_stage", False, {}),
    (
        "idk about step 3 yet, I applied this cycle",
        "cycle_stage",
        False,
        {"cycle_stage": "applied"},
    ),
    ("not sure about my research yet", "visa_need", False, {}),
    # Near misses: the skip is about the asked thing, points back, or stands alone.
    ("idk", "cycle_stage", True, {}),
    ("idk about that", "cycle_stage", True, {}),
    ("not sure about the stage", "cycle_stage", True, {}),
    ("idk about letters yet", "us_ir_letters", True, {}),
    ("not sure about my step 3", "step3", True, {}),
    ("idk about letters yet", None, True, {}),
]


@pytest.mark.parametrize(("text", "asked", "skipped", "stored"), SKIPS)
def test_skip_about_another_thing(
    text: str, asked: str | None, skipped: bool, stored: dict[str, object]
) -> None:
    found = extract_facts(text, expected_field=asked, current_year=2026)
    assert (found.skipped, found.facts) == (skipped, stored)


# (text, stored, to confirm): a question typed without "?" states nothing.
UNMARKED: list[tuple[str, dict[str, object], dict[str, object]]] = [
    (
        "no pubs yet but 2 abstracts accepted at RSNA, is 2 abstracts enough or do I need papers",
        {"ir_publications": 0, "ir_abstracts": 2},
        {},
    ),
    (
        "after J1 can i get green card thru conrad waiver ... also is h1b better for that",
        {},
        {"visa_need": "undecided"},
    ),
    (
        "stop asking me questions and answer: do I need step 3 for H1b yes or no",
        {},
        {"visa_need": "h1b"},
    ),
    ("CK 245, what are the odds for IR programs", {"step2ck_score": 245}, {}),
    # Near misses: statements with an elided subject, a told fact before the question.
    ("i need J1. after J1 can i get green card thru conrad waiver", {"visa_need": "j1"}, {}),
    ("my wife is a US citizen and is on H1b", {}, {}),
    ("CK 245, do research now in Boston", {"step2ck_score": 245}, {}),
    (
        "2 abstracts, 1 pub, need H1b",
        {"ir_abstracts": 2, "ir_publications": 1, "visa_need": "h1b"},
        {},
    ),
]


@pytest.mark.parametrize(("text", "stored", "doubted"), UNMARKED)
def test_questions_without_a_question_mark(
    text: str, stored: dict[str, object], doubted: dict[str, object]
) -> None:
    facts, uncertain = _read(text)
    facts.pop("cycle_stage", None)
    assert (facts, uncertain) == (stored, doubted)


# (text, stored): left by round 10b - a US student's elective is no USCE total, people in the
# plural are others, unpublished papers as many as the published ones are more, not parts.
LEFT: list[tuple[str, dict[str, object]]] = [
    ("US MD student, did a 2 wk DR elective", {"applicant_type": "us_md"}),
    ("DO student, 4 weeks sub-I in IM", {"applicant_type": "us_do"}),
    ("Most of my classmates who stayed are doing residency in Lviv now.", {}),
    ("my friends are working as GPs", {}),
    ("1 pub (radiology, published) and 2 in progress.", {"ir_publications": 1}),
    ("1 pub and 2 in progress", {"ir_publications": 1}),
    # Near misses: a US student's stated total, an IMG's elective, the writer's own work,
    # papers only in progress, an unpublished part of a total.
    ("US MD student, 3 months USCE", {"applicant_type": "us_md", "usce_months": 3.0}),
    ("IMG, did a 2 wk DR elective", {"applicant_type": "non_us_img", "usce_months": 0.5}),
    ("I am working as a GP now", {"clinically_active": True}),
    ("2 papers in progress", {}),  # no published paper only inferred: asked
    ("3 papers in radiology (1 under review)", {"ir_publications": 2}),
]


@pytest.mark.parametrize(("text", "stored"), LEFT)
def test_left_by_round_10b(text: str, stored: dict[str, object]) -> None:
    facts = _read(text)[0]
    facts.pop("cycle_stage", None)
    assert facts == stored


def test_a_us_students_elective_as_the_answer_to_the_usce_question() -> None:
    found = extract_facts("2 wk DR elective, US MD", expected_field="usce_months")
    assert found.facts.get("usce_months") == 0.5


# (text, stored): a count repeated in a question about oneself is not one more; a stint after
# "+" adds only to the same field's stint before it.
REPEATED: list[tuple[str, dict[str, object]]] = [
    (
        "I have 1 letter from the IR attending. Is my IR letter enough or do I need more?",
        {"us_ir_letters": 1},
    ),
    ("2 abstracts. is 2 abstracts enough for me?", {"ir_abstracts": 2}),
    (
        "obs 4 weeks in Chicago. So total = 2 months hands on + 4 weeks obs",
        {"observership_weeks": 4.0, "usce_months": 2.0},
    ),
    # Near misses: a count only the question gives, one more named, stints of one field.
    (
        "what are my chances with 2 IR letters and 3 abstracts?",
        {"us_ir_letters": 2, "ir_abstracts": 3},
    ),
    ("1 IR letter, 1 DR letter, and 1 more IR letter", {"us_ir_letters": 2, "us_dr_letters": 1}),
    ("4 weeks observership + 4 weeks obs in Texas", {"observership_weeks": 8.0}),
    ("5 months USCE in IM + 1 month radiology elective", {"usce_months": 6.0}),
    ("USCE: 2 months IM + 1 month FM", {"usce_months": 3.0}),
]


@pytest.mark.parametrize(("text", "stored"), REPEATED)
def test_repeated_counts(text: str, stored: dict[str, object]) -> None:
    facts = _read(text)[0]
    facts.pop("cycle_stage", None)
    assert facts == stored


# (text, stored, to confirm): more questions without "?", and counts of things as no score.
MORE_UNMARKED: list[tuple[str, dict[str, object], dict[str, object]]] = [
    (
        "Also what's the process to go from J1 to a green card after residency",
        {},
        {"visa_need": "j1"},
    ),
    ("I have 2 pubs and is that enough", {"ir_publications": 2}, {}),
    ("I've sent 140 cold emails since august, got 3 replies", {}, {}),
    ("I got 140 emails back", {}, {}),
    # Near misses: "and" going on with the subject left out, a score before a plural word.
    ("my wife is a US citizen and is on H1b", {}, {}),
    ("I got 245 so far", {"step2ck_score": 245}, {}),
    ("I got 251, pubs 2", {"step2ck_score": 251, "ir_publications": 2}, {}),
]


@pytest.mark.parametrize(("text", "stored", "doubted"), MORE_UNMARKED)
def test_more_questions_and_counts(
    text: str, stored: dict[str, object], doubted: dict[str, object]
) -> None:
    facts, uncertain = _read(text)
    facts.pop("cycle_stage", None)
    assert (facts, uncertain) == (stored, doubted)


# (text, stored): "each" said before a duration multiplies it by the stints counted right
# before the stint word; "one more cycle" is a cycle to come.
EACH_AND_MORE: list[tuple[str, dict[str, object]]] = [
    ("I did 2 observerships, each 4 weeks", {"observership_weeks": 8.0}),
    ("3 IR electives, each for 2 weeks", {"ir_elective_weeks": 6.0}),
    ("4 cycles applied. everyone keeps saying keep going, one more cycle.", {"match_cycles": 4}),
    ("Applied in the 2025 cycle to 58 DR programs + 9 integrated IR", {"match_cycles": 1}),
    # Near misses: no "each", or no count next to the stint word; cycles told plainly.
    ("2 observerships in Ohio, 4 weeks", {"observership_weeks": 4.0}),
    ("did observerships in 2 places, each one 4 weeks", {"observership_weeks": 4.0}),
    ("4 cycles applied", {"match_cycles": 4}),
    ("this is my 2nd cycle", {"match_cycles": 1}),
    ("applied in 2 cycles and 3 times to prelims", {"match_cycles": 2}),
]


@pytest.mark.parametrize(("text", "stored"), EACH_AND_MORE)
def test_each_before_and_one_more_cycle(text: str, stored: dict[str, object]) -> None:
    facts = _read(text)[0]
    facts.pop("cycle_stage", None)
    assert facts == stored


# (text, stored, to confirm): a visa in a question about oneself is asked about unless told
# as the writer's ("as a J1", "on J1", "need H1b").
ASKED_VISAS: list[tuple[str, dict[str, object], dict[str, object]]] = [
    (
        "Wondering whether my training counts, and is H1B possible since I have step 3",
        {},
        {"visa_need": "h1b"},
    ),
    # Near misses: the visa told as the writer's, in the question or before it.
    ("what are my chances as a J1 applicant?", {"visa_need": "j1"}, {}),
    ("do I need step 3 as a J1?", {"visa_need": "j1"}, {}),
    ("can I apply on J1 with my 240?", {"visa_need": "j1", "step2ck_score": 240}, {}),
    ("what are my chances with 245, need H1b?", {"visa_need": "h1b", "step2ck_score": 245}, {}),
    ("I need J1. can I get H1b later with step 3?", {"visa_need": "j1"}, {}),
    ("my wife is on H1b, I am a US citizen", {"visa_need": "none"}, {}),
    ("which programs sponsor H1B for me?", {"visa_need": "h1b"}, {}),
    (
        "Should I take step 3 before applying? I'm J1 so probably not needed?",
        {"visa_need": "j1"},
        {},
    ),
]


@pytest.mark.parametrize(("text", "stored", "doubted"), ASKED_VISAS)
def test_visas_asked_about(
    text: str, stored: dict[str, object], doubted: dict[str, object]
) -> None:
    facts, uncertain = _read(text)
    facts.pop("cycle_stage", None)
    assert (facts, uncertain) == (stored, doubted)


# (text, stored): a visa code ruled out after it ("J1 isn't an option") is not the one needed.
RULED_OUT_AFTER: list[tuple[str, dict[str, object]]] = [
    ("I need H1B, J1 isn't an option for us because of the 2 year rule", {"visa_need": "h1b"}),
    ("I need H1B, J1 is not an option", {"visa_need": "h1b"}),
    # Near misses: the code wanted, or "no other option" after it.
    ("need J1, no other option", {"visa_need": "j1"}),
    ("J1 no other option for me", {"visa_need": "j1"}),
    ("J1 is an option", {"visa_need": "j1"}),
    ("J1 is not bad, I need it", {"visa_need": "j1"}),
]


@pytest.mark.parametrize(("text", "stored"), RULED_OUT_AFTER)
def test_code_ruled_out_after_it(text: str, stored: dict[str, object]) -> None:
    assert _read(text)[0] == stored
