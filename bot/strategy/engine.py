"""``advise(profile) -> StrategyReport``: walks the rule tables in ``rules.py`` in order.

1. DR competitiveness: sum the points of the ``DR_FACTORS`` that hold.
2. Pathway: the first ``PATHWAY_RULES`` entry that holds (recalibrate / strengthen first);
   otherwise apply now, with Integrated IR as well when the stance allows it.
3. Integrated IR: every ``IMG_INTEGRATED_GATES`` entry for IMGs (at most an upside option),
   ``US_INTEGRATED_LEVELS`` for US MD/DO graduates (can be recommended).
4. Applications, actions, contingency, reasons, sources, missing facts, chances.

5. The cycle (``stage.py``): with today's date against the season's calendar and the
   applicant's ``cycle_stage``, no application plan for a season already under way.

No I/O and no clock reads inside: pass ``today`` (or ``current_year``, read as that year's
application window); without either, ``bot.strategy.clock.today()``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from bot.profile import ApplicantProfile, ApplicantType, CycleStage
from bot.report import IntegratedIRStance, Level, Pathway, StrategyReport
from bot.strategy import rules as r
from bot.strategy import stage as st
from bot.strategy import thresholds as t
from bot.strategy.case import Case
from bot.strategy.chances import estimate_chances
from bot.strategy.clock import today as clock_today
from bot.strategy.season import CALENDAR

_LEVEL_NAMES = {level: level.value for level in Level}
_STANCE_NAMES = {stance: stance.value for stance in IntegratedIRStance}
_STANCE_BY_US_LEVEL = {
    Level.HIGH: IntegratedIRStance.RECOMMENDED,
    Level.MODERATE: IntegratedIRStance.UPSIDE_OPTION,
    Level.LOW: IntegratedIRStance.NOT_RECOMMENDED,
}
_VISA_NOTE = (
    "Visa points are information, not legal advice: confirm with ECFMG and an immigration attorney."
)


class _Collector:
    """Source ids in the order they were cited; repeats are dropped once at the end."""

    __slots__ = ("cited",)

    def __init__(self) -> None:
        self.cited: list[str] = []

    def cite(self, *source_ids: str) -> None:
        self.cited.extend(source_ids)

    def sources(self) -> list[str]:
        return list(dict.fromkeys(self.cited))


# The tables, flattened once for the hot loops: each rule with its citations and whether its
# texts are templates (``str.format`` only runs where a text has placeholders). Codes are kept
# as strings: an enum's ``.value`` and hash are slow in a loop run ~25 times per report.
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
    out = _Collector()
    factor_reasons = _score_dr(case, out)
    pathway_reason = _decide_pathway(case, out)
    case.plan_season = st.plan_season(case)
    case.applications_out = st.applications_out(case)
    stance_reasons = _decide_integrated(case, out)
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
        pathway_reason = _applying_reason(case)
        out.cite("guide:pathways.dr_independent", "guide:dual_application")
    _count_applications(case, out)
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
    reasons.extend(_assumptions(case))
    reasons.extend(case.notes)

    actions = _actions(case, out)
    contingency = _texts(_CONTINGENCIES, case, out)
    if case.stage is CycleStage.MATCHED:
        contingency = [text for text in contingency if "J-1" in text]
    missing = _missing(case)
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
        "cycle": _cycle(case, stage_texts),
    }
    return StrategyReport.model_validate(data)


def _cycle(case: Case, stage_texts: list[str]) -> dict[str, Any]:
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


def _score_dr(case: Case, out: _Collector) -> list[str]:
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


def _decide_pathway(case: Case, out: _Collector) -> str | None:
    """Set a not-now pathway and return its reason, or None when the applicant applies now."""
    for rule in r.PATHWAY_RULES:
        if rule.when(case):
            case.pathway = rule.pathway
            out.cite(rule.section, *rule.sources)
            if rule.pathway is Pathway.STRENGTHEN_THEN_APPLY:
                out.cite("guide:pathways.on_ramps")
            return rule.reason.format(c=case)
    return None


def _decide_integrated(case: Case, out: _Collector) -> list[str]:
    reasons: list[str] = []
    if case.us_grad:
        case.ir_level = Level.LOW
        for level_rule in r.US_INTEGRATED_LEVELS:
            if level_rule.when(case):
                case.ir_level = level_rule.level
                reasons.append(level_rule.reason.format(c=case))
                out.cite(level_rule.section, *level_rule.sources)
                break
        else:
            reasons.append(
                f"Step 2 CK {case.step2_text} is below the lower quartile "
                f"({r.IR_US_LOW_Q}) of US MD seniors who matched Integrated IR in 2026."
            )
            out.cite("guide:faq.integrated_or_dr", r.CO_IR_MD_STEP2)
        stance = _STANCE_BY_US_LEVEL[case.ir_level]
    else:
        shortfalls = [gate for gate in r.IMG_INTEGRATED_GATES if not gate.passes(case)]
        out.cite("guide:faq.integrated_or_dr", r.IR_US_SHARE)
        if shortfalls:
            case.ir_level = Level.LOW
            stance = IntegratedIRStance.NOT_RECOMMENDED
            reasons.append(
                (
                    "Integrated IR is not worth new applications: "
                    if case.applications_out
                    else "Integrated IR is not worth applications yet: "
                )
                + " ".join(gate.shortfall.format(c=case) for gate in shortfalls[:2])
                + " US seniors took 91.4% of Integrated IR positions in 2024."
            )
            for gate in shortfalls[:2]:
                out.cite(gate.section, *gate.sources)
        else:
            case.ir_level = Level.MODERATE
            stance = IntegratedIRStance.UPSIDE_OPTION
            reasons.append(
                "Integrated IR as an upside option: every mark the guide sets for an "
                "exceptionally strong IMG is met, but US seniors took 91.4% of its positions "
                "in 2024, so DR stays the main plan."
            )
            out.cite("guide:pathways.integrated", r.CO_IR_IMG_STEP2)
    if case.pathway in (Pathway.RECALIBRATE, Pathway.STRENGTHEN_THEN_APPLY):
        stance = IntegratedIRStance.NOT_RECOMMENDED
    elif stance is not IntegratedIRStance.NOT_RECOMMENDED:
        case.pathway = Pathway.INTEGRATED_IR_PLUS_DR
    case.stance = stance
    return reasons


def _applying_reason(case: Case) -> str:
    if case.pathway is Pathway.INTEGRATED_IR_PLUS_DR:
        if case.stance is IntegratedIRStance.RECOMMENDED:
            return (
                "Apply to Integrated IR and, in the same cycle, to DR with a PGY-1 year: your "
                "record is in the range of US seniors who match Integrated IR."
            )
        return (
            "Apply to DR with a PGY-1 year as the main route and to some Integrated IR "
            "programs as the upside option, in the same cycle."
        )
    if case.us_grad:
        return (
            "Apply to DR with a PGY-1 year and reach IR through the Independent IR residency; "
            "Integrated IR needs a stronger Step 2 CK or more IR work first."
        )
    return (
        "DR, then Independent IR, is the realistic main route for most IMGs: apply to DR with "
        "a PGY-1 year at institutions with strong IR departments."
    )


def _count_applications(case: Case, out: _Collector) -> None:
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


def _assumptions(case: Case) -> list[str]:
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


def _actions(case: Case, out: _Collector) -> list[dict[str, Any]]:
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


def _texts(table: tuple[_TextRule, ...], case: Case, out: _Collector) -> list[str]:
    """The texts of the rules in ``table`` that hold (contingency plans, notes)."""
    texts: list[str] = []
    for when, text, is_template, cites in table:
        if when(case):
            texts.append(text.format(c=case) if is_template else text)
            out.cited.extend(cites)
    return texts


def _missing(case: Case) -> list[str]:
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
