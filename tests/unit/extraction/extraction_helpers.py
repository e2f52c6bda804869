"""Shared readers for the extraction round tests: one fact stored, the facts offered to confirm.

The year is fixed so "graduated last year" and "the 2026 match" read the same on any day."""

from __future__ import annotations

from bot.extraction import extract_facts

TEST_YEAR = 2026


def stored(text: str, name: str) -> object:
    """The value stored for ``name`` (None: not stored, it may be asked)."""
    return extract_facts(text, current_year=TEST_YEAR).facts.get(name)


def to_confirm(text: str) -> dict[str, object]:
    """The candidate values the message does not state plainly, by field."""
    return {u.field: u.value for u in extract_facts(text, current_year=TEST_YEAR).uncertain}
