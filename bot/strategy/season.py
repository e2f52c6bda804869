"""Where a date falls in the application season, from the season's calendar.

A season is named by the September in which applications go to programs: the season of 2026
submits in September 2026, interviews over the winter, matches in March 2027 and trains from
July 2027. The dates are the 2025-2026 season's (AAMC ERAS timeline, NRMP), read as a yearly
pattern: the 2026-2027 rows of ``application_calendar_rules.csv`` give only approximate dates
("early June", "early September", "late September", "early March"), which fit the same pattern.
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
    """One dated step of the season, with where the date comes from."""

    item: str
    month: int
    day: int
    shown: str
    source_url: str
    source_label: str


_AAMC = "https://students-residents.aamc.org/applying-residencies-eras/publication-chapters/eras-timeline"
_NRMP_WEEK = "https://www.nrmp.org/residency-applicants/match-week/"
_QUANTA = "https://www.quantaprep.com/blog/eras-2026-guide"
ERAS_OPENS = CalendarDate(
    "MyERAS opens", 6, 4, "early June", _AAMC, "primary (AAMC ERAS timeline, 2026 season)"
)
SUBMIT_FROM = CalendarDate(
    "applications go to programs", 9, 3, "early September", _AAMC, "primary (AAMC, 2026 season)"
)
REVIEW_FROM = CalendarDate(
    "programs start reviewing", 9, 24, "late September", _AAMC, "primary (AAMC, 2026 season)"
)
RANKING_FROM = CalendarDate(
    "interviews end and rank lists are built", 2, 1, "February", _QUANTA, "our assumption"
)
RANK_DEADLINE = CalendarDate(
    "rank order lists are due",
    3,
    1,
    "late February or early March",
    _QUANTA,
    "secondary (advising blog; NRMP's 2027 calendar not found)",
)
MATCH_WEEK = CalendarDate(
    "Match Week and SOAP", 3, 15, "the third week of March", _NRMP_WEEK, "primary (NRMP rule)"
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
