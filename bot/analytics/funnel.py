"""The funnel per day and channel: how many conversations reached each step (``advisor stats``).

A step counts conversations, not events: the distinct sender keys with that mark on that day
and channel, plus the anonymous marks (``forgot``, which carry no key). A conversation that goes
on over several days counts on each day it had a message. Conversations that were forgotten
are in ``forgot`` only: their other marks were erased with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Engine, case, distinct, func, select

from bot.adapters.orm import FunnelMark
from bot.analytics.events import FunnelStep
from bot.db import transaction


@dataclass(frozen=True)
class FunnelRow:
    """One day and channel of the funnel."""

    day: date
    channel: str
    counts: dict[FunnelStep, int] = field(default_factory=dict)

    def count(self, step: FunnelStep) -> int:
        return self.counts.get(step, 0)


def funnel(
    engine: Engine, *, today: date, days: int = 7, channel: str | None = None
) -> list[FunnelRow]:
    """The funnel of the ``days`` days up to ``today`` (newest first), for one or every channel."""
    first_day = today - timedelta(days=max(1, days) - 1)
    anonymous = func.sum(case((FunnelMark.sender_key.is_(None), 1), else_=0))
    query = (
        select(
            FunnelMark.day,
            FunnelMark.channel,
            FunnelMark.step,
            func.count(distinct(FunnelMark.sender_key)) + func.coalesce(anonymous, 0),
        )
        .where(FunnelMark.day >= first_day, FunnelMark.day <= today)
        .group_by(FunnelMark.day, FunnelMark.channel, FunnelMark.step)
    )
    if channel is not None:
        query = query.where(FunnelMark.channel == channel)
    rows: dict[tuple[date, str], FunnelRow] = {}
    with transaction(engine) as session:
        for day, channel_name, step, count in session.execute(query):
            try:
                known = FunnelStep(step)
            except ValueError:  # a step this version does not know: left out
                continue
            row = rows.setdefault((day, channel_name), FunnelRow(day, channel_name))
            row.counts[known] = int(count)
    return sorted(rows.values(), key=lambda r: (-r.day.toordinal(), r.channel))


COLUMNS: tuple[tuple[FunnelStep, str], ...] = (
    (FunnelStep.STARTED, "started"),
    (FunnelStep.ADVICE, "reached advice"),
    (FunnelStep.PROGRAMS, "asked for programs"),
    (FunnelStep.FALLBACK, "fell back"),
    (FunnelStep.FORGOT, "forgot themselves"),
)


def format_table(rows: list[FunnelRow]) -> str:
    """The funnel as a plain-text table with a total line."""
    header = ["day", "channel", *(title for _, title in COLUMNS)]
    body = [
        [row.day.isoformat(), row.channel, *(str(row.count(step)) for step, _ in COLUMNS)]
        for row in rows
    ]
    totals = [sum(row.count(step) for row in rows) for step, _ in COLUMNS]
    lines = [*body, ["total", "", *(str(t) for t in totals)]]
    widths = [max(len(cell) for cell in column) for column in zip(header, *lines, strict=True)]

    def render(cells: list[str]) -> str:
        left = [c.ljust(w) for c, w in zip(cells[:2], widths[:2], strict=True)]
        right = [c.rjust(w) for c, w in zip(cells[2:], widths[2:], strict=True)]
        return "  ".join(left + right).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([render(header), rule, *(render(c) for c in body), rule, render(lines[-1])])
