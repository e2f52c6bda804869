"""Experience that is not what it seems: a total and its parts ("USCE 3 months total: 2 months
IM and 1 month FM" is 3 months, it stored 6; stints without a total still add up), and an offer
or a thought is not done ("a company is offering me an externship, 4 weeks" stored a month)."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("USCE 3 months total: 2 months IM and 1 month FM", 3.0),
        ("USCE 4 months in total, 2 IM and 2 FM", 4.0),
        ("total USCE 5 months: 3 months IM, 2 months FM", 5.0),
        ("USCE: 3 months IM, 2 months FM", 5.0),  # no total: the stints add up
        ("USCE 6 months overall: 4 months IM, 2 months FM", 6.0),
    ],
)
def test_a_total_is_not_added_to_its_parts(text: str, months: float) -> None:
    assert extract_facts(text).facts["usce_months"] == months


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("No USCE yet. A company is offering me an externship in IR, 4 weeks.", "usce_months", 0.0),
        ("I was offered a 4 week IR observership in Miami", "observership_weeks", None),
        ("I am thinking of doing 2 months of USCE", "usce_months", None),
        ("I did a 4 week IR elective that my mentor offered", "ir_elective_weeks", 4.0),
    ],
)
def test_an_offer_or_a_thought_is_not_done(text: str, field: str, value: float | None) -> None:
    assert extract_facts(text).facts.get(field) == value


def test_a_correction_cue_before_a_research_duration_does_not_crash() -> None:
    # 'so 6 months in now' once raised IndexError (a carried anchor with no text).
    text = (
        "Good evening house. Nigerian doc, graduated 2019 from UNILAG. CK 244, step 1 pass. "
        "Started an IR research fellowship at a US university in June so 6 months in now. "
        "0 pubs accepted so far (2 manuscripts submitted) and I presented 1 poster at RSNA. "
        "My PI says he will write me a letter. Is 6 months of research enough to be taken "
        "seriously or should I wait one more year before applying? Thoughts?"
    )
    facts = extract_facts(text).facts
    assert facts["step2ck_score"] == 244 and facts["ir_publications"] == 0
