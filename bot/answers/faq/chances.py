"""The chances answer: past groups' rates, never a personal prediction."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.advice import chance_sources, chances_text, has_chance_numbers
from bot.answers.faq.base import Ask, Topic, brief, relative, review_button, sourced
from bot.answers.labels import LEVEL_LABELS
from bot.answers.messages import Button, Message, inform_button
from bot.profile import ApplicantType


def _applicant_type_buttons() -> list[Button]:
    return [
        inform_button("Non-US IMG", "applicant_type", "non_us_img"),
        inform_button("US citizen IMG", "applicant_type", "us_img"),
        inform_button("US MD", "applicant_type", "us_md"),
        inform_button("US DO", "applicant_type", "us_do"),
    ]


def _chances(ask: Ask) -> list[Message]:
    p = ask.profile
    caveat = "NRMP says its data is not built to predict one person's match: use it as a range."
    estimate = chances_text(ask.report) if ask.report else None
    if ask.report and estimate and has_chance_numbers(ask.report):
        lines = ["Your rough chances (past applicants' rates):", estimate, caveat]
        return [sourced(lines, chance_sources(ask.report))]
    if estimate:  # the engine explains why it gives no number
        lines = ["No personal number for you yet:", estimate]
    else:
        lines = ["I can't give you a trustworthy personal number: the data behind it is thin."]
    dr_rate = round(100 * fig.DR_IMG_MATCHED / fig.DR_IMG_TOTAL)
    ir_rate = round(100 * fig.IR_IMG_MATCHED / fig.IR_IMG_TOTAL)
    lines.append(
        f"For scale: in 2026, {fig.DR_IMG_MATCHED} of {fig.DR_IMG_TOTAL} non-US IMGs who "
        f"preferred DR matched (~{dr_rate}%); in Integrated IR {fig.IR_IMG_MATCHED} of "
        f"{fig.IR_IMG_TOTAL} (~{ir_rate}%, a tiny sample)."
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
        lines.append(
            f"My read of your profile: Integrated IR {LEVEL_LABELS[comp.integrated_ir]}, "
            f"DR {LEVEL_LABELS[comp.dr]}."
        )
    lines.append(caveat)
    buttons: list[Button] = []
    if p.applicant_type is None:
        buttons = _applicant_type_buttons()
    elif ask.report is None:
        buttons = [review_button()]
    return [sourced(lines, [fig.SRC_MATCH_RATE_DR_IMG, fig.SRC_MATCH_RATE_IR_IMG], buttons)]


def _brief(ask: Ask) -> str:
    line = (
        f"Past groups, not odds: in 2026, {fig.DR_IMG_MATCHED} of {fig.DR_IMG_TOTAL} non-US IMGs "
        "who preferred DR matched; Integrated IR's IMG group is too small and self-selected to "
        "give anyone's odds."
    )
    return brief(line, [fig.SRC_MATCH_RATE_DR_IMG, fig.SRC_MATCH_RATE_IR_IMG])


TOPIC = Topic(
    intent="ask_chances",
    title="your chances",
    answer=_chances,
    brief=_brief,
)
