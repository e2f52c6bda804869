"""'all' or 'any' answer the asked regions, but not inside a question about something else
('how much will all this cost me??' while the regions were asked stored every region)."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts
from bot.extraction.places import ALL_REGIONS


@pytest.mark.parametrize(
    ("text", "every_region"),
    [
        ("all of them", True),
        ("any", True),
        ("any is fine", True),
        ("all regions please", True),
        ("how much will all this cost me??", False),
        ("is all of this worth it?", False),
    ],
)
def test_all_or_any_while_regions_are_asked(text: str, every_region: bool) -> None:
    facts = extract_facts(text, expected_field="preferred_regions").facts
    assert facts.get("preferred_regions") == (list(ALL_REGIONS) if every_region else None)
