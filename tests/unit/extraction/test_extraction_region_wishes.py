"""Preferred regions are where the writer wants to train (issue 10 item 6): not where an
observership, a letter's attending or an interview was, not "anywhere" in a sense unrelated to
applying, and a named wish beats "anywhere"."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts
from bot.extraction.places import ALL_REGIONS

_ALL = list(ALL_REGIONS)


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # A place where something happened is no wish (tune examples, then paraphrases).
        ("I have 0 USCE till now, only 8 weeks observership in Houston in nephrology.", None),
        ("first time applying, CK 244, 1 IR letter from a US attending in Baltimore", None),
        ("actually it was 5 interviews, I forgot the one in Cleveland", None),
        ("applying this year with a 4 week elective in Chicago and 2 LoRs", None),
        ("I'm applying DR, did 3 months of rotations at a hospital in Atlanta", None),
        ("only 2 months usce in NJ, want to apply broadly", None),
        # Near misses: the writer's own wish is still stored.
        ("I'd prefer the midwest, I did an observership there", ["midwest"]),
        ("did my USCE in Houston, but I want to train in the northeast", ["northeast"]),
        ("USCE done, Texas preferred", ["southwest"]),
        ("I want to stay in Florida", ["southeast"]),
        ("only applying in the midwest", ["midwest"]),
    ],
)
def test_a_place_where_something_happened_is_no_wish(text: str, regions: list[str] | None) -> None:
    assert extract_facts(text).facts.get("preferred_regions") == regions


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("please delete all my data, I dont want my info stored anywhere", None),
        ("I can't find my ERAS token anywhere", None),
        ("don't share my scores anywhere please", None),
        # Near misses: "anywhere" about applying or training.
        ("I'll go anywhere honestly", _ALL),
        ("applying anywhere that sponsors J1", _ALL),
        ("I'm open to anywhere in the US", _ALL),
        ("I'm open to any region", _ALL),
    ],
)
def test_anywhere_only_about_where_one_trains(text: str, regions: list[str] | None) -> None:
    assert extract_facts(text).facts.get("preferred_regions") == regions


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "I'm ok with anywhere but I'd really like the southeast or southwest for family",
            ["southeast", "southwest"],
        ),
        ("I want to stay in Florida or anywhere in the southeast", ["southeast"]),
        ("ideally I want to be in the southeast, but honestly I will go anywhere", ["southeast"]),
        ("prefer the west coast but open to anywhere", ["west"]),
        ("anywhere is fine, ideally the northeast", ["northeast"]),
        # Near misses: "anywhere" alone, and "anywhere but" still excludes.
        ("I'm fine with anywhere", _ALL),
        (
            "anywhere but the northeast",
            [r for r in ALL_REGIONS if r != "northeast"],
        ),
    ],
)
def test_a_named_wish_beats_anywhere(text: str, regions: list[str]) -> None:
    assert extract_facts(text).facts.get("preferred_regions") == regions


def test_anywhere_answering_the_region_question() -> None:
    facts = extract_facts("anywhere", expected_field="preferred_regions").facts
    assert facts.get("preferred_regions") == _ALL


def test_a_program_search_keeps_its_place() -> None:
    facts = extract_facts("which programs in Texas sponsor J1?").facts
    assert facts.get("preferred_regions") == ["southwest"]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("I have only 8 weeks in Houston", None),
        ("did only 2 months in Texas", None),
        ("I spent only a month in Miami", None),
        ("only 3 weeks in Chicago so far", None),
        # Near misses: "only" about the place.
        ("only Texas", ["southwest"]),
        ("I will only apply in Texas", ["southwest"]),
        ("Texas only", ["southwest"]),
    ],
)
def test_only_before_a_number_restricts_the_number(text: str, regions: list[str] | None) -> None:
    assert extract_facts(text).facts.get("preferred_regions") == regions


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Hi, I am from California and I want to apply DR this year", None),
        ("I want to know my chances, I graduated and moved to Florida last year", None),
        ("I am looking for research positions, currently in Boston", None),
        ("US citizen born and raised in Texas, want to apply DR", None),
        # Near misses: where one wants to be, even when it is also where one is from.
        ("I am from Texas and want to stay in Texas", ["southwest"]),
        ("I want to move to Florida", ["southeast"]),
        ("I would like to train somewhere in Texas", ["southwest"]),
    ],
)
def test_where_one_is_or_comes_from_is_no_wish(text: str, regions: list[str] | None) -> None:
    assert extract_facts(text).facts.get("preferred_regions") == regions
