"""Facts read in context: what the message does not state plainly is confirmed, not stored."""

from __future__ import annotations

from bot.extraction.reading import Reading


def weigh(r: Reading) -> None:
    """Move facts the message only may mean to ``uncertain`` (filled in below)."""
