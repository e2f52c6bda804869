"""A check over a whole report: no two parts of it may disagree (issue 11, item 9).

``inconsistencies(report, profile)`` returns one line per disagreement (empty when none). The
engine's tests run it over many generated profiles; an answer can run it before showing a
report. Pure and quick: a handful of comparisons and regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.profile import ApplicantProfile, Step1Result, Step3Result
from bot.report import ActionCode, IntegratedIRStance, Pathway, StrategyReport

_APPLYING = (Pathway.INTEGRATED_IR_PLUS_DR, Pathway.DR_THEN_INDEPENDENT_IR)
_APPLICATION_CODES = (ActionCode.APPLY_BROADLY, ActionCode.APPLY_PGY1)
_APPLY_TO = re.compile(r"\bApply to (\d+) (DR|Integrated IR|preliminary)")
_ORDINAL = re.compile(r"\b(\d+)(st|nd|rd|th)\b")
_STEP3_TODO = re.compile(r"\b(add|take|pass|retake)\b[^.;:]*\bStep 3\b", re.IGNORECASE)


def ordinal(number: int) -> str:
    """``53`` -> ``"53rd"``, ``11`` -> ``"11th"``, ``82`` -> ``"82nd"``."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def texts(report: StrategyReport) -> list[str]:
    """Every sentence the report shows (reasons, actions, plans, the cycle's advice)."""
    out = [*report.reasons, *report.contingency]
    out += [f"{action.why} {action.target}" for action in report.actions]
    cycle = (report.model_extra or {}).get("cycle")
    if isinstance(cycle, Mapping):
        out += [str(text) for text in cycle.get("advice", [])]
    return out


def _chances(report: StrategyReport) -> Mapping[str, Any]:
    chances = (report.model_extra or {}).get("chances")
    return chances if isinstance(chances, Mapping) else {}


def _number(estimate: object) -> bool:
    return isinstance(estimate, Mapping) and estimate.get("estimate_percent") is not None


def inconsistencies(report: StrategyReport, profile: ApplicantProfile) -> list[str]:
    """Where two parts of ``report`` disagree, one line each (empty: consistent)."""
    found: list[str] = []
    apps, stance, pathway = report.applications, report.integrated_ir, report.pathway
    codes = [action.code for action in report.actions]
    cycle = (report.model_extra or {}).get("cycle")
    out = isinstance(cycle, Mapping) and bool(cycle.get("applications_out"))
    if not out and (apps.integrated_ir > 0) != (stance is not IntegratedIRStance.NOT_RECOMMENDED):
        found.append(f"Integrated IR applications {apps.integrated_ir} with stance {stance.value}")
    if (stance is IntegratedIRStance.NOT_RECOMMENDED) == (pathway is Pathway.INTEGRATED_IR_PLUS_DR):
        found.append(f"pathway {pathway.value} with Integrated IR {stance.value}")
    if pathway not in _APPLYING and (apps.dr or apps.integrated_ir):
        found.append(f"pathway {pathway.value} but DR {apps.dr} / IR {apps.integrated_ir}")
    if pathway is Pathway.RECALIBRATE and apps.pgy1:
        found.append("recalibrate with PGY-1 applications")
    if len(set(codes)) != len(codes):
        found.append("an action code appears twice")
    if apps.dr == 0 and ActionCode.APPLY_BROADLY in codes:
        found.append("apply broadly with no DR applications")
    if apps.pgy1 == 0 and ActionCode.APPLY_PGY1 in codes:
        found.append("apply to PGY-1 with no PGY-1 applications")
    all_text = texts(report)
    counts = {"DR": apps.dr, "Integrated IR": apps.integrated_ir, "preliminary": apps.pgy1}
    for text in all_text:
        for number, kind in _APPLY_TO.findall(text):
            if int(number) != counts[kind]:
                found.append(f"'Apply to {number} {kind}' but the count is {counts[kind]}")
        for number, suffix in _ORDINAL.findall(text):
            if ordinal(int(number)) != number + suffix:
                found.append(f"ordinal {number}{suffix}")
    if profile.step1 in (Step1Result.FAILED, Step1Result.NOT_TAKEN) and (
        ActionCode.TAKE_STEP3 in codes
    ):
        found.append("Step 3 advised before Step 1 is passed")
    if profile.step3 is Step3Result.PASSED:
        if ActionCode.TAKE_STEP3 in codes:
            found.append("take Step 3 although it is passed")
        found += [
            f"Step 3 suggested though passed: {t[:60]}" for t in all_text if _STEP3_TODO.search(t)
        ]
    for text in all_text:
        if "7-year" in text and "Independent IR" in text and "ESIR" not in text:
            found.append("J-1 arithmetic without ESIR")
        if (
            ActionCode.PRELIM_YEAR in codes
            and "no room for IR" in text
            and "preliminary year can be" not in text
        ):
            found.append("a preliminary year advised, and an extra year said to leave no room")
    chances = _chances(report)
    if stance is IntegratedIRStance.NOT_RECOMMENDED and _number(chances.get("integrated_ir")):
        found.append("a number for Integrated IR beside 'not worth applications'")
    if pathway not in _APPLYING and any(_number(e) for e in chances.values()):
        found.append(f"a chance number for a profile not applying ({pathway.value})")
    if isinstance(cycle, Mapping):
        if out and (apps.dr or apps.integrated_ir or apps.pgy1):
            found.append("applications planned although this season's are out")
        if out and set(codes) & set(_APPLICATION_CODES):
            found.append("application to-dos although this season's applications are out")
        under_way = cycle.get("season_under_way")
        plan = cycle.get("plan_season")
        if isinstance(under_way, int) and isinstance(plan, int) and plan <= under_way:
            found.append(f"an application plan for the season under way ({under_way})")
    return found


def check_report(report: StrategyReport, profile: ApplicantProfile) -> None:
    """Raise ``AssertionError`` listing the disagreements (for tests and debugging)."""
    found = inconsistencies(report, profile)
    if found:
        raise AssertionError("; ".join(found))
