"""Facts read in context (issue 10, item 6): a wrong fact is worse than none.

Each row was stored wrongly (or missed) before the context rules; the table says what must be
stored and what must be offered to confirm (``Extraction.uncertain``) instead.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.extraction import UncertainFact, extract_facts

# text, facts that must be stored (exactly), uncertain {field: candidate value}
CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    # What a number counts: programs are not cycles.
    ("I applied to 45 DR programs last time", {"match_cycles": 1}, {}),
    ("applied to 80 DR and 20 prelim programs", {}, {}),
    ("Is it bad that I applied 2 times already without interviews? what now",
     {"match_cycles": 2, "prior_interviews": 0}, {}),
    # Negation: "no fail" is a first-attempt pass.
    ("no CK fail", {"step2ck_first_attempt": True}, {}),
    ("CK 250, no CK fail", {"step2ck_score": 250, "step2ck_first_attempt": True}, {}),
    ("never failed step 1", {"step1": "pass_first_attempt"}, {}),
    ("step 1: no fails", {"step1": "pass_first_attempt"}, {}),
    ("I did not fail step 1, passed", {"step1": "pass_first_attempt"}, {}),
    # The field of the work: papers outside IR/radiology are not IR publications; no IR
    # papers is only inferred, so asked (test_extraction_inferred.py), unless said ("non-IR").
    ("2 pubs, but in cardiology", {}, {"ir_publications": 0}),
    ("I have 2 case reports in cardiology", {}, {"ir_publications": 0}),
    ("2 publications in IR and 1 in cardiology", {"ir_publications": 2}, {}),
    ("3 non-IR pubs", {"ir_publications": 0}, {}),
    # Submitted is not published (and no published paper is only inferred: asked).
    ("2 papers submitted", {}, {"ir_publications": 0}),
    ("I have 2 papers under review", {}, {"ir_publications": 0}),
    ("1 manuscript in progress, CK 244", {"step2ck_score": 244}, {"ir_publications": 0}),
    # Plans are not facts: asked about, not stored.
    ("I will get an IR letter next month", {}, {"us_ir_letters": 1}),
    ("expecting a DR letter soon", {}, {"us_dr_letters": 1}),
    ("I will have 2 DR letters by September", {}, {"us_dr_letters": 2}),
    ("planning 3 months of USCE next year", {}, {"usce_months": 3.0}),
    ("hoping to get 250 on CK", {}, {"step2ck_score": 250}),
    ("I have 2 IR letters which will help", {"us_ir_letters": 2}, {}),
    ("2 IR letters, will get 1 more IR letter soon", {"us_ir_letters": 2}, {}),
    # Someone else's numbers, negated citizenship, "no gaps", a "dont" statement.
    ("My friend got 260 on CK and matched IR, I got 238", {"step2ck_score": 238}, {}),
    ("he has 3 IR letters, I have 1 IR letter", {"us_ir_letters": 1}, {}),
    ("I am not US citizen, need visa sponsorship", {"visa_need": "undecided"}, {}),
    ("I have no gaps, graduated 2024", {"graduation_year": 2024}, {}),
    ("dont have any USCE but 6 weeks of IR observership",
     {"usce_months": 0.0, "observership_weeks": 6.0}, {}),
    ("stpe 2 ck 243 , 1st attmpt", {"step2ck_score": 243, "step2ck_first_attempt": True}, {}),
    # Typos of the long anchor words (fuzzy matching).
    ("3 publicatoins", {"ir_publications": 3}, {}),
    ("2 interviw calls", {"prior_interviews": 2}, {}),
    ("obsevership 4 weeks", {"observership_weeks": 4.0}, {}),
    ("2 recomendation letters from IR", {"us_ir_letters": 2}, {}),
    ("3 abstarcts", {"ir_abstracts": 3}, {}),
    ("she is my elective supervisor", {}, {}),
    # Born abroad says nothing of the school.
    ("I AM a US citizen (born abroad)", {"visa_need": "none"}, {"applicant_type": "us_img"}),
    ("born and raised in Egypt, need J1", {"visa_need": "j1"}, {"applicant_type": "non_us_img"}),
    ("US citizen born in India, went to SGU in the Caribbean",
     {"visa_need": "none", "applicant_type": "us_img"}, {}),
    # Abbreviations.
    ("YOG 21", {"graduation_year": 2021}, {}),
    ("yog: 98", {"graduation_year": 1998}, {}),
    ("class of 19", {"graduation_year": 2019}, {}),
    ("s2 238", {"step2ck_score": 238}, {}),
    ("1 LOR from rads", {"us_dr_letters": 1}, {}),
    ("rads letters: 2", {"us_dr_letters": 2}, {}),
    ("3 US LORs (non-rads)", {"us_other_letters": 3}, {}),
    ("USCE 3 mo", {"usce_months": 3.0}, {}),
    # Questions about oneself state facts; questions about the domain only suggest them.
    ("my chances for integrated IR with 260 ck and 2 IR pubs?",
     {"step2ck_score": 260, "ir_publications": 2}, {}),
    ("my odds of matching DR as a non us img with 255?",
     {"applicant_type": "non_us_img", "step2ck_score": 255}, {}),
    ("do I need step 3 before the match as a J1 applicant?", {"visa_need": "j1"}, {}),
    ("Is 250 a good step 2 score?", {}, {"step2ck_score": 250}),
    ("is 3 months of USCE enough?", {}, {"usce_months": 3.0}),
    # A request for programs: its filters are the writer's search (issue 10, dev_tune labels).
    ("Which IR programs in the northeast take J1?",
     {"visa_need": "j1", "preferred_regions": ["northeast"]}, {}),
    ("J1 or H1B for residency, which is better for IR later?", {}, {"visa_need": "undecided"}),
    ("what if I fail step 3?", {}, {}),
    ("how do I explain my gap in the interview?", {}, {}),
    ("how important is research for IR as an IMG?", {}, {}),
    ("research positions for IMGs in IR, how to find one?", {}, {}),
    # A question with no opener asks with its last part only; "with <fact>" is about oneself.
    ("Hi, IMG from Syria, YOG 2014, CK 233, 8 months USCE in IM?? is that enough",
     {"applicant_type": "non_us_img", "graduation_year": 2014, "step2ck_score": 233,
      "usce_months": 8.0}, {}),
    ("CK 245, chances?", {"step2ck_score": 245}, {}),
    ("Is it too late for DR with YOG 2012?", {"graduation_year": 2012}, {}),
    ("any chance with CK 228?", {"step2ck_score": 228}, {}),
    # An answer to one's own question takes the question's anchor.
    ("do programs care about YOG? mine is 2014", {"graduation_year": 2014}, {}),
    ("What is a good CK for IR? mine is 258, first try",
     {"step2ck_score": 258, "step2ck_first_attempt": True}, {}),
    ("did 2 electives in IR (4 weeks each) at Emory", {"ir_elective_weeks": 8.0}, {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "stored", "to_confirm"), CASES)
def test_facts_in_context(text: str, stored: dict[str, Any], to_confirm: dict[str, Any]) -> None:
    result = extract_facts(text, current_year=2026)
    assert result.facts == stored
    assert {item.field: item.value for item in result.uncertain} == to_confirm
    assert not set(result.facts) & set(result.uncertain_fields())


def test_an_uncertain_fact_carries_a_short_confirming_question() -> None:
    (item,) = extract_facts("I will get an IR letter next month").uncertain
    assert item == UncertainFact(
        field="us_ir_letters",
        value=1,
        raw=item.raw,
        question="Do you already have one letter from a US interventional radiologist?",
    )
    assert "IR letter" in item.raw
    assert all(
        item.question.endswith("?") and len(item.question) < 90
        for text, _, _ in CASES
        for item in extract_facts(text).uncertain
    )


def test_a_stated_fact_wins_over_a_plan_for_the_same_field() -> None:
    result = extract_facts("3 months of USCE done, planning 2 more months of USCE")
    assert result.facts == {"usce_months": 3.0}
    assert result.uncertain == []


def test_uncertain_values_are_valid_profile_values() -> None:
    from bot.profile import parse_profile

    for text, _, _ in CASES:
        parse_profile({item.field: item.value for item in extract_facts(text).uncertain})


# Bare answers to the question just asked, read in context: text, asked field, stored, to confirm.
ANSWERS: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    ("not yet, will get one next month", "us_ir_letters", {"us_ir_letters": 0}, {}),
    ("none yet but one is coming", "us_ir_letters", {"us_ir_letters": 0}, {}),
    ("one next month", "us_ir_letters", {}, {"us_ir_letters": 1}),
    ("2, and 1 more coming soon", "us_ir_letters", {"us_ir_letters": 2}, {}),
    ("2 submitted", "ir_publications", {"ir_publications": 0}, {}),
    ("2 but in cardiology", "ir_publications", {"ir_publications": 0}, {}),
    ("2", "ir_publications", {"ir_publications": 2}, {}),
    ("21", "graduation_year", {"graduation_year": 2021}, {}),
    ("not yet", "usce_months", {"usce_months": 0.0}, {}),
    ("3 months, planning 2 more", "usce_months", {"usce_months": 3.0}, {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "asked", "stored", "to_confirm"), ANSWERS)
def test_bare_answers_in_context(
    text: str, asked: str, stored: dict[str, Any], to_confirm: dict[str, Any]
) -> None:
    result = extract_facts(text, expected_field=asked)
    assert result.facts == stored
    assert {item.field: item.value for item in result.uncertain} == to_confirm


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("4 pubs total (2 in IR, 2 in ortho)", 2),
        ("I have 3 pubs (2 accepted, 1 submitted)", 2),
        ("4 pubs (2 IR, 1 DR, 1 cardio)", 3),
        ("6 pubs: 3 in radiology, 3 in IM", 3),
        ("7 publications, 3 of them in IR", 3),
        ("I have 10 publications but none in radiology", 0),
        ("5 pubs, 3 first author", 5),  # a part with no field or status leaves the total
    ],
)
def test_a_total_split_into_parts_counts_the_ir_parts(text: str, count: int) -> None:
    assert extract_facts(text).facts == {"ir_publications": count}
