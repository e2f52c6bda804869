"""The plan's numbers and notes: application counts for the season the plan is for, the
assumptions a report states, the facts it still misses, and the ``cycle`` block."""

from __future__ import annotations

from typing import Any

from bot.profile import ApplicantType
from bot.report import IntegratedIRStance, Level, Pathway
from bot.strategy import rules as r
from bot.strategy import stage as st
from bot.strategy import thresholds as t
from bot.strategy.case import Case
from bot.strategy.collector import Collector
from bot.strategy.season import CALENDAR

_LEVEL_NAMES = {level: level.value for level in Level}
_STANCE_NAMES = {stance: stance.value for stance in IntegratedIRStance}
_VISA_NOTE = (
    "Visa points are information, not legal advice: confirm with ECFMG and an immigration attorney."
)


def count_applications(case: Case, out: Collector) -> None:
    level = _LEVEL_NAMES[case.dr_level]
    when = f"applications in September {case.plan_season}"
    if case.applications_out:
        case.notes.append(
            "No new applications: this season's are already with programs; any plan for "
            f"another season waits for its outcome ({when} at the earliest)."
        )
    elif case.applying_now:
        img = not case.us_grad
        dr = (t.DR_APPLICATIONS_IMG if img else t.DR_APPLICATIONS_US)[level]
        if case.needs_sponsorship:
            dr += t.VISA_EXTRA_DR_APPLICATIONS
        if case.older:
            dr += t.OLDER_EXTRA_DR_APPLICATIONS
        case.dr_apps = min(dr, t.DR_APPLICATIONS_CAP)
        case.pgy1_apps = (t.PGY1_APPLICATIONS_IMG if img else t.PGY1_APPLICATIONS_US)[level]
        case.ir_apps = t.IR_APPLICATIONS[_STANCE_NAMES[case.stance]]
        out.cite(*t.DR_APPLICATIONS_SOURCES)
        if case.ir_apps:
            out.cite(*t.IR_APPLICATIONS_SOURCES)
        case.notes.append(
            f"Application counts are for {when}: the guide's 60-100+ DR programs for IMGs and "
            f"the 2024 average of 72 per DR applicant, more when a visa narrows the pool; "
            f"{t.PGY1_APPLICATIONS_ASSUMPTION}."
        )
    elif case.pathway is Pathway.STRENGTHEN_THEN_APPLY and not (
        case.step1_failed or case.step2_failed
    ):
        # The preliminary year is the on-ramp the guide names; DR waits for the next cycle.
        case.pgy1_apps = t.PGY1_APPLICATIONS_ON_RAMP
        case.notes.append(
            f"No DR or Integrated IR applications in the next season you can apply in "
            f"({when}); {case.pgy1_apps} applications for a preliminary year then (our "
            "assumption for the count)."
        )
    else:
        case.notes.append(
            f"No applications planned ({when} at the earliest): the plan changes before "
            "anything else."
        )


def assumptions(case: Case) -> list[str]:
    notes = [f"Assumption: {t.SCORING_ASSUMPTION}."]
    if not case.type_known:
        notes.append(
            "Assumption: advised as a non-US IMG (the case this advisor is built for) until "
            "you tell me your applicant type."
        )
    if case.years_since_graduation is not None:
        notes.append(f"Assumption: {t.RECENT_GRADUATE_MAX_YEARS.assumption}.")
        if case.older:
            notes.append(f"Assumption: {t.OLDER_GRADUATE_MIN_YEARS.assumption}.")
    if case.img:
        notes.append(f"Assumption: {t.USCE_MONTHS_TARGET.assumption}.")
    if case.profile.applicant_type is ApplicantType.US_DO:
        notes.append(f"Assumption: {t.STEP2_IR_US_MEDIAN.assumption}.")
    if case.needs_sponsorship:
        if case.visa is None:
            notes.append(
                "Visa need not given: planned as needing sponsorship, the safer assumption."
            )
        notes.append(_VISA_NOTE)
    if case.cycles >= 1 and case.interviews:
        notes.append(
            f"{case.interviews} interview{'s' if case.interviews != 1 else ''} in earlier "
            "cycles: the application reaches "
            "programs, so what decides the next one is what you add to it since, and how you "
            "interview."
        )
    return notes


def missing(case: Case) -> list[str]:
    values = case.profile.__dict__  # pydantic keeps field values here; plain dict reads
    missing: list[str] = []
    if st.stage_unknown_matters(case):
        missing.append("cycle_stage")
    if case.cycles >= 1 and case.interviews is None:
        missing.append("prior_interviews")
    for name, matters in r.MISSING_ORDER:
        if values[name] is None and matters(case):
            missing.append(name)
    return missing


def cycle_block(case: Case, stage_texts: list[str]) -> dict[str, Any]:
    """Where the applicant and the date are in the cycle (extra report key)."""
    season = case.season
    return {
        "today": season.today.isoformat(),
        "phase": season.phase.value,
        "stage": None if case.stage is None else case.stage.value,
        "season_under_way": season.under_way,
        "applications_out": case.applications_out,
        "plan_season": case.plan_season,
        "plan_season_text": season.label(case.plan_season),
        "advice": stage_texts,
        "calendar": [
            {"item": step.item, "when": step.shown, "source_id": step.source_id}
            for step in CALENDAR
        ],
    }
