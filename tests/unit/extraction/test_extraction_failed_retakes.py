"""A retake that failed is no pass ('I failed step 1 today, second time' stored
pass_after_retake), and 'unmatched for the 2nd time' is two cycles behind (it stored one)."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts

CASES: list[tuple[str, dict[str, object]]] = [
    ("I failed step 1 today, second time.", {"step1": "failed"}),
    ("failed step 1 again yesterday, my second attempt", {"step1": "failed"}),
    # a pass in the sentence, or a score of the retake: it passed
    ("failed step 1 once, passed on second attempt", {"step1": "pass_after_retake"}),
    ("step 1 fail then pass on 2nd attempt", {"step1": "pass_after_retake"}),
    ("Step 1: 2 attempts (failed first)", {"step1": "pass_after_retake"}),
    ("failed step 1. Retook it and passed", {"step1": "pass_after_retake"}),
    (
        "failed CK first time (score 205), second time I got 232.",
        {"step2ck_score": 232, "step2ck_first_attempt": False},
    ),
    # cycles
    ("Unmatched for the 2nd time in DR.", {"match_cycles": 2}),
    ("I did not match for the second time", {"match_cycles": 2}),
    ("this will be my 3rd time applying", {"match_cycles": 2}),
    ("2nd time applicant", {"match_cycles": 1}),
]


@pytest.mark.parametrize(("text", "facts"), CASES)
def test_failed_retakes_and_unmatched_cycles(text: str, facts: dict[str, object]) -> None:
    assert extract_facts(text).facts == facts
