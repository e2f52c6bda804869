"""Phrasing of the sixth tuning batch (dev_tune_6.yml, written by someone who never saw the
bot), where the first run stored wrong facts: offers and chances that are not done yet, ... Each
rule with the near misses it must not catch."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _facts(text: str) -> dict[str, object]:
    """The profile facts (this season's stage is tested in test_stage.py)."""
    found = extract_facts(text, current_year=2026).facts
    return {name: value for name, value in found.items() if name != "cycle_stage"}


def _uncertain(text: str) -> dict[str, object]:
    return {u.field: u.value for u in extract_facts(text, current_year=2026).uncertain}


# (text, stored facts, facts offered to confirm)
PROSPECTS = [
    # An offer, a chance or a promise is not done yet: only offered to confirm.
    (
        "I got an offer for a 4 week observership in IR",
        {},
        {"observership_weeks": 4.0},
    ),
    (
        "no USCE yet. I got an offer for a 4 week observership in IR and another for a 4 week"
        " hands-on externship in IM.",
        {"usce_months": 0},
        {"observership_weeks": 4.0},
    ),
    ("I have a chance to do a 2 year research position in IR", {}, {"research_years": 2.0}),
    ("the IR attending there agreed to write my letter", {}, {"us_ir_letters": 1}),
    ("an opportunity to do 3 months of USCE in Ohio", {}, {"usce_months": 3.0}),
    # Near misses: a chance taken, and "one" that is a count of its own.
    ("I had the chance to do 3 months USCE", {"usce_months": 3.0}, {}),
    ("got the opportunity to do a 4 week IR elective", {"ir_elective_weeks": 4.0}, {}),
    (
        "did 4 weeks of observership and one IR elective of 4 weeks",
        {"observership_weeks": 4.0, "ir_elective_weeks": 4.0},
        {},
    ),
    ("I have 2 IR letters", {"us_ir_letters": 2}, {}),
    ("any chance with CK 228 and 3 months USCE?", {"step2ck_score": 228, "usce_months": 3.0}, {}),
]


@pytest.mark.parametrize(("text", "facts", "uncertain"), PROSPECTS)
def test_prospects_are_not_done(
    text: str, facts: dict[str, object], uncertain: dict[str, object]
) -> None:
    assert _facts(text) == facts
    assert _uncertain(text) == uncertain


THEIRS = [
    # A relative's season or place is theirs; upper-case "IM" is no "I'm", "than mine" compares.
    ("My husband matched IM in 2022 with lower scores than mine haha.", {}),
    ("My friend matched IM in 2022", {}),
    (
        "My brother is a PGY-3 in DR at Detroit and he says I should only apply DR",
        {},
    ),
    # Near misses: the writer's own season and place stay.
    ("im a reapplicant, my friend and I applied in 2024", {"match_cycles": 1}),
    ("my friend got 250 on CK, mine is 245", {"step2ck_score": 245}),
    ("I prefer Texas, my friend is in Ohio", {"preferred_regions": ["southwest"]}),
    ("My friend and I prefer the northeast", {"preferred_regions": ["northeast"]}),
    ("Which programs in California take IMGs?", {"preferred_regions": ["west"]}),
]


@pytest.mark.parametrize(("text", "facts"), THEIRS)
def test_a_relatives_season_and_place_are_theirs(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


VISAS = [
    # A code after a negated verb is ruled out; one said with "but not sure" is undecided.
    ("I really need H1B, I can't do the J1 2-year home rule", {"visa_need": "h1b"}),
    ("I don't want J1", {}),
    ("need visa, probably J1 but not sure.", {"visa_need": "undecided"}),
    ("J1 or H1B, not sure", {"visa_need": "undecided"}),
    # A code only guessed at is a candidate to confirm (test_extraction_inferred.py).
    ("need visa, probably J1", {}),
    # Near misses: doubts about something else.
    ("need J1, not sure which programs sponsor it", {"visa_need": "j1"}),
    ("I need J1. Not sure about DR.", {"visa_need": "j1"}),
    ("H1B, no J1 please", {"visa_need": "h1b"}),
    ("need H1B (not J1)", {"visa_need": "h1b"}),
]


@pytest.mark.parametrize(("text", "facts"), VISAS)
def test_visas_ruled_out_or_unsure(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


HEADED_QUESTIONS = [
    # A topic heading before the question's opener is part of the question.
    (
        "For the J1 waiver, can I do Conrad 30 in a radiology job?",
        {},
        {"visa_need": "j1"},
    ),
    # Near misses: a heading with the writer's facts, and a statement before a question.
    ("For my CK of 245, should I apply IR?", {"step2ck_score": 245}, {}),
    ("CK 245, should I apply IR?", {"step2ck_score": 245}, {}),
    ("For IR I have 2 letters, is it enough?", {"us_ir_letters": 2}, {}),
]


@pytest.mark.parametrize(("text", "facts", "uncertain"), HEADED_QUESTIONS)
def test_a_topic_heading_belongs_to_its_question(
    text: str, facts: dict[str, object], uncertain: dict[str, object]
) -> None:
    assert _facts(text) == facts
    assert _uncertain(text) == uncertain


SEASONS = [
    # "so far this season" at the end of a sentence dates its first clause too.
    (
        "Had 2 IR interviews and 5 DR so far this season (US MD).",
        {"applicant_type": "us_md", "cycle_stage": "interviewing"},
    ),
    # Near misses: an earlier season named in the sentence keeps its count.
    (
        "Got 3 interviews last year and 1 so far this season",
        {"prior_interviews": 3, "match_cycles": 1},
    ),
    ("Had 2 interviews last cycle.", {"prior_interviews": 2, "match_cycles": 1}),
]


@pytest.mark.parametrize(("text", "facts"), SEASONS)
def test_this_seasons_interviews_are_not_prior(text: str, facts: dict[str, object]) -> None:
    assert extract_facts(text, current_year=2026).facts == facts


SPECIALTY_CUES = [
    # A preference word after the place whose object is a specialty wants the specialty.
    (
        "did an IR elective of 4 weeks in Pittsburgh which made me fall in love with IR",
        {"ir_elective_weeks": 4.0},
    ),
    # Near misses: the place after the cue, the place the cue points back to, a place cue.
    ("I want IR in the northeast", {"preferred_regions": ["northeast"]}),
    ("Texas, I want to do IR there", {"preferred_regions": ["southwest"]}),
    ("I'd love to stay in the midwest for IR", {"preferred_regions": ["midwest"]}),
    ("I did USCE in Texas and I want to stay in Texas", {"preferred_regions": ["southwest"]}),
]


@pytest.mark.parametrize(("text", "facts"), SPECIALTY_CUES)
def test_wanting_a_specialty_is_no_place_preference(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


ASKED_TO_GET = [
    # "should I ... get ...?" asks whether to get it: offered to confirm at most.
    (
        "I have 2 IR letters. Should I ask my IM attending for the third letter or get a DR one?",
        {"us_ir_letters": 2},
        {"us_dr_letters": 1},
    ),
    # Near misses: the writer's letters named in a question about them.
    ("Should I apply with 2 IR letters?", {"us_ir_letters": 2}, {}),
    ("I got 2 IR letters, should I get a third?", {"us_ir_letters": 2}, {}),
    ("should I mention my 2 IR letters?", {"us_ir_letters": 2}, {}),
]


@pytest.mark.parametrize(("text", "facts", "uncertain"), ASKED_TO_GET)
def test_asking_whether_to_get_is_no_fact(
    text: str, facts: dict[str, object], uncertain: dict[str, object]
) -> None:
    assert _facts(text) == facts
    assert _uncertain(text) == uncertain


RUNNING_TOTALS = [
    # A count right after "now" / "total" is the running total, not one more.
    (
        "I added 1 more IR letter (now 2 IR and 1 IM, all from US).",
        {"us_ir_letters": 2, "us_other_letters": 1},
    ),
    ("I had 1 IR letter, now 2 IR letters", {"us_ir_letters": 2}),
    ("2 abstracts, now 3 abstracts in total", {"ir_abstracts": 3}),
    # Near misses: counts of other sources, and counts listed one by one, still add up.
    ("2 IR letters and now 1 DR letter", {"us_ir_letters": 2, "us_dr_letters": 1}),
    ("1 IR letter, 1 DR letter and 1 more IR letter", {"us_ir_letters": 2, "us_dr_letters": 1}),
]


@pytest.mark.parametrize(("text", "facts"), RUNNING_TOTALS)
def test_a_running_total_replaces(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


STINTS = [
    # "US clinical time" is USCE; the total said last wins over a stint before it.
    (
        "a 4 week DR elective in Jersey. Total US clinical time is around 22 months.",
        {"usce_months": 22.0},
    ),
    # An IR rotation named as one more adds up.
    ("Did an IR sub-I at home (4 wks) and an away at Mayo (4 wks).", {"ir_elective_weeks": 8.0}),
    # A duration restated in brackets in the other unit is the same stint.
    ("3 months USCE (12 weeks)", {"usce_months": 3.0}),
    ("observership 1 month (4 weeks)", {"observership_weeks": 4.0}),
    ("a 4 week IR elective (1 month) at Emory", {"ir_elective_weeks": 4.0}),
    # Near misses: USCE stints listed after the word still add up.
    ("USCE: 3 months IM, 2 months FM", {"usce_months": 5.0}),
    ("I spent some time in clinical work", {}),
]


@pytest.mark.parametrize(("text", "facts"), STINTS)
def test_stints_and_totals(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


US_WORK = [
    # No clinical work "in the US" is about US experience, not about working now.
    (
        "currently doing a postdoc in IR research. No clinical work in the US except 2 weeks"
        " observing in IR.",
        {"clinically_active": True, "observership_weeks": 2.0},
    ),
    ("I have no clinical work in the US", {}),
    # Near misses: no work now, in words that do not speak of US experience.
    ("no clinical work since 2020", {"clinically_active": False}),
    ("I'm not working in the US", {"clinically_active": False}),
    (
        "not working in the US, working as GP in Egypt",
        {"applicant_type": "non_us_img", "clinically_active": True},
    ),
]


@pytest.mark.parametrize(("text", "facts"), US_WORK)
def test_no_clinical_work_in_the_us_is_no_gap(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


CYCLES = [
    # This calendar year's match whose outcome is told is over: an earlier cycle.
    (
        "Applied in the 2025 and 2026 matches: 3 interviews total, no match.",
        {"prior_interviews": 3, "match_cycles": 2},
    ),
    ("Applied DR in the 2025 match, unmatched", {"match_cycles": 1}),
    # Near misses: this year's match with no outcome, or this year with no "match".
    ("Applied in the 2026 match, waiting for interviews", {}),
    ("I'm applying in the 2026 match", {}),
]


@pytest.mark.parametrize(("text", "facts"), CYCLES)
def test_a_match_with_its_outcome_is_over(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


SCHOOL_YEARS = [
    # A year right after "IMG"/"FMG" (a school name or "here" between) is the graduation year.
    ("Indian IMG 2021, CK 249", {"applicant_type": "non_us_img", "graduation_year": 2021,
                                 "step2ck_score": 249}),
    ("Turkish IMG (Hacettepe 2019). I was", {"applicant_type": "non_us_img",
                                             "graduation_year": 2019}),
    ("Peruvian IMG here (2022), CK 244", {"applicant_type": "non_us_img",
                                          "graduation_year": 2022, "step2ck_score": 244}),
    # Near misses: a year that goes on ("2026 match"), someone else's, a year already given.
    ("IMG 2026 match applicant", {"applicant_type": "non_us_img"}),
    ("My senior (IMG 2019) matched", {}),
    ("IMG, graduated 2015. IMG 2020", {"applicant_type": "non_us_img", "graduation_year": 2015}),
    ("IMG 250 CK", {"applicant_type": "non_us_img", "step2ck_score": 250}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), SCHOOL_YEARS)
def test_a_year_after_img_is_the_graduation_year(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


NATIONALITIES = [
    # More nationalities mark a school abroad; "South African" is no region "south".
    ("South African doc here, graduated 2014", {"applicant_type": "non_us_img",
                                                "graduation_year": 2014}),
    ("I'm a Malaysian grad (2023)", {"applicant_type": "non_us_img", "graduation_year": 2023}),
    ("Thai doctor, CK 240", {"applicant_type": "non_us_img", "step2ck_score": 240}),
    # Near miss: the region.
    ("I prefer the south", {"preferred_regions": ["southeast"]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), NATIONALITIES)
def test_nationalities_mark_a_school_abroad(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


US_MD = [
    # "US MD4" is a US MD student; "Senior MS4" is a rank of the writer's, not a senior.
    ("US MD4 at a state school, graduating 2027.", {"applicant_type": "us_md",
                                                    "graduation_year": 2027}),
    ("Senior MS4 at a US MD school.", {"applicant_type": "us_md"}),
    # Near misses: a senior who is someone else.
    ("My senior (US IMG) matched DR with 236", {}),
    ("my senior is a US citizen", {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), US_MD)
def test_us_md_students(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


FULL_STOPS = [
    # A full stop after a word ending in a capital ends the sentence ("LoR." was one token).
    ("2 IR LoRs + 1 DR LoR. 2 IR pubs", {"us_ir_letters": 2, "us_dr_letters": 1,
                                         "ir_publications": 2}),
    # Near misses: abbreviations with inner stops stay whole.
    ("I am a U.S. citizen. CK 250", {"visa_need": "none", "step2ck_score": 250}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), FULL_STOPS)
def test_a_full_stop_after_a_capital(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


RESEARCH_PEOPLE = [
    # "research PI" / "research mentor" is a person who writes, not a stint of research.
    ("Letters: 1 IR from my research PI, 1 DR, 2 IM.", {"us_ir_letters": 1, "us_dr_letters": 1,
                                                        "us_other_letters": 2}),
    ("my research mentor wrote me 1 IR letter", {"us_ir_letters": 1}),
    # Near misses: research itself.
    ("1 year of research with my PI", {"research_years": 1.0}),
    ("research fellow for 1 year", {"research_years": 1.0}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), RESEARCH_PEOPLE)
def test_a_research_pi_is_a_person(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


PASSED_BEFORE = [
    # A pass that opens the sentence covers an exam joined by "and" with no status of its own.
    ("Passed COMLEX level 1 and USMLE step 1.", {"step1": "pass_first_attempt"}),
    ("Passed step 3 and step 1, CK 250", {"step1": "pass_first_attempt", "step3": "passed",
                                          "step2ck_score": 250}),
    # Near misses: the exam's own status, a failure between, a plan after.
    ("Passed COMLEX but failed step 1", {"step1": "failed"}),
    ("Passed step 3 and step 1 on second attempt", {"step1": "pass_after_retake",
                                                    "step3": "passed"}),
    ("Passed COMLEX and step 1 is next month", {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), PASSED_BEFORE)
def test_a_pass_before_joined_exams(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


NOT_CLINICAL = [
    # "(not clinical)" after one's work, "a non-clinical job": no work in medicine now.
    ("worked as GP then in hospital administration since 2018 (not clinical).",
     {"clinically_active": False}),
    ("I have a non-clinical job", {"clinically_active": False}),
    # Near misses: research is work in medicine; "not clinical work" beside it contrasts.
    ("currently research fellow (not clinical)", {"clinically_active": True}),
    ("I'm doing research, not clinical work", {"clinically_active": True}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), NOT_CLINICAL)
def test_work_that_is_not_clinical(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


REFERENCES = [
    # An experience named only as where something came from is no anchor of the clause.
    ("I have 2 LoRs from IM and 1 from a US IR attending after my obs.",
     {"us_other_letters": 2, "us_ir_letters": 1}),
    ("got 2 IR letters during my elective", {"us_ir_letters": 2}),
    # Near misses: a number of its own after the reference; a stint stated before one.
    ("during my 4 week IR elective I got 1 IR letter", {"ir_elective_weeks": 4.0,
                                                        "us_ir_letters": 1}),
    ("3 months USCE after my research year", {"usce_months": 3.0}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), REFERENCES)
def test_an_experience_named_as_a_reference(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


MORE_PROSPECTS = [
    # Probes written after the batch's rules: more prospects, more relatives.
    ("I got accepted for a 4 week IR elective in January", {}, {"ir_elective_weeks": 4.0}),
    ("I'm about to start a 2 year research fellowship", {}, {"research_years": 2.0}),
    ("I have a 4 week IR elective lined up for March", {}, {"ir_elective_weeks": 4.0}),
    ("My dad matched IM in 2019", {}, {}),
    # Near misses: papers accepted are published.
    ("2 papers accepted in JVIR", {"ir_publications": 2}, {}),
    ("I have 2 accepted papers", {"ir_publications": 2}, {}),
]


@pytest.mark.parametrize(("text", "facts", "uncertain"), MORE_PROSPECTS)
def test_more_prospects_and_relatives(
    text: str, facts: dict[str, object], uncertain: dict[str, object]
) -> None:
    assert _facts(text) == facts
    assert _uncertain(text) == uncertain


PROBES_AFTER = [
    # Probes of this round's rules, written after them: a headed question about programs
    # asks (it names no search), a visa not needed, a supposed research year.
    ("Regarding H1B, do many programs sponsor it?", {}, {"visa_need": "h1b"}),
    ("I won't need a J1", {}, {}),
    ("If I do a 1 year research fellowship, will it help?", {}, {"research_years": 1.0}),
    # Near misses: a headed search for programs, a visa named against another, a factual "if".
    ("Regarding H1B, which programs sponsor it?", {"visa_need": "h1b"}, {}),
    ("Need J1, not H1B", {"visa_need": "j1"}, {}),
    ("no need for J1, I have a green card", {"visa_need": "none"}, {}),
    ("if I have 2 IR letters, is it ok?", {"us_ir_letters": 2}, {}),
]


@pytest.mark.parametrize(("text", "facts", "uncertain"), PROBES_AFTER)
def test_probes_after_the_rules(
    text: str, facts: dict[str, object], uncertain: dict[str, object]
) -> None:
    assert _facts(text) == facts
    assert _uncertain(text) == uncertain


ONE_MORE_PAPER = [
    # "1 more under review" is one more paper, not a part of the published ones.
    ("2 pubs and 1 more under review", {"ir_publications": 2}),
    # Near misses: parts of a total.
    ("4 pubs total (2 in IR, 2 in ortho)", {"ir_publications": 2}),
    ("4 papers: 2 published, 2 under review", {"ir_publications": 2}),
]


@pytest.mark.parametrize(("text", "facts"), ONE_MORE_PAPER)
def test_one_more_paper_is_no_part(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts
