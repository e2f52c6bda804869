"""Integrated IR: the stance for IMGs (every gate must hold) and US graduates (levels), and the
reason given for applying now."""

from __future__ import annotations

from bot.report import IntegratedIRStance, Level, Pathway
from bot.strategy import rules as r
from bot.strategy.case import Case
from bot.strategy.collector import Collector

_STANCE_BY_US_LEVEL = {
    Level.HIGH: IntegratedIRStance.RECOMMENDED,
    Level.MODERATE: IntegratedIRStance.UPSIDE_OPTION,
    Level.LOW: IntegratedIRStance.NOT_RECOMMENDED,
}


def decide_integrated(case: Case, out: Collector) -> list[str]:
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


def applying_reason(case: Case) -> str:
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
