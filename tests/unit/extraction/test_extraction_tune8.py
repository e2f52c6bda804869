"""Phrasing of the eighth tuning batch (dev_tune_8.yml, written by someone who never saw the
bot), where the first run stored wrong facts: places where something happened read as places
wanted, a friend's season read as the writer's. Each rule with the near misses it must not
catch."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _facts(text: str) -> dict[str, object]:
    """The profile facts (this season's stage is tested in test_stage.py)."""
    found = extract_facts(text, current_year=2026).facts
    return {name: value for name, value in found.items() if name != "cycle_stage"}


# (text, preferred regions stored or None)
PLACES: list[tuple[str, list[str] | None]] = [
    # "only" far from the place restricts something else, not where the writer applies.
    ("Right now I only have one letter, from an attending in Miami where I observed", None),
    ("I had only 1 interview last cycle, so now I'm a prelim resident in Ohio", None),
    ("He took only COMLEX and matched at a program in Kansas", None),
    ("I only did 2 months of USCE, both in New York", None),
    # "anywhere" after a negation or a filter is no place wanted.
    ("I haven't applied anywhere", None),
    ("didn't match anywhere last year", None),
    ("I never interviewed anywhere", None),
    ("will my score filter me out everywhere", None),
    # Near misses: "only" beside the place, and "anywhere" wanted.
    ("I will only apply to programs in Texas", ["southwest"]),
    ("Texas only please", ["southwest"]),
    ("only the northeast for me", ["northeast"]),
    ("I'd apply anywhere", ["northeast", "southeast", "midwest", "southwest", "west"]),
    ("open to anywhere", ["northeast", "southeast", "midwest", "southwest", "west"]),
]


@pytest.mark.parametrize(("text", "regions"), PLACES)
def test_places_wanted(text: str, regions: list[str] | None) -> None:
    assert _facts(text).get("preferred_regions") == regions


# (text, stored facts)
OTHERS: list[tuple[str, dict[str, object]]] = [
    # A friend's clause joined by "and" stays theirs past a "so I ..." tail with no fact.
    ("My friend got 258 and matched DR last year so i keep comparing myself", {}),
    ("my cousin matched IR last year because he had 5 pubs lol", {}),
    ("My friend matched last cycle and got 12 interviews so I feel bad", {}),
    # Near misses: a fact of the writer's after "so" stays theirs.
    ("My friend matched last year so I am hopeful. CK 240", {"step2ck_score": 240}),
    ("I applied last year and got 2 interviews so I am hopeful", {
        "match_cycles": 1, "prior_interviews": 2}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), OTHERS)
def test_others_facts(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts
