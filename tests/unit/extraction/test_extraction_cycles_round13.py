"""Round 13: earlier cycles told by their year, "N interviews each time", "first time I got
zero", a count of cycles that makes the interviews an earlier cycle's, and an outcome told of
an ordinal cycle (which leaves the count of earlier cycles open). Each rule with the tune
example, paraphrases and the near misses it must not change."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts

_FIELDS = ("match_cycles", "prior_interviews")


def _facts(text: str) -> dict[str, object]:
    found = extract_facts(text, current_year=2026).facts
    return {name: found[name] for name in _FIELDS if name in found}


def _cycles(text: str) -> object:
    return _facts(text).get("match_cycles")


# A season named by its year and told as past: one earlier cycle each.
SEASONS: list[tuple[str, object]] = [
    ("Visa: H1b\nPrevious cycles: applied DR in 2025, 0 interviews\nThoughts?", 1),
    ("I had 4 interviews in my first cycle (2025), unmatched. Applying again now. CK 241", 1),
    ("I applied to DR in 2024 and 2025, no luck. CK 240.", 2),
    ("applied DR in the 2025 cycle with 60 programs. Didn't match. I did not apply 2026.", 1),
    (
        "Applied DR in the 2026 match, no interviews. How many should I apply to this time?",
        1,
    ),
    # Near misses: a graduation year, this season's match without a new attempt.
    ("graduated in 2019, this is my first cycle, CK 240", 0),
    ("MBBS 2020, Step 1 passed 2023, applying DR this cycle", None),
    ("Applied DR in the 2026 match, no interviews yet. Is it over?", None),
    ("I applied to research positions in radiology in 2024, none answered.", None),
    ("applied for my J1 visa in 2025 for the observership", None),
    ("I applied for observerships in 2024 and got one in Houston.", None),
    ("I applied to DR programs in 2024, no interviews.", 1),
    ("applied for residency in 2025, no luck", 1),
]


@pytest.mark.parametrize(("text", "expected"), SEASONS)
def test_seasons_by_year(text: str, expected: object) -> None:
    assert _cycles(text) == expected


# (text, match_cycles and prior_interviews stored)
CASES: list[tuple[str, dict[str, object]]] = [
    # "N interviews each (time)" after M earlier cycles: N*M.
    (
        "This is my third time applying, 1 interview each time. What can I change this cycle?",
        {"match_cycles": 2, "prior_interviews": 2},
    ),
    (
        "3rd time applying this year. previous two cycles got 1 interview each, didnt match.",
        {"match_cycles": 2, "prior_interviews": 2},
    ),
    (
        "Applied in 2 cycles, got 3 interviews each time.",
        {"match_cycles": 2, "prior_interviews": 6},
    ),
    # Near miss: "each" of the sources, not of the cycles.
    (
        "Applied last year, 2 interviews each from DR and IR.",
        {"match_cycles": 1},
    ),
    # "first time I got zero" with one earlier cycle.
    (
        "Got 3 DR interviews so far this season, 0 IR. Is that normal? (2nd time applying, "
        "first time I got zero)",
        {"match_cycles": 1, "prior_interviews": 0},
    ),
    (
        "I have 2 interviews now. This is my second time applying, first time I had 1.",
        {"match_cycles": 1, "prior_interviews": 1},
    ),
    # Near miss: two earlier cycles, the first one's count is not all of them.
    (
        "I have 2 interviews now. This is my third time applying, first time I had 1.",
        {"match_cycles": 2},
    ),
    # A count of several cycles: the interviews told are an earlier cycle's.
    (
        "I applied to DR in 4 cycles and got only 1 interview in total, in my second cycle.",
        {"match_cycles": 4, "prior_interviews": 1},
    ),
    (
        "I applied in three cycles and got 2 interviews in total. CK 240.",
        {"match_cycles": 3, "prior_interviews": 2},
    ),
    # This calendar year's cycle with its outcome told, and a new attempt this season.
    (
        "Applied in the 2026 cycle (my first time applying) to 58 DR programs, got 2 DR "
        "interviews, didn't match DR, then got a prelim spot through SOAP. Reapplying DR "
        "this cycle.",
        {"match_cycles": 1, "prior_interviews": 2},
    ),
    (
        "I applied DR in the 2026 cycle, 3 interviews, went unmatched. I'm reapplying this year.",
        {"match_cycles": 1, "prior_interviews": 3},
    ),
    # Near misses: this season's cycle without a new attempt, SOAP of this season.
    ("Applied in the 2026 cycle, got 2 interviews so far.", {}),
    ("Didn't match, got 2 interviews, going into SOAP now.", {}),
    # An outcome told of an ordinal cycle: the count is open, dropped.
    (
        "Update: unmatched again (3rd cycle). 0 IR interviews, 2 DR interviews this time.",
        {},
    ),
    ("I went unmatched in my 2nd cycle, thinking of a prelim.", {}),
    # Near misses: the ordinal of this attempt, the outcome in another sentence.
    (
        "this is my 2nd time applying (I applied DR only last year, got 2 interviews, didnt "
        "match). this time i want to add IR.",
        {"match_cycles": 1, "prior_interviews": 2},
    ),
    (
        "This will be my 3rd time applying to DR, first cycle zero interviews, second cycle "
        "I got 2 interviews but didnt match.",
        {"match_cycles": 2, "prior_interviews": 2},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_earlier_cycles(text: str, expected: dict[str, object]) -> None:
    assert _facts(text) == expected
