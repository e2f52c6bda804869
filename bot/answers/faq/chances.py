"""The chances answer: past groups' rates, never a personal prediction."""

from __future__ import annotations

from collections.abc import Mapping

from bot.answers import figures as fig
from bot.answers.advice import chance_sources, chances_text, has_chance_numbers
from bot.answers.faq.base import Ask, Topic, brief, relative, review_button, sourced
from bot.answers.labels import LEVEL_LABELS
from bot.answers.messages import Button, Message, inform_button
from bot.profile import ApplicantProfile, ApplicantType
from bot.report import StrategyReport
from bot.strategy.chances import integrated_ir_count_text


def _applicant_type_buttons() -> list[Button]:
    return [
        inform_button("Non-US IMG", "applicant_type", "non_us_img"),
        inform_button("US citizen IMG", "applicant_type", "us_img"),
        inform_button("US MD", "applicant_type", "us_md"),
        inform_button("US DO", "applicant_type", "us_do"),
    ]


# Fewer facts than this and the read of the profile is mostly the engine's assumptions.
_FACTS_FOR_A_READ = 3


def _facts_told(profile: ApplicantProfile) -> int:
    return len(profile.model_dump(exclude_none=True))


def _chances(ask: Ask) -> list[Message]:
    p = ask.profile
    caveat = "NRMP says its data is not built to predict one person's match: use it as a range."
    estimate = chances_text(ask.report) if ask.report else None
    if ask.report and estimate and has_chance_numbers(ask.report):
        return _with_numbers(ask.report, caveat)
    if estimate:  # the engine explains why it gives no number
        lines = ["No personal number for you yet:", estimate]
    else:
        lines = ["I can't give you a trustworthy personal number: the data behind it is thin."]
    dr_rate = round(100 * fig.DR_IMG_MATCHED / fig.DR_IMG_TOTAL)
    lines.append(
        f"For scale: in 2026, {fig.DR_IMG_MATCHED} of {fig.DR_IMG_TOTAL} non-US IMGs who "
        f"preferred DR matched (~{dr_rate}%)."
    )
    if p.applicant_type in (ApplicantType.US_MD, ApplicantType.US_DO, ApplicantType.US_IMG):
        lines.append("These are non-US IMG figures; your group differs, so treat them loosely.")
    if p.step2ck_score is not None:
        lines.append(
            f"Your Step 2 CK {p.step2ck_score} is "
            f"{relative(p.step2ck_score, fig.DR_IMG_MATCHED_STEP2_MEDIAN)} the DR matched "
            f"median ({fig.DR_IMG_MATCHED_STEP2_MEDIAN}) and "
            f"{relative(p.step2ck_score, fig.IR_IMG_MATCHED_STEP2_MEDIAN)} the Integrated IR "
            f"one ({fig.IR_IMG_MATCHED_STEP2_MEDIAN})."
        )
    if ask.report:
        comp = ask.report.competitiveness
        # With almost nothing told, the read is the engine's defaults: say how little it rests on
        lead = (
            "My read of your profile"
            if _facts_told(p) >= _FACTS_FOR_A_READ
            else ("On the little I know so far, my first read")
        )
        lines.append(
            f"{lead}: Integrated IR {LEVEL_LABELS[comp.integrated_ir]}, DR {LEVEL_LABELS[comp.dr]}."
        )
    lines.append(caveat)
    buttons: list[Button] = []
    if p.applicant_type is None:
        lines.append("Which group are you in? The figures differ by group.")
        buttons = _applicant_type_buttons()
    elif ask.report is None:
        buttons = [review_button()]
    return [sourced(lines, [fig.SRC_MATCH_RATE_DR_IMG], buttons), _integrated_ir_count()]


def _with_numbers(report: StrategyReport, caveat: str) -> list[Message]:
    """The engine's numeric estimates; a track it only counts (Integrated IR for non-US IMGs)
    goes to a message of its own instead of sitting beside the DR range."""
    chances = (report.model_extra or {}).get("chances")
    counted = isinstance(chances, Mapping) and any(
        isinstance(value, Mapping) and "count" in value for value in chances.values()
    )
    if not counted or not isinstance(chances, Mapping):
        lines = ["Your rough chances (past applicants' rates):", chances_text(report) or "", caveat]
        return [sourced(lines, chance_sources(report))]
    numeric = {
        track: value
        for track, value in chances.items()
        if not (isinstance(value, Mapping) and "count" in value)
    }
    shown = StrategyReport.model_validate({**report.model_dump(), "chances": numeric})
    lines = ["Your rough chances (past applicants' rates):", chances_text(shown) or "", caveat]
    return [sourced(lines, chance_sources(shown)), _integrated_ir_count()]


def _integrated_ir_count() -> Message:
    """Integrated IR for non-US IMGs as what it is: a count of a small, self-selected group,
    in its own message so it is never read beside the DR rate as a comparable figure."""
    return sourced(
        [
            "Integrated IR is another matter, very competitive for IMGs (often compared with "
            f"dermatology or orthopaedics): {integrated_ir_count_text()}"
        ],
        [
            "guide:pathways.integrated",
            fig.SRC_MATCH_RATE_IR_IMG,
            fig.SRC_STEP2_IR_IMG,
            fig.SRC_IR_US_SHARE,
        ],
    )


def _brief(ask: Ask) -> str:
    line = (
        f"Past groups, not odds: in 2026, {fig.DR_IMG_MATCHED} of {fig.DR_IMG_TOTAL} non-US IMGs "
        "who preferred DR matched; Integrated IR's IMG group is too small and self-selected to "
        "give anyone's odds."
    )
    if ask.profile.applicant_type in (
        ApplicantType.US_MD,
        ApplicantType.US_DO,
        ApplicantType.US_IMG,
    ):
        line += " Those are non-US IMG figures; your group's differ, so read them loosely."
    return brief(line, [fig.SRC_MATCH_RATE_DR_IMG, fig.SRC_MATCH_RATE_IR_IMG])


TOPIC = Topic(
    intent="ask_chances",
    title="your chances",
    answer=_chances,
    brief=_brief,
)
