"""Where a date falls in the application season, from the season's calendar.

A season is named by the September in which applications go to programs: the season of 2026
submits in September 2026, interviews over the winter, matches in March 2027 and trains from
July 2027. The dates are the 2025-2026 season's (AAMC ERAS timeline, NRMP; rows of
``knowledge/calendar.yaml``, cited by key), read as a yearly pattern: the 2026-2027 rows give
only approximate dates ("early June", "early September", "late September", "early March"),
which fit the same pattern. A test checks each pattern date against its row.
Pure: every function takes the date; ``bot.strategy.clock.today()`` supplies it by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum


class Phase(str, Enum):
    """The part of the yearly cycle a date falls in."""

    BEFORE_OPENING = "before_opening"  # after Match week, before MyERAS opens (early June)
    APPLICATION_WINDOW = "application_window"  # MyERAS open; programs not yet reviewing
    INTERVIEWS = "interviews"  # programs reviewing and interviewing
    RANKING = "ranking"  # February to the rank order list deadline and Match week
    MATCH_WEEK = "match_week"  # the third week of March: results and SOAP


@dataclass(frozen=True)
class CalendarDate:
    """One dated step of the season: the yearly pattern we use (``month``, ``day``), how we say
    it, and the row of ``knowledge/calendar.yaml`` it comes from (``None``: our assumption)."""

    item: str
    month: int
    day: int
    shown: str
    key: str | None

    @property
    def source_id(self) -> str | None:
        """The row's citable id (``bot.kb.calendar``), or None for our own assumption."""
        return None if self.key is None else f"{CALENDAR_DATASET}:{self.key}"


CALENDAR_DATASET = "data:application_calendar_rules"
ERAS_OPENS = CalendarDate("MyERAS opens", 6, 4, "early June", "eras.2026.eras_season_begins_myeras")
SUBMIT_FROM = CalendarDate(
    "applications go to programs",
    9,
    3,
    "early September",
    "eras.2026.residency_applicants_begin_submitting",
)
REVIEW_FROM = CalendarDate(
    "programs start reviewing",
    9,
    24,
    "late September",
    "eras.2026.residency_programs_begin_reviewing",
)
RANKING_FROM = CalendarDate("interviews end and rank lists are built", 2, 1, "February", None)
RANK_DEADLINE = CalendarDate(
    "rank order lists are due",
    3,
    1,
    "late February or early March",
    "match.2027.rank_order_list_deadline",
)
MATCH_WEEK = CalendarDate(
    "Match Week and SOAP", 3, 15, "the third week of March", "match.rule.when_match_week_happens"
)
CALENDAR: tuple[CalendarDate, ...] = (
    ERAS_OPENS,
    SUBMIT_FROM,
    REVIEW_FROM,
    RANKING_FROM,
    RANK_DEADLINE,
    MATCH_WEEK,
)


def match_week_monday(year: int) -> date:
    """Monday of the third full week of March (NRMP: Match Week is the third week in March)."""
    first = date(year, 3, 1)
    first_monday = first + timedelta(days=(7 - first.weekday()) % 7)
    return first_monday + timedelta(weeks=2)


def _on(step: CalendarDate, year: int) -> date:
    return date(year, step.month, step.day)


@dataclass(frozen=True)
class SeasonPosition:
    """A date's place in the cycle: the phase, the season under way and the next one open."""

    today: date
    phase: Phase
    # The season whose applications are already with programs (None before review starts).
    under_way: int | None
    # The first season whose applications have not gone out yet.
    next_open: int

    @property
    def season_under_way(self) -> bool:
        return self.under_way is not None

    def label(self, season: int) -> str:
        """The season in words: when applications go out and when training starts."""
        return (
            f"the {season}-{season + 1} season (applications in September {season}, "
            f"Match in March {season + 1}, training from July {season + 1})"
        )


def position(today: date) -> SeasonPosition:
    """Where ``today`` falls: the phase, the season under way (if any), the next open one."""
    year = today.year
    monday = match_week_monday(year)
    if today >= _on(REVIEW_FROM, year):
        return SeasonPosition(today, Phase.INTERVIEWS, year, year + 1)
    if today < monday + timedelta(days=5):  # before Match Week's Friday ends
        if today >= monday:
            phase = Phase.MATCH_WEEK
        elif today >= _on(RANKING_FROM, year):
            phase = Phase.RANKING
        else:
            phase = Phase.INTERVIEWS
        return SeasonPosition(today, phase, year - 1, year)
    if today < _on(ERAS_OPENS, year):
        return SeasonPosition(today, Phase.BEFORE_OPENING, None, year)
    return SeasonPosition(today, Phase.APPLICATION_WINDOW, None, year)


def planning_date(year: int) -> date:
    """The date a bare year stands for: that year's application window (MyERAS open)."""
    return _on(ERAS_OPENS, year) + timedelta(days=30)


def first_season_for_graduation(graduation_year: int) -> int:
    """A student applies in the September before graduating (training from that July)."""
    return graduation_year - 1
