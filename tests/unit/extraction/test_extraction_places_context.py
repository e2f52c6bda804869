"""Places in context: 'all' or 'any' answer the asked regions, but not inside a question about
something else ('how much will all this cost me??' stored every region); a place counts as
where programs are wanted only in the sentence that asks for programs ('USCE in NJ ... how many
programs should I apply to' offered the northeast to confirm)."""

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


@pytest.mark.parametrize(
    ("text", "stored", "to_confirm"),
    [
        (
            "3 months USCE in IM at a hospital in NJ, 1 month observership in Houston. "
            "how many programs should i apply to",
            None,
            None,
        ),
        ("which programs in Texas sponsor J1?", ["southwest"], None),
        ("any programs in the southeast that would take me?", ["southeast"], None),
        ("what programs are IMG friendly in the midwest?", None, ["midwest"]),
        ("I did USCE in Ohio. Which programs in California take IMGs?", ["west"], None),
    ],
)
def test_places_in_a_request_for_programs(
    text: str, stored: list[str] | None, to_confirm: list[str] | None
) -> None:
    extraction = extract_facts(text)
    assert extraction.facts.get("preferred_regions") == stored
    offered = [u.value for u in extraction.uncertain if u.field == "preferred_regions"]
    assert offered == ([to_confirm] if to_confirm else [])


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("I heard some states have a license pathway, like Tennessee and Florida.", None),
        ("I would like the northeast", ["northeast"]),
        ("I like Texas and California", ["southwest", "west"]),
        ("I'd like to stay in the midwest", ["midwest"]),
        ("I really like the west coast", ["west"]),
    ],
)
def test_like_as_such_as_is_no_preference(text: str, stored: list[str] | None) -> None:
    assert extract_facts(text).facts.get("preferred_regions") == stored
