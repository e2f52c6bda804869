"""Round 14 (issue 10 item 6, "a wrong fact is worse than none"): the classes behind the wrong
facts of dev_tune_14/15. Each rule with the tune example, paraphrases written for it and the
near misses it must not change. ``None`` means the field is not stored (it may be asked)."""

from __future__ import annotations

import pytest
from extraction_helpers import TEST_YEAR
from extraction_helpers import stored as _stored
from extraction_helpers import to_confirm as _uncertain

from bot.extraction import extract_facts

# Regions: "want to know" wants an answer; a place of past training, of someone's residency or
# of someone's advice is no wish; "anywhere but I prefer X" wants X.
REGIONS: list[tuple[str, object]] = [
    (
        "so i did my full 12 month prelim medicine year at a community program in ohio that "
        "ended in june and now im not doing anything clinical and i want to know if this gap "
        "will hurt me",
        None,
    ),
    (
        "I have 4 months of core rotations in Florida and Georgia and what I want to know is "
        "should I apply IR",
        None,
    ),
    ("did my prelim year in Texas and I would like to ask about the gap", None),
    (
        "My ate (older sister) is a PGY-3 DR resident in Michigan, she keeps telling me to "
        "apply to the Midwest, but personally I'm more interested in the West coast",
        ["west"],
    ),
    ("my cousin keeps telling me to apply in the northeast", None),
    ("my brother is a resident in Florida. I'd like the midwest", ["midwest"]),
    ("Open to anywhere but I prefer the midwest.", ["midwest"]),
    ("I'm fine with anywhere but I'd like the northeast most", ["northeast"]),
    # Near misses: a plain wish, an exception, a wish beside "want to".
    ("I want to train in Texas", ["southwest"]),
    ("anywhere but the midwest", ["northeast", "southeast", "southwest", "west"]),
    ("I prefer the midwest and I want to know my chances", ["midwest"]),
]


@pytest.mark.parametrize(("text", "regions"), REGIONS)
def test_region_wishes(text: str, regions: object) -> None:
    assert _stored(text, "preferred_regions") == regions


# A visa named in a question about programs, or in a relative's story, is no need.
VISAS: list[tuple[str, object]] = [
    ("Is prelim surgery better than TY for DR applicants? also do prelim programs sponsor J1",
     None),
    ("CK 240. also do most programs sponsor H1B", None),
    ("So 2 questions: do many DR programs sponsor H1B at all, and can someone on J1 switch to "
     "H1B for independent IR later?", None),
    ("My cousin matched DR in 2023 on J1 and says J1 is fine but now she's stuck.", None),
    ("my friend matched and said H1B is better", None),
    # Near misses: the writer's need, a search for programs.
    ("My cousin matched DR in 2023 and says J1 is fine. I need H1B though.", "h1b"),
    ("need J1, also do prelim programs matter", "j1"),
    ("which programs in Texas sponsor J1?", "j1"),
    ("I matched prelim and said J1 is fine for me", "j1"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visa"), VISAS)
def test_visa_named_in_questions_or_stories(text: str, visa: object) -> None:
    assert _stored(text, "visa_need") == visa


# A school type the writer says they are not.
TYPES: list[tuple[str, object]] = [
    ("US DO student here (not IMG lol but my school has no IR program), class of 2027", "us_do"),
    ("I'm not an IMG, US MD grad 2024", "us_md"),
    ("DO student, not an IMG", "us_do"),
    # Near misses: the type itself, with "non" in it.
    ("I'm a non-US IMG from Egypt", "non_us_img"),
    ("IMG here, not US citizen", "non_us_img"),
]


@pytest.mark.parametrize(("text", "kind"), TYPES)
def test_denied_school_type(text: str, kind: object) -> None:
    assert _stored(text, "applicant_type") == kind


# A letter asked whether to ask for is one to confirm, not held.
def test_letter_asked_for_is_not_held() -> None:
    text = (
        "can i ask the DR attending from my observership for a letter or does it have to be "
        "hands on? i only did obs so far, 6 weeks total"
    )
    assert _stored(text, "us_dr_letters") is None
    assert _stored(text, "observership_weeks") == 6.0
    assert _stored("Could I ask my IR PI for a second letter?", "us_ir_letters") is None
    assert _stored("may i ask my DR attending for a letter?", "us_dr_letters") is None
    # Near misses: letters held.
    assert _stored("I have 1 DR letter, can I apply IR?", "us_dr_letters") == 1
    assert _stored("I asked the DR attending for a letter and got it.", "us_dr_letters") == 1


# "Is 251 enough ... with no research?": a bare score judged, the rest supposed.
@pytest.mark.parametrize(
    "text",
    [
        "Is 251 enough for integrated IR with no research?",
        "Is 240 enough for DR with no USCE?",
        "is 245 good enough for IR with only 1 pub?",
    ],
)
def test_threshold_question_with_conditions_tells_nothing(text: str) -> None:
    facts = extract_facts(text, current_year=TEST_YEAR).facts
    assert not {"research_years", "ir_publications", "usce_months", "step2ck_score"} & set(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Is my 251 enough for IR with no research?",
        "what are my chances with no research and CK 251?",
    ],
)
def test_own_score_with_conditions_still_tells(text: str) -> None:
    assert _stored(text, "step2ck_score") == 251
    assert _stored(text, "research_years") == 0.0


# Time waited ("visa stuck in 221g for 7 months") is no experience; "221g" is no score.
WAITS: list[tuple[str, str, object]] = [
    ("Zero USCE because my visa for the electives was stuck in 221g for 7 months and then "
     "refused, twice.", "usce_months", 0.0),
    ("Zero USCE because my visa for the electives was stuck in 221g for 7 months",
     "step2ck_score", None),
    ("no observerships, my visa was pending for 5 months", "observership_weeks", 0.0),
    ("my elective visa has been on hold for 3 months", "usce_months", None),
    # Near misses: experience done while waiting, a correction with "wait".
    ("I did 3 months of USCE while waiting for my visa", "usce_months", 3.0),
    ("I was waiting 6 months for a spot, then did 2 months USCE", "usce_months", 2.0),
    ("did an IR elective for 4 weeks.. wait no it was 2 weeks", "ir_elective_weeks", 2.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "value"), WAITS)
def test_time_waited_is_no_experience(text: str, name: str, value: object) -> None:
    assert _stored(text, name) == value


# "with nothing" after the cycles is the outcome, not zero cycles.
CYCLES: list[tuple[str, object]] = [
    ("2 cycles of applying with nothing: 0 DR interviews in 2024 with 60 programs, and 0 DR "
     "interviews again in 2025", 2),
    ("2 cycles of applying with nothing.", 2),
    ("applied twice with nothing to show", 2),
    # Near misses: a zero said of the anchor.
    ("USCE none", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cycles"), CYCLES)
def test_with_nothing_is_the_outcome(text: str, cycles: object) -> None:
    assert _stored(text, "match_cycles") == cycles


def test_with_nothing_near_miss_zero_said() -> None:
    assert _stored("USCE none", "usce_months") == 0.0
    assert _stored("research: none", "research_years") == 0.0


# Remote research time is no research year.
REMOTE: list[tuple[str, object]] = [
    ("I've been in a remote research collab with an IR group at Stanford for about 14 months: "
     "1 paper published in JVIR", None),
    ("1 year of research remotely with Emory", None),
    ("doing virtual research with a US group for 8 months", None),
    # Near misses: research on site.
    ("1 year of IR research at Emory", 1.0),
    ("I did 2 years of research in the US, and now a remote project", 2.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "years"), REMOTE)
def test_remote_research_is_no_research_year(text: str, years: object) -> None:
    assert _stored(text, "research_years") == years


# One experience named twice before its bracketed parts is still their total.
TOTALS: list[tuple[str, object]] = [
    ("Did 8 weeks of hands-on electives in the US total (4 wks IM sa NY, 4 wks IR elective sa "
     "Baltimore)", 2.0),
    ("12 weeks of hands-on USCE (8 weeks IM + 4 weeks IR elective)", 3.0),
    # Near miss: one experience word.
    ("8 weeks of USCE total (4 wks IM in NY, 4 wks IR elective in Baltimore)", 2.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "months"), TOTALS)
def test_total_of_an_experience_named_twice(text: str, months: object) -> None:
    assert _stored(text, "usce_months") == months


# Papers: "case report abstracts" are abstracts; "in cardiology, not radiology" places the
# papers in another field (the zero is only inferred).
def test_case_report_abstracts_are_abstracts() -> None:
    text = "No pubs yet but 2 case report abstracts presented at a radiology congress in Manila."
    assert _stored(text, "ir_publications") == 0
    assert _stored(text, "ir_abstracts") == 2
    assert _stored("2 case report posters at SIR", "ir_publications") is None
    assert _stored("2 case report posters at SIR", "ir_abstracts") == 2
    # Near misses: papers and abstracts counted apart.
    assert _stored("2 case reports and 3 abstracts", "ir_publications") == 2
    assert _stored("1 case report, 2 abstracts", "ir_abstracts") == 2


CONTRASTS: list[tuple[str, object, bool]] = [
    ("I have 2 published papers but they're in cardiology, not radiology.", None, True),
    ("2 papers, cardiology, not IR", None, True),
    # Near misses: a zero said.
    ("2 pubs but nothing in radiology", 0, False),
    ("3 pubs, not in IR", 0, False),
    ("1 pub, not radiology", 0, False),
]


@pytest.mark.parametrize(("text", "stored", "asked"), CONTRASTS)
def test_field_contrast_is_an_inferred_zero(text: str, stored: object, asked: bool) -> None:
    assert _stored(text, "ir_publications") == stored
    assert ("ir_publications" in _uncertain(text)) is asked
