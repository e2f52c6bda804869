"""``advise(profile) -> StrategyReport``: walks the rule tables in ``rules.py`` in order.

1. DR competitiveness: sum the points of the ``DR_FACTORS`` that hold.
2. Pathway: the first ``PATHWAY_RULES`` entry that holds (recalibrate / strengthen first);
   otherwise apply now, with Integrated IR as well when the stance allows it.
3. Integrated IR: every ``IMG_INTEGRATED_GATES`` entry for IMGs (at most an upside option),
   ``US_INTEGRATED_LEVELS`` for US MD/DO graduates (can be recommended).
4. Applications (``plan.py``), actions, contingency, reasons, sources, missing facts, chances.
5. The cycle (``stage.py``): with today's date against the season's calendar and the
   applicant's ``cycle_stage``, no application plan for a season already under way.

No I/O and no clock reads inside: pass ``today`` (or ``current_year``, read as that year's
application window); without either, ``bot.strategy.clock.today()``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from bot.profile import ApplicantProfile, CycleStage
from bot.report import IntegratedIRStance, Level, Pathway, StrategyReport
from bot.strategy import integrated, plan
from bot.strategy import rules as r
from bot.strategy import stage as st
from bot.strategy import thresholds as t
from bot.strategy.case import Case
from bot.strategy.chances import estimate_chances
from bot.strategy.clock import today as clock_today
from bot.strategy.collector import Collector

_LEVEL_NAMES = {level: level.value for level in Level}

_FACTORS = tuple(
    (f.when, f.points, f.reason, "{" in f.reason, (f.section, *f.sources)) for f in r.DR_FACTORS
)
_ACTIONS_BY_RANK = tuple(
    (
        rule.when,
        rule.code.value,
        rule.why,
        "{" in rule.why,
        rule.target,
        "{" in rule.target,
        (rule.section, *rule.sources),
    )
    for rule in sorted(r.ACTION_RULES, key=lambda rule: rule.rank)
)
_RECALIBRATE_CODES = frozenset(code.value for code in r.RECALIBRATE_ACTIONS)
_MATCHED_CODES = frozenset(code.value for code in st.MATCHED_CODES)
_APPLICATION_CODES = frozenset(code.value for code in st.APPLICATION_CODES)
_TextRule = tuple[Callable[[Case], bool], str, bool, tuple[str, ...]]
_CONTINGENCIES: tuple[_TextRule, ...] = tuple(
    (rule.when, rule.text, "{" in rule.text, (rule.section, *rule.sources))
    for rule in r.CONTINGENCY_RULES
)
_NOTES: tuple[_TextRule, ...] = tuple(
    (rule.when, rule.text, "{" in rule.text, (rule.section, *rule.sources)) for rule in r.NOTE_RULES
)


def advise(
    profile: ApplicantProfile, *, current_year: int | None = None, today: date | None = None
) -> StrategyReport:
    """The strategy report for what the applicant has told us (CONTRACT section 4)."""
    if today is None and current_year is None:
        today = clock_today()
    year = current_year if current_year is not None else today.year  # type: ignore[union-attr]
    case = Case.from_profile(profile, year, today)
    out = Collector()
    factor_reasons = _score_dr(case, out)
    pathway_reason = _decide_pathway(case, out)
    case.plan_season = st.plan_season(case)
    case.applications_out = st.applications_out(case)
    stance_reasons = integrated.decide_integrated(case, out)
    if case.stage is CycleStage.MATCHED:
        # Matched: the route is the residency's; Independent IR after DR (or IR already).
        case.pathway, case.stance = (
            Pathway.DR_THEN_INDEPENDENT_IR,
            IntegratedIRStance.NOT_RECOMMENDED,
        )
        pathway_reason = (
            "You matched this season: no applications to plan. From a DR residency, IR is "
            "reached through the Independent IR residency."
        )
        out.cite("guide:contingency.no_integrated")
    if pathway_reason is None and case.applications_out:
        pathway_reason = (
            "Your route: DR (with its PGY-1 year) as the main road, then the Independent IR "
            "residency; your applications for this season are already with programs."
        )
        out.cite("guide:pathways.dr_independent")
    if pathway_reason is None:
        pathway_reason = integrated.applying_reason(case)
        out.cite("guide:pathways.dr_independent", "guide:dual_application")
    plan.count_applications(case, out)
    stage_texts = st.stage_texts(case)
    if stage_texts:
        out.cite("guide:interview" if case.applications_out else "guide:targeting")

    reasons = [*stage_texts, pathway_reason, *stance_reasons]
    reasons.append(
        f"DR competitiveness {_LEVEL_NAMES[case.dr_level]} ({case.dr_points:+d} points); "
        f"Integrated IR {_LEVEL_NAMES[case.ir_level]}."
    )
    reasons.extend(factor_reasons)
    reasons.extend(_texts(_NOTES, case, out))
    reasons.extend(plan.assumptions(case))
    reasons.extend(case.notes)

    actions = _actions(case, out)
    contingency = _texts(_CONTINGENCIES, case, out)
    if case.stage is CycleStage.MATCHED:
        contingency = [text for text in contingency if "J-1" in text]
    missing = plan.missing(case)
    if missing:
        reasons.append(
            "Facts not given count as neither strength nor weakness, except that unknown "
            "letters, months and publications count as none where a target is set."
        )
    chances = estimate_chances(case)
    for estimate in chances.values():
        out.cite(*estimate["sources"])

    data: dict[str, Any] = {
        "pathway": case.pathway,
        "integrated_ir": case.stance,
        "competitiveness": {"integrated_ir": case.ir_level, "dr": case.dr_level},
        "applications": {
            "integrated_ir": case.ir_apps,
            "dr": case.dr_apps,
            "pgy1": case.pgy1_apps,
        },
        "actions": actions,
        "contingency": contingency,
        "reasons": reasons,
        "sources": out.sources(),
        "missing": missing,
        "chances": chances,
        "cycle": plan.cycle_block(case, stage_texts),
    }
    return StrategyReport.model_validate(data)


def _score_dr(case: Case, out: Collector) -> list[str]:
    reasons: list[str] = []
    points = 0
    cited = out.cited
    for when, factor_points, reason, is_template, cites in _FACTORS:
        if when(case):
            points += factor_points
            reasons.append(reason.format(c=case) if is_template else reason)
            cited.extend(cites)
    case.dr_points = points
    if points >= t.DR_LEVEL_HIGH:
        case.dr_level = Level.HIGH
    elif points >= t.DR_LEVEL_MODERATE:
        case.dr_level = Level.MODERATE
    else:
        case.dr_level = Level.LOW
    return reasons


def _decide_pathway(case: Case, out: Collector) -> str | None:
    """Set a not-now pathway and return its reason, or None when the applicant applies now."""
    for rule in r.PATHWAY_RULES:
        if rule.when(case):
            case.pathway = rule.pathway
            out.cite(rule.section, *rule.sources)
            if rule.pathway is Pathway.STRENGTHEN_THEN_APPLY:
                out.cite("guide:pathways.on_ramps")
            return rule.reason.format(c=case)
    return None


def _actions(case: Case, out: Collector) -> list[dict[str, Any]]:
    actions: list[dict[str, Any]] = []
    seen: set[str] = set()
    cited = out.cited
    # A recalibrate report keeps only the barrier and the decision (rules.RECALIBRATE_ACTIONS);
    # after a match only the road to Independent IR; with applications out, no application to-dos.
    keep = _RECALIBRATE_CODES if case.pathway is Pathway.RECALIBRATE else None
    if case.stage is CycleStage.MATCHED:
        keep = _MATCHED_CODES
    drop = _APPLICATION_CODES if case.applications_out else frozenset()
    for when, code, why, why_is_template, target, target_is_template, cites in _ACTIONS_BY_RANK:
        if code in seen or code in drop or (keep is not None and code not in keep):
            continue
        if not when(case):
            continue
        seen.add(code)
        actions.append(
            {
                "code": code,
                "priority": len(actions) + 1,
                "why": why.format(c=case) if why_is_template else why,
                "target": target.format(c=case) if target_is_template else target,
            }
        )
        cited.extend(cites)
    return actions


def _texts(table: tuple[_TextRule, ...], case: Case, out: Collector) -> list[str]:
    """The texts of the rules in ``table`` that hold (contingency plans, notes)."""
    texts: list[str] = []
    for when, text, is_template, cites in table:
        if when(case):
            texts.append(text.format(c=case) if is_template else text)
            out.cited.extend(cites)
    return texts
