"""Issue 11, item 10: the date against the season's calendar and the applicant's stage decide
what the advice is about; never an application plan for a season already under way."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.kb.calendar import calendar_row
from bot.profile import parse_profile
from bot.report import ActionCode, StrategyReport
from bot.strategy import advise
from bot.strategy.consistency import inconsistencies, ordinal
from bot.strategy.season import (
    CALENDAR,
    MATCH_WEEK,
    RANK_DEADLINE,
    CalendarDate,
    Phase,
    match_week_monday,
    position,
)

IMG: dict[str, Any] = {
    "applicant_type": "non_us_img",
    "graduation_year": 2024,
    "step1": "pass_first_attempt",
    "step2ck_score": 248,
    "step2ck_first_attempt": True,
    "visa_need": "j1",
    "usce_months": 3,
    "us_ir_letters": 1,
    "us_dr_letters": 1,
    "us_other_letters": 1,
    "ir_publications": 1,
    "ir_abstracts": 3,
    "match_cycles": 0,
}
DECEMBER = date(2026, 12, 2)


def _report(today: date, **changes: Any) -> StrategyReport:
    profile = parse_profile({**IMG, **changes})
    report = advise(profile, today=today)
    assert inconsistencies(report, profile) == []
    return report


def _cycle(report: StrategyReport) -> dict[str, Any]:
    extra = report.model_extra or {}
    cycle = extra["cycle"]
    assert isinstance(cycle, dict)
    return cycle


@pytest.mark.parametrize(
    ("today", "phase", "under_way", "next_open"),
    [
        (date(2026, 12, 2), Phase.INTERVIEWS, 2026, 2027),
        (date(2027, 1, 20), Phase.INTERVIEWS, 2026, 2027),
        (date(2027, 2, 10), Phase.RANKING, 2026, 2027),
        (date(2027, 3, 16), Phase.MATCH_WEEK, 2026, 2027),
        (date(2027, 4, 2), Phase.BEFORE_OPENING, None, 2027),
        (date(2027, 7, 1), Phase.APPLICATION_WINDOW, None, 2027),
        (date(2027, 9, 10), Phase.APPLICATION_WINDOW, None, 2027),
        (date(2027, 9, 25), Phase.INTERVIEWS, 2027, 2028),
    ],
)
def test_position_in_the_season(
    today: date, phase: Phase, under_way: int | None, next_open: int
) -> None:
    where = position(today)
    assert (where.phase, where.under_way, where.next_open) == (phase, under_way, next_open)


def test_match_week_is_the_third_week_of_march() -> None:
    assert match_week_monday(2026) == date(2026, 3, 16)  # NRMP: March 16-20, 2026


def test_december_interviewing_applicant_gets_interview_advice_not_an_application_plan() -> None:
    """The issue's case: applied, holds an Integrated IR interview, told to apply to 60 DR."""
    report = _report(DECEMBER, cycle_stage="interviewing")
    apps = report.applications
    assert apps.dr == apps.integrated_ir == apps.pgy1 == 0
    codes = {action.code for action in report.actions}
    assert not codes & {ActionCode.APPLY_BROADLY, ActionCode.APPLY_PGY1}
    advice = " ".join(_cycle(report)["advice"])
    assert "interviews" in advice and "Integrated IR interview you hold" in advice
    assert "why you want US training" in advice
    assert not any("not worth applications yet" in reason for reason in report.reasons)
    assert any("SOAP" in item for item in report.contingency)


def test_december_graduate_not_yet_applied_gets_next_seasons_plan() -> None:
    """The issue's case: no Step 2 CK, told to apply to 35 PGY-1 programs 'this cycle'."""
    report = _report(DECEMBER, step2ck_score=None)
    cycle = _cycle(report)
    assert cycle["season_under_way"] == 2026 and cycle["plan_season"] == 2027
    assert "too late to apply in it" in " ".join(cycle["advice"])
    assert report.missing[0] == "cycle_stage"
    assert not any("this cycle" in text for text in report.reasons)
    assert any("September 2027" in reason for reason in report.reasons)


def test_application_window_plans_for_this_season() -> None:
    report = _report(date(2026, 7, 1))
    cycle = _cycle(report)
    assert cycle["season_under_way"] is None and cycle["plan_season"] == 2026
    assert cycle["advice"] == [] and report.applications.dr > 0
    assert "cycle_stage" not in report.missing


def test_match_week_unmatched_is_soap() -> None:
    report = _report(date(2027, 3, 17), cycle_stage="unmatched", prior_interviews=2)
    advice = " ".join(_cycle(report)["advice"])
    assert "SOAP" in advice
    assert report.applications.dr == 0


def test_unmatched_after_match_week_plans_the_next_season_with_changes() -> None:
    report = _report(date(2027, 4, 10), cycle_stage="unmatched", prior_interviews=2)
    assert _cycle(report)["plan_season"] == 2027
    text = " ".join(f"{a.why} {a.target}" for a in report.actions)
    assert "I'll just try again" in text and "new US letters" in text


def test_matched_gets_the_road_to_independent_ir() -> None:
    report = _report(date(2027, 3, 25), cycle_stage="matched")
    assert report.applications.model_dump() == {"integrated_ir": 0, "dr": 0, "pgy1": 0}
    assert "Independent IR" in " ".join(_cycle(report)["advice"])
    allowed = {ActionCode.GET_US_IR_LETTER, ActionCode.BUILD_IR_RESEARCH, ActionCode.DO_IR_ELECTIVE}
    assert {action.code for action in report.actions} <= allowed


def test_student_plans_for_the_season_before_graduation() -> None:
    report = _report(DECEMBER, graduation_year=2029)
    assert _cycle(report)["plan_season"] == 2028
    assert "cycle_stage" not in report.missing  # this season cannot be theirs
    advice = " ".join(_cycle(report)["advice"])
    assert "your first season is the 2028-2029 season" in advice
    assert "too late" not in advice
    final_year = _report(date(2026, 7, 1), graduation_year=2027)
    assert _cycle(final_year)["advice"] == [] and _cycle(final_year)["plan_season"] == 2026


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (53, "53rd"),
        (82, "82nd"),
        (100, "100th"),
        (111, "111th"),
        (122, "122nd"),
    ],
)
def test_ordinals(number: int, text: str) -> None:
    assert ordinal(number) == text


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@pytest.mark.parametrize("step", [step for step in CALENDAR if step.key is not None])
def test_calendar_pattern_rests_on_its_sourced_row(step: CalendarDate) -> None:
    """Each yearly date the season uses is the one its knowledge/calendar.yaml row gives."""
    assert step.key is not None
    row = calendar_row(step.key)
    assert row.found and row.source_url.startswith("https://")
    if step is MATCH_WEEK:
        assert "third week in March" in row.value
    elif step is RANK_DEADLINE:
        assert "early March" in row.value
    else:
        assert row.value.startswith(f"{_MONTHS[step.month - 1]} {step.day},"), row.value


def test_applied_in_the_open_window_gets_no_second_plan_for_that_season() -> None:
    report = _report(date(2027, 9, 10), cycle_stage="applied")
    cycle = _cycle(report)
    assert cycle["applications_out"] and cycle["plan_season"] == 2028
    assert report.applications.dr == 0
