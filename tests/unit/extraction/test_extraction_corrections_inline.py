"""A number corrected inside the same message ("CK 235 - sorry, 253", "3 weeks, sorry, it
was 4 weeks", "4 interviews, actually it was 5 interviews") is stored as corrected: it replaces
the first value, never adds to it. Each shape with the tune example, paraphrases and near
misses (plain statements, an apology that corrects nothing) that must not change."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _get(text: str, name: str) -> object:
    return extract_facts(text, current_year=2026).facts.get(name)


# (text, field, value stored)
CORRECTED: list[tuple[str, str, object]] = [
    # A score: the new value right after the cue, or "its N not O".
    (
        "Step 1 pass, Step 2 CK 235 - sorry, 253, typed it wrong. Step 3 not taken.",
        "step2ck_score",
        253,
    ),
    ("CK 251. oh sorry its 215 not 251 I typed it backwards", "step2ck_score", 215),
    ("my CK was 244, sorry I mean 247, need J1", "step2ck_score", 247),
    ("Step 2 CK 238 - oops, 283, typo", "step2ck_score", 283),
    ("CK 262. wait no its 226 not 262", "step2ck_score", 226),
    # A duration: the corrected stint replaces the first, not added to it.
    (
        "I did an IR observership at Johns Hopkins for 3 weeks, sorry, it was 4 weeks, and got a"
        " letter",
        "observership_weeks",
        4.0,
    ),
    (
        "IR elective at Emory for 2 months - sorry, it was 6 weeks, not 2 months - and 1 month IM",
        "ir_elective_weeks",
        6.0,
    ),
    ("observership in DR for 6 weeks, actually it was 8 weeks", "observership_weeks", 8.0),
    ("did an IR elective for 4 weeks.. wait no it was 2 weeks", "ir_elective_weeks", 2.0),
    # A count: the corrected count replaces the first one.
    (
        "last year I got 4 DR interviews but matched nothing, actually it was 5 interviews, I"
        " forgot one",
        "prior_interviews",
        5,
    ),
    (
        "applied DR last cycle and got 0 interviews.. wait no I got 1 interview but it was for"
        " a prelim medicine spot, not DR, so 0 for radiology",
        "prior_interviews",
        0,
    ),
    ("I had 3 interviews last cycle, sorry, 2 interviews, no match", "prior_interviews", 2),
    ("I have 2 IR letters, sorry, 3 IR letters and 1 DR letter", "us_ir_letters", 3),
    ("3 IR pubs - sorry I meant 2 pubs", "ir_publications", 2),
    ("2 abstracts at SIR, oops I meant 3 abstracts", "ir_abstracts", 3),
    ("research 1 year, sorry I mean 2 years", "research_years", 2.0),
    # The corrected value right before the cue, the first right before it.
    ("CK 235, 253 sorry typo", "step2ck_score", 253),
    ("CK 235.. 253* typo", "step2ck_score", 253),
    ("observership 3 weeks, 4 weeks sorry", "observership_weeks", 4.0),
]


@pytest.mark.parametrize(("text", "name", "value"), CORRECTED)
def test_corrected_value_replaces_the_first(text: str, name: str, value: object) -> None:
    assert _get(text, name) == value


# Near misses: nothing corrected, the plain value stays.
PLAIN: list[tuple[str, str, object]] = [
    ("long post sorry. CK 245, step 1 pass", "step2ck_score", 245),
    ("CK 240, sorry I have 2 kids so time is short", "step2ck_score", 240),
    ("CK 240, actually step 1 pass too", "step2ck_score", 240),
    ("2 observerships of 4 weeks each", "observership_weeks", 8.0),
    ("observership 4 weeks in DR and 4 weeks in IR", "observership_weeks", 8.0),
    ("last cycle I got 3 interviews, actually that is more than I hoped", "prior_interviews", 3),
    ("sorry for my english, 3 weeks observership in IR", "observership_weeks", 3.0),
    ("CK 245, sorry for the long post, 2 pubs", "step2ck_score", 245),
    ("I have 2 IR letters, sorry, 1 DR letter too", "us_ir_letters", 2),
    ("3 IR pubs, actually 2 pubs in cardiology too", "ir_publications", 3),
    ("USCE 3 months, actually 2 IR letters", "usce_months", 3.0),
    ("CK 240, 3 sorry for typos", "step2ck_score", 240),
    ("last cycle I got 4 interviews. Actually, 2 of them were prelim", "prior_interviews", 4),
    ("CK 245, 250 on NBME sorry", "step2ck_score", 245),
]


@pytest.mark.parametrize(("text", "name", "value"), PLAIN)
def test_no_correction_keeps_the_value(text: str, name: str, value: object) -> None:
    assert _get(text, name) == value


def test_unresolved_correction_drops_the_field() -> None:
    # Stints multiplied: the sum of old and new is no value the writer told.
    found = extract_facts(
        "2 observerships in IR, 4 weeks each, sorry, 3 weeks each", current_year=2026
    )
    assert "observership_weeks" not in found.facts
