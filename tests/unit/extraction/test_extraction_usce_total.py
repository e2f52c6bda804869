"""A total and its parts: 'USCE 3 months total: 2 months IM and 1 month FM' is 3 months (it
stored 6); stints listed without a total still add up."""

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
