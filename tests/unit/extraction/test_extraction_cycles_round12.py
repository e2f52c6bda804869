"""Round 12: earlier match cycles and earlier interviews from long posts. An ordinal of the
attempt is N-1 earlier cycles, a cardinal count of cycles is N, "next/this cycle" alone and
someone else's or this season's interviews tell nothing of earlier cycles. Each rule with the
near misses it must not change."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts

_FIELDS = ("match_cycles", "prior_interviews")


def _facts(text: str) -> dict[str, object]:
    found = extract_facts(text, current_year=2026).facts
    return {name: found[name] for name in _FIELDS if name in found}


# (text, match_cycles and prior_interviews stored)
CASES: list[tuple[str, dict[str, object]]] = [
    # The ordinal of this attempt: N-1 earlier cycles, whatever ordinals name those cycles.
    (
        "This will be my 3rd time applying to DR, first cycle zero interviews, second cycle "
        "I got 2 interviews but didnt match. CK 241.",
        {"match_cycles": 2, "prior_interviews": 2},
    ),
    ("This is my third time applying, CK 240. What can I change?", {"match_cycles": 2}),
    ("this will be my 4th cycle, CK 236, need J1", {"match_cycles": 3}),
    # A cardinal count of cycles is taken as is.
    (
        "I applied to DR in 4 cycles and got only 1 interview in total, in my second cycle.",
        {"match_cycles": 4, "prior_interviews": 1},
    ),
    ("I have applied 3 times to radiology and never matched. CK 230.", {"match_cycles": 3}),
    (
        "Applied in 2 cycles, 1 interview each time.",
        {"match_cycles": 2, "prior_interviews": 2},
    ),
    # A first time told with its end behind the writer: one earlier cycle.
    (
        "Story time. Last March I went unmatched (DR, my first time applying). CK 248.",
        {"match_cycles": 1},
    ),
    ("My first time applying, I didn't match DR. Now CK 250.", {"match_cycles": 1}),
    # Near misses: a first time that is this one stays none.
    ("First time applying this cycle, CK 245.", {"match_cycles": 0}),
    ("first time applicant, worried I won't match. CK 240", {"match_cycles": 0}),
    # "next cycle", "this cycle" alone, someone else's season: nothing of earlier cycles.
    (
        "Writing my PS for next cycle already because my mama (uncle) says start early. "
        "MBBS 2022, CK 251, 1 IR pub, 4 abstracts.",
        {},
    ),
    (
        "My best friend and I prepared together. She has 14 DR interviews this cycle "
        "already, I have 3. CK 249.",
        {},
    ),
    ("any tips for a virtual interview with an IR program? they said there is a case part", {}),
    (
        "Rank list deadline is in 11 weeks and I only have 2 DR interviews + 3 prelim "
        "interviews. A friend of mine matched DR last year with a 230 and just 3 interviews.",
        {},
    ),
    (
        "My daughter is applying to radiology this season. She has 5 interviews now. "
        "Is 5 interviews enough for her to match?",
        {},
    ),
    # Near misses: the writer's own earlier season still counts.
    (
        "I applied last year and got 2 interviews. CK 240.",
        {"match_cycles": 1, "prior_interviews": 2},
    ),
    (
        "Last cycle I got 3 DR interviews but didn't match.",
        {"match_cycles": 1, "prior_interviews": 3},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_earlier_cycles(text: str, expected: dict[str, object]) -> None:
    assert _facts(text) == expected
