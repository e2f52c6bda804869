"""Application fees and a budget for the counts this applicant's strategy recommends
(``ask_costs``). The fee tiers are read from the calendar rows, never typed in here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers.asked_counts import programs_priced
from bot.answers.calendar_facts import cal, row, value
from bot.answers.faq.base import Ask, Topic, brief, review_button, sourced
from bot.answers.messages import Message
from bot.profile import ApplicantType

_FEE_ROW = "fees.2026.eras_residency_application_fee"
_TIERS = re.compile(r"\$(\d+) per program for programs 1-(\d+); \$(\d+) per program from")
_DOLLARS = re.compile(r"\$(\d+)")
_US_GRADUATES = (ApplicantType.US_MD, ApplicantType.US_DO)


@dataclass(frozen=True)
class FeeTiers:
    """ERAS residency fees per specialty: ``low`` each up to ``limit`` programs, then ``high``."""

    low: int
    limit: int
    high: int

    def cost(self, programs: int) -> int:
        return self.low * min(programs, self.limit) + self.high * max(0, programs - self.limit)


def fee_tiers() -> FeeTiers | None:
    """The ERAS 2026 tiers from their row; None if the row no longer reads as tiers."""
    match = _TIERS.search(row(_FEE_ROW).value) if row(_FEE_ROW).found else None
    if match is None:
        return None
    low, limit, high = (int(group) for group in match.groups())
    return FeeTiers(low=low, limit=limit, high=high)


def _dollars(key: str) -> int | None:
    found = _DOLLARS.search(row(key).value) if row(key).found else None
    return int(found.group(1)) if found else None


def _fees() -> Message:
    return sourced(
        [
            f"ERAS fees (2026 season, the latest our sources have): {value(_FEE_ROW)}, and "
            "the tiers restart for each specialty. DR and Integrated IR are separate ERAS "
            "specialties, so each likely has its own tiers (the source doesn't say it "
            "outright), and so do the PGY-1 specialties.",
            "IMGs also pay ECFMG's ERAS token: "
            f"{value('fees.2024.ecfmg_eras_token_fee')} (ERAS 2024); for 2026, "
            f"{value('fees.2026.ecfmg_eras_token_fee')}. USMLE transcript: "
            f"{value('fees.2024.usmle_transcript_fee')} (ERAS 2024); later seasons: "
            f"{value('fees.2026.usmle_transcript_fee')}.",
        ],
        [
            cal(_FEE_ROW),
            cal("fees.2026.fee_pricing_across_specialties"),
            cal("fees.2024.ecfmg_eras_token_fee"),
            cal("fees.2026.ecfmg_eras_token_fee"),
        ],
    )


def _priced(tiers: FeeTiers, count: int) -> str:
    """The fee for the count the applicant named ("if I apply to 100 programs")."""
    return (
        f"{count} programs in one specialty: ${tiers.cost(count):,} at 2026 prices "
        f"(${tiers.low} each for the first {tiers.limit}, ${tiers.high} after); split across "
        "specialties it costs less, as each restarts the tiers."
    )


def _budget(ask: Ask) -> Message:
    tiers = fee_tiers()
    named = programs_priced(ask.question)
    if named and tiers is not None:
        own = _budget_for_plan(ask)
        return Message(text=f"{_priced(tiers, named)}\n{own.text}", buttons=own.buttons)
    return _budget_for_plan(ask)


def _budget_for_plan(ask: Ask) -> Message:
    tiers = fee_tiers()
    if ask.report is None or tiers is None:
        reason = (
            "I need a few facts first to size your list (scores, letters, visa)."
            if ask.report is None
            else "The fee row no longer reads as tiers: check AAMC's fee page."
        )
        buttons = [review_button()] if ask.report is None else []
        return sourced([f"A budget for your list: {reason}"], [cal(_FEE_ROW)], buttons)
    apps = ask.report.applications
    parts = {"Integrated IR": apps.integrated_ir, "DR": apps.dr, "PGY-1": apps.pgy1}
    costs = {name: tiers.cost(count) for name, count in parts.items() if count}
    if not costs and _applications_out(ask):
        return sourced([_ALREADY_APPLIED], [cal(_FEE_ROW)])
    if not costs:
        return sourced([_NO_PLAN], [cal(_FEE_ROW)])
    lines = [
        f"ERAS fees for your recommended list{_season(ask)}, at 2026 prices: "
        + "; ".join(f"{name} {parts[name]}: ${cost:,}" for name, cost in costs.items())
        + f"; in all ${sum(costs.values()):,}.",
    ]
    if apps.pgy1:
        lines.append(
            "PGY-1 is counted as one specialty; spread over transitional, medicine and surgery "
            "years, each starts its own tiers and costs less."
        )
    extras = [
        fee
        for fee in (
            _dollars("fees.2024.ecfmg_eras_token_fee"),
            _dollars("fees.2024.usmle_transcript_fee"),
        )
        if fee is not None
    ]
    if ask.profile.applicant_type not in _US_GRADUATES and extras:
        lines.append(
            f"Add about ${sum(extras):,} for the ECFMG token and USMLE transcript (ERAS 2024 "
            "prices)."
        )
    lines.append(
        "Not counted: NRMP registration, interview travel, exams and visa costs (not in our "
        "sources)."
    )
    return sourced(lines, [cal(_FEE_ROW), cal("fees.2024.ecfmg_eras_token_fee")])


_NO_PLAN = (
    "Your plan has no applications this cycle (it strengthens or rethinks the route first), so "
    "no ERAS fees yet: ask me again when you are ready to apply."
)
_ALREADY_APPLIED = (
    "Your applications for this season are already in, so there are no new ERAS fees to plan "
    "now. If you apply again next season, ask me then and I'll size that list."
)


def _cycle(ask: Ask) -> dict[str, object]:
    cycle = (ask.report.model_extra or {}).get("cycle") if ask.report else None
    return cycle if isinstance(cycle, dict) else {}


def _applications_out(ask: Ask) -> bool:
    """The applicant's applications for the season under way are already with programs."""
    return _cycle(ask).get("applications_out") is True


def _season(ask: Ask) -> str:
    """ " (applications in September 2027)" when the engine names the season the plan is for."""
    plan = _cycle(ask).get("plan_season")
    return f" (applications in September {plan})" if isinstance(plan, int) else ""


def _costs(ask: Ask) -> list[Message]:
    return [_fees(), _budget(ask)]


def _brief(ask: Ask) -> str:
    tiers = fee_tiers()
    named = programs_priced(ask.question)
    if named and tiers is not None:
        return brief(_priced(tiers, named), [cal(_FEE_ROW)])
    if ask.report is not None and tiers is not None:
        apps = ask.report.applications
        total = sum(tiers.cost(n) for n in (apps.integrated_ir, apps.dr, apps.pgy1) if n)
        if not total:
            fees = f"ERAS 2026 fees: {value(_FEE_ROW)}, per specialty."
            now = _ALREADY_APPLIED if _applications_out(ask) else _NO_PLAN
            return brief(f"{now} {fees}", [cal(_FEE_ROW)])
        line = (
            f"ERAS fees for your recommended list come to about ${total:,} at 2026 prices "
            f"({value(_FEE_ROW)}), before the ECFMG token and transcript fee."
        )
    else:
        line = f"ERAS 2026 fees: {value(_FEE_ROW)}, per specialty."
    return brief(line, [cal(_FEE_ROW)])


TOPIC = Topic(
    intent="ask_costs",
    title="application fees and budget",
    answer=_costs,
    brief=_brief,
)
