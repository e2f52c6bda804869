"""Phrasing of the seventh tuning batch (dev_tune_7.yml, written by someone who never saw the
bot), where the first run stored wrong facts: a roommate's numbers, a duty asked about ("Do I
have to pass step 3 ...?"). Each rule with the near misses it must not catch."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _facts(text: str) -> dict[str, object]:
    """The profile facts (this season's stage is tested in test_stage.py)."""
    found = extract_facts(text, current_year=2026).facts
    return {name: value for name, value in found.items() if name != "cycle_stage"}


# (text, stored facts)
OTHERS: list[tuple[str, dict[str, object]]] = [
    # A roommate's, flatmate's or housemate's numbers are theirs.
    ("My roommate got 14 IIs in DR last year with a 236.", {}),
    ("my flatmate has CK 250, mine is 240", {"step2ck_score": 240}),
    ("my housemate scored 255 on CK", {}),
    # Near misses: the writer's own.
    ("I got 14 IIs in DR last year", {"prior_interviews": 14, "match_cycles": 1}),
    ("I live with a roommate. CK 244", {"step2ck_score": 244}),
]

DUTIES: list[tuple[str, dict[str, object]]] = [
    # "Do I have to ...?" asks about a duty: the exam named is not passed.
    (
        "Step 1 pass, CK 240, step 3 not taken yet. Do I have to pass step 3 before ERAS opens?",
        {"step1": "pass_first_attempt", "step2ck_score": 240, "step3": "not_taken"},
    ),
    ("Do I have to take step 3 before applying?", {}),
    ("do i've to pass step 3 first?", {}),
    # Near misses: what the writer has, asked with "I have".
    ("Should I apply IR since I have 2 IR pubs?", {"ir_publications": 2}),
    ("step 3 passed, do I have to report it?", {"step3": "passed"}),
]

TOTALS: list[tuple[str, dict[str, object]]] = [
    # A duration said as a total heading its parts is not replaced by the last part.
    (
        "USCE total 5 months: 3 mo IM externship in Detroit + 2 months IR elective at Henry Ford.",
        {"usce_months": 5.0, "ir_elective_weeks": 8.0},
    ),
    ("USCE 5 months total: 3 months IM + 2 months FM", {"usce_months": 5.0}),
    ("USCE 4 months in total: 2 months IM, 2 months FM", {"usce_months": 4.0}),
    # Near misses: a total whose parts add up to it, and no total at all.
    ("USCE 3 months total: 2 months IM, 1 month FM", {"usce_months": 3.0}),
    ("3 months USCE in IM", {"usce_months": 3.0}),
]

SUBSPECIALTIES: list[tuple[str, dict[str, object]]] = [
    # A hyphenated radiology subspecialty ("neuro-rads") is radiology work.
    ("3 pubs (1 IR, 2 neuro-rads), 5 abstracts", {"ir_publications": 3, "ir_abstracts": 5}),
    ("3 pubs (1 IR, 2 neurorads)", {"ir_publications": 3}),
    ("3 pubs (1 IR, 2 msk-rads)", {"ir_publications": 3}),
    # Near misses: "neuro" alone is neurology.
    ("3 pubs (1 IR, 2 neuro), 5 abstracts", {"ir_publications": 1, "ir_abstracts": 5}),
    ("2 neuro letters", {"us_other_letters": 2}),
]

SOUGHT: list[tuple[str, dict[str, object]]] = [
    # A green card applied for or asked about is not held: no visa need stored.
    ("How do I get a national interest waiver for green card as a physician?", {}),
    ("On humanitarian parole, applying for green card. CK 233", {"step2ck_score": 233}),
    ("Ukrainian doctor. applying for a green card", {"applicant_type": "non_us_img"}),
    # Near misses: held.
    ("green card holder", {"visa_need": "none"}),
    ("I got my green card last year", {"visa_need": "none"}),
    ("no visa needed, green card", {"visa_need": "none"}),
]
HEADED: list[tuple[str, dict[str, object]]] = [
    # Two profiles listed: the facts after "Him:" / "Husband:" are that person's.
    (
        "Me: grad 2021, Step 1 pass, CK 248. Him: grad 2019, CK 231, applying IM.",
        {"graduation_year": 2021, "step1": "pass_first_attempt", "step2ck_score": 248},
    ),
    (
        "Me: grad 2021, CK 248. Husband: grad 2019, CK 231.",
        {"graduation_year": 2021, "step2ck_score": 248},
    ),
    ("Me: CK 248. Her: CK 231.", {"step2ck_score": 248}),
    # Near misses: the writer's own heading, and a person not heading the sentence.
    ("Me: grad 2021, CK 248", {"graduation_year": 2021, "step2ck_score": 248}),
    ("CK 248, I asked him: is it enough", {"step2ck_score": 248}),
]
COUNT_AS: list[tuple[str, dict[str, object]]] = [
    # "Does that count as a research year?" asks whether something qualifies: no fact stored.
    ("Does that count as a research year on ERAS?", {}),
    ("Does it qualify as a year of research?", {}),
    # Near misses: "as a ..." tells who asks; a duration told before the question stays.
    (
        "what are my chances as a non-US IMG with CK 250?",
        {"step2ck_score": 250, "applicant_type": "non_us_img"},
    ),
    ("I did 6 months research. Does that count as a research year?", {"research_years": 0.5}),
]
ALL = OTHERS + DUTIES + TOTALS + SUBSPECIALTIES + SOUGHT + HEADED + COUNT_AS


@pytest.mark.parametrize(("text", "facts"), ALL)
def test_stored_facts(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts
