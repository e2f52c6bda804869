"""Match-chance estimates, only where the sourced data supports one.

NRMP states that Charting Outcomes is not designed to predict an individual's success, so an
estimate here is the past match rate of a comparable group with a 95% Wilson interval for its
sample size, never a personal prediction. Where the data does not cover the applicant (other
applicant types, a profile outside the matched range, a profile not ready to apply), the
estimate says so and gives no number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.profile import ApplicantType
from bot.report import IntegratedIRStance, Pathway
from bot.strategy import figures as fig
from bot.strategy.case import Case

NRMP_CAVEAT = (
    "NRMP says Charting Outcomes is not designed to predict whether any one applicant matches; "
    "this is a past group's rate, not a guarantee."
)


def wilson_interval(successes: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval for a proportion, as percentages."""
    p = successes / total
    denominator = 1 + z * z / total
    centre = p + z * z / (2 * total)
    spread = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return 100 * (centre - spread) / denominator, 100 * (centre + spread) / denominator


@dataclass(frozen=True)
class GroupRate:
    """Matched and unmatched counts of a group in one publication."""

    group: str
    matched: int
    unmatched: int
    source: str
    note: str

    @property
    def total(self) -> int:
        return self.matched + self.unmatched

    @property
    def percent(self) -> float:
        return 100 * self.matched / self.total


# 2026 non-US IMGs whose preferred specialty it was (secondary transcription of NRMP).
DR_NON_US_IMG = GroupRate(
    "non-US IMGs who preferred DR (NRMP Charting Outcomes 2026)",
    fig.DR_IMG_MATCHED,
    fig.DR_IMG_TOTAL - fig.DR_IMG_MATCHED,
    fig.SRC_MATCH_RATE_DR_IMG,
    # Why not "Step 2 CK barely mattered": these are people who already applied, and most
    # were screened on the score before this point; similar medians say nothing about who
    # gets interviews. Contiguous ranks follow from interviews; they are not a lever.
    f"Matched and unmatched applicants had similar Step 2 CK medians "
    f"({fig.DR_IMG_MATCHED_STEP2_MEDIAN} vs {fig.DR_IMG_UNMATCHED_STEP2_MEDIAN}), but they had "
    "already passed the programs' screening, where Step 2 CK is the critical number: this does "
    "not say the score matters little. Those who matched ranked more programs (median "
    f"{fig.DR_IMG_MATCHED_RANKS_MEDIAN:g} vs {fig.DR_IMG_UNMATCHED_RANKS_MEDIAN:g}), because "
    "they had more interviews.",
)
# The Integrated IR group is too small and too self-selected for a rate: shown as a count.
IR_NON_US_IMG = GroupRate(
    "non-US IMGs who ranked Integrated IR first (NRMP Charting Outcomes 2026)",
    fig.IR_IMG_MATCHED,
    fig.IR_IMG_TOTAL - fig.IR_IMG_MATCHED,
    fig.SRC_MATCH_RATE_IR_IMG,
    "",
)
# US MD seniors with a reported Step 2 CK (Table 5 counts), by assumption a fair proxy.
DR_US_MD = GroupRate(
    "US MD seniors who preferred DR, with a reported Step 2 CK (Charting Outcomes 2026)",
    fig.DR_MD_MATCHED,
    fig.DR_MD_UNMATCHED,
    fig.SRC_STEP2_DR_MD,
    "Rate derived from the Step 2 CK table's matched and unmatched counts.",
)
IR_US_MD = GroupRate(
    "US MD seniors who preferred Integrated IR, with a reported Step 2 CK (2026)",
    fig.IR_MD_MATCHED,
    fig.IR_MD_UNMATCHED,
    fig.SRC_STEP2_IR_MD,
    "Rate derived from the Step 2 CK table's matched and unmatched counts.",
)


def integrated_ir_count_text() -> str:
    """The non-US IMG Integrated IR figure as what it is: a count of a small, selected group."""
    rate = IR_NON_US_IMG
    return (
        f"{rate.matched} of {rate.total} non-US IMGs who ranked Integrated IR first matched in "
        f"2026. They were a small group who chose to try (those who matched had a median Step 2 "
        f"CK of {fig.IR_IMG_MATCHED_STEP2_MEDIAN}), while US seniors filled "
        f"{fig.IR_US_SENIORS_SHARE_PCT:g}% of Integrated IR positions (2024). Too few and too "
        "selected to be your odds, and not comparable with the DR figure."
    )


def integrated_ir_count_brief() -> str:
    """The same count in a phone-sized sentence (who they were, who fills the positions)."""
    rate = IR_NON_US_IMG
    return (
        f"{rate.matched} of {rate.total} non-US IMGs who ranked it first matched in 2026: a "
        f"small, self-selected group, while US seniors filled {fig.IR_US_SENIORS_SHARE_PCT:g}% "
        "of positions (2024). Not your odds, and not comparable with DR."
    )


# Intervals computed once (pure arithmetic on constants).
_INTERVALS = {
    rate.source: wilson_interval(rate.matched, rate.total)
    for rate in (DR_NON_US_IMG, DR_US_MD, IR_US_MD)
}


def _fresh(template: dict[str, Any]) -> dict[str, Any]:
    """A copy of a cached estimate whose nested values a caller may change safely."""
    copy = dict(template)
    copy["estimate_percent"] = dict(template["estimate_percent"])
    copy["sample"] = dict(template["sample"])
    copy["sources"] = list(template["sources"])
    return copy


def _estimate(rate: GroupRate, fit: str) -> dict[str, Any]:
    return _fresh(_estimate_template(rate, fit))


@lru_cache(maxsize=256)
def _estimate_template(rate: GroupRate, fit: str) -> dict[str, Any]:
    # Few distinct inputs (a rate and a fit sentence): the text is built once per pair.
    low, high = _INTERVALS[rate.source]
    return {
        "estimate_percent": {"low": round(low), "high": round(high)},
        "group_rate_percent": round(rate.percent, 1),
        "sample": {"matched": rate.matched, "unmatched": rate.unmatched},
        "basis": rate.group,
        "summary": (
            f"about {round(low)}-{round(high)}% ({rate.matched} of {rate.total} {rate.group} "
            f"matched, {rate.percent:.1f}%). {fit} {rate.note}"
        ),
        "caveat": NRMP_CAVEAT,
        "sources": [rate.source],
    }


def _no_estimate(reason: str, sources: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "estimate_percent": None,
        "summary": f"no estimate: {reason}",
        "caveat": NRMP_CAVEAT,
        "sources": list(sources),
    }


def estimate_chances(case: Case) -> dict[str, dict[str, Any]]:
    """DR and Integrated IR estimates (or the reason there is none) for a decided case."""
    if case.pathway in (Pathway.STRENGTHEN_THEN_APPLY, Pathway.RECALIBRATE):
        plan = (
            "to strengthen the profile first"
            if case.pathway is Pathway.STRENGTHEN_THEN_APPLY
            else "to rethink the route before another cycle"
        )
        reason = (
            "the published groups are applicants who applied with a complete record; your plan "
            f"is {plan}, so their rate does not describe you yet."
        )
        return {"dr": _no_estimate(reason), "integrated_ir": _no_estimate(reason)}
    if not case.type_known:
        reason = "tell me your applicant type: the data differs for IMGs and US graduates."
        return {"dr": _no_estimate(reason), "integrated_ir": _no_estimate(reason)}
    if case.profile.applicant_type is ApplicantType.US_MD:
        fit = "You are in this group; your own record moves you within or beyond the range."
        if case.stance is IntegratedIRStance.NOT_RECOMMENDED:
            # No group rate beside "not worth applications": the group is not like you yet.
            ir = _no_estimate(
                "your record is below the range of US MD seniors who matched Integrated IR, "
                "so their rate does not describe you.",
                (IR_US_MD.source,),
            )
            return {"dr": _estimate(DR_US_MD, fit), "integrated_ir": ir}
        return {"dr": _estimate(DR_US_MD, fit), "integrated_ir": _estimate(IR_US_MD, fit)}
    if not case.non_us_img:
        reason = (
            "the sourced data here has radiology-specific match rates only for non-US IMGs and "
            "US MD seniors, not for US-citizen IMGs or DO graduates."
        )
        return {"dr": _no_estimate(reason), "integrated_ir": _no_estimate(reason)}
    fit = "The group you would join, not a measure of your own record."
    ir = _no_estimate(
        integrated_ir_count_text(),
        (IR_NON_US_IMG.source, fig.SRC_STEP2_IR_IMG, fig.SRC_IR_US_SHARE),
    )
    ir["count"] = {"matched": IR_NON_US_IMG.matched, "of": IR_NON_US_IMG.total}
    ir["brief"] = integrated_ir_count_brief()
    return {"dr": _estimate(DR_NON_US_IMG, fit), "integrated_ir": ir}
