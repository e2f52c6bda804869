"""A 'no' that is not what it seems: 'no step fails' is no failure (not 'no USMLE taken', and
the CK score after it is the writer's), and 'no publications till now' still holds now."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts

CASES: list[tuple[str, dict[str, object]]] = [
    ("no step fails, ck 255", {"step2ck_score": 255}),
    ("no usmle fails, ck 255", {"step2ck_score": 255}),
    ("no exams failed, ck 250", {"step2ck_score": 250}),
    ("no usmle yet", {"step1": "not_taken"}),  # still no USMLE taken
    ("failed step 1 once, ck 240", {"step2ck_score": 240, "step1": "failed"}),
    ("No publications till now.", {"ir_publications": 0}),
    ("no publications until now", {"ir_publications": 0}),
    ("no USCE till date", {"usce_months": 0}),
    ("I had no research experience until last year", {}),  # there is some now
    ("I am working as GP till now", {"clinically_active": True}),
    ("I was working as GP until last year", {}),
]


@pytest.mark.parametrize(("text", "facts"), CASES)
def test_negation_and_until(text: str, facts: dict[str, object]) -> None:
    assert extract_facts(text).facts == facts
