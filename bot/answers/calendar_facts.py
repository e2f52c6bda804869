"""The calendar rows (``bot.kb.calendar``) as answers use them: a value said as it is, a gap
said as not found, and source lines that name each row's publisher and how solid it is.

A calendar row is cited by its id, ``data:application_calendar_rules:<key>``, like any other
source id; ``cited_line`` turns a mixed list of ids into one "Source:" line.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.answers.citations import source_line
from bot.answers.messages import clip
from bot.kb.calendar import DATASET, CalendarRow, calendar_row

CALENDAR_PREFIX = f"data:{DATASET}:"
NOT_FOUND_TEXT = "not found in our sources"


def cal(key: str) -> str:
    """The citable id of a calendar row (checked: ``KeyError`` for an unknown key)."""
    return calendar_row(key).source_id


def value(key: str) -> str:
    """A row's value as sourced, or "not found in our sources" for a recorded gap."""
    row = calendar_row(key)
    if not row.found:
        return NOT_FOUND_TEXT
    return row.value.replace("exact date NOT FOUND", f"exact date {NOT_FOUND_TEXT}")


def row(key: str) -> CalendarRow:
    return calendar_row(key)


def cited_line(source_ids: Iterable[str], limit: int = 220) -> str:
    """'Source: domain guide, letters; NRMP (primary); AAMC (primary)' for mixed ids.

    Calendar rows are named by publisher and kind (gaps cite nothing); every other id goes
    through ``bot.answers.citations.source_line``.
    """
    ids = list(source_ids)
    others = [source_id for source_id in ids if not source_id.startswith(CALENDAR_PREFIX)]
    calendar: list[str] = []
    for source_id in ids:
        if source_id.startswith(CALENDAR_PREFIX):
            citation = calendar_row(source_id.removeprefix(CALENDAR_PREFIX)).citation
            if citation and citation not in calendar:
                calendar.append(citation)
    base = source_line(others, limit=limit) if others else ""
    if not calendar:
        return base
    parts = [base.removeprefix("Source: ")] if base else []
    return clip("Source: " + "; ".join([*parts, *calendar]), limit)
