"""The USMLE answer: Step 2 CK placed against the sourced medians, Step 1 and Step 3."""

from __future__ import annotations

import math

from bot.answers import figures as fig
from bot.answers.faq.base import Ask, Topic, brief, ordinal, sourced
from bot.answers.labels import STEP1_LABELS, STEP3_LABELS
from bot.answers.messages import Button, Message, inform_button
from bot.profile import ApplicantProfile, Step1Result, Step3Result, VisaNeed
from bot.strategy.rules import STEP3_TIMING_H1B, STEP3_TIMING_OTHERS


def step2_percentile(score: int) -> int:
    """Rough percentile of a Step 2 CK score from the mean and SD (normal approximation)."""
    z = (score - fig.STEP2_MEAN) / fig.STEP2_SD
    percentile = 50 * (1 + math.erf(z / math.sqrt(2)))
    return min(99, max(1, round(percentile)))


def _step2_lines(p: ApplicantProfile) -> list[str]:
    score = p.step2ck_score
    if score is None:
        return [
            "I don't know your Step 2 CK yet. It is the main number programs screen on; "
            f"aim for the upper quartile (about {fig.STEP2_UPPER_QUARTILE}+). "
            "Tell me your score, e.g. 'my Step 2 is 251'."
        ]
    lines = [
        f"Your Step 2 CK {score} is roughly the {ordinal(step2_percentile(score))} percentile "
        f"(mean ~{fig.STEP2_MEAN}, SD ~{fig.STEP2_SD}).",
        f"Non-US IMGs who matched in 2026 had medians of {fig.DR_IMG_MATCHED_STEP2_MEDIAN} "
        f"in DR (n={fig.DR_IMG_MATCHED_N}) and {fig.IR_IMG_MATCHED_STEP2_MEDIAN} in "
        f"Integrated IR (n={fig.IR_IMG_MATCHED_N}, small).",
    ]
    if score >= fig.IR_IMG_MATCHED_STEP2_MEDIAN:
        lines.append(
            "That is at or above the Integrated IR matched median: a strong score. Not matching "
            "Integrated IR is still common even for strong applicants, so letters, research "
            "and a DR plan still decide a lot."
        )
    elif score >= fig.STEP2_UPPER_QUARTILE:
        lines.append(
            f"Upper quartile (~{fig.STEP2_UPPER_QUARTILE}+): solid for DR, "
            f"{fig.IR_IMG_MATCHED_STEP2_MEDIAN - score} below the IR median."
        )
    elif score >= fig.DR_IMG_MATCHED_STEP2_MEDIAN:
        lines.append(
            f"Around the DR median, {fig.STEP2_UPPER_QUARTILE - score} short of the upper "
            "quartile: letters, research and USCE must carry more."
        )
    else:
        lines.append(
            f"Below the DR median by {fig.DR_IMG_MATCHED_STEP2_MEDIAN - score}: lean on research, "
            "US letters and US clinical work to show excellence elsewhere."
        )
    if p.step2ck_first_attempt is False:
        lines.append("A Step 2 CK retake is a flag: explain it briefly and show a clear upswing.")
    return lines


def _step1_line(p: ApplicantProfile) -> str:
    if p.step1 is None:
        return "Step 1: not told yet. How did it go?"
    label = STEP1_LABELS[p.step1]
    return {
        Step1Result.PASS_FIRST_ATTEMPT: f"Step 1 {label}: exactly what programs look for.",
        Step1Result.PASS_AFTER_RETAKE: (
            f"Step 1 {label}: this weighs heavily in IR; Step 2 CK, letters and research "
            "have to carry the application."
        ),
        Step1Result.FAILED: (
            "Step 1 failed: you need a pass before applying, and repeated failures can end "
            "an IR application. Make the next attempt your best-prepared exam."
        ),
        Step1Result.NOT_TAKEN: "Step 1 not taken yet: aim to pass on the first attempt.",
    }[p.step1]


def step3_line(ask: Ask) -> str:
    """When Step 3 must be passed and why: the engine's wording (``bot.strategy.rules``)."""
    p = ask.profile
    status = STEP3_LABELS[p.step3] if p.step3 is not None else "not told yet"
    if p.step3 is Step3Result.PASSED:
        return f"Step 3 ({status}): that counts for H-1B programs and shows current knowledge."
    if p.visa_need is VisaNeed.H1B:
        return f"Step 3 ({status}): {STEP3_TIMING_H1B}"
    years = ask.years_since_graduation
    if years is not None and years >= fig.OLDER_GRADUATE_YEARS:
        return (
            f"Step 3 ({status}): not required, but {years} years after graduation it shows your "
            "knowledge is current."
        )
    if p.visa_need in (None, VisaNeed.UNDECIDED):
        return f"Step 3 ({status}): {STEP3_TIMING_H1B} {STEP3_TIMING_OTHERS}"
    return f"Step 3 ({status}): {_without_otherwise(STEP3_TIMING_OTHERS)}"


def _without_otherwise(text: str) -> str:
    rest = text.removeprefix("Otherwise ")
    return rest[:1].upper() + rest[1:]


def _usmle(ask: Ask) -> list[Message]:
    p = ask.profile
    first = sourced(
        _step2_lines(p),
        [
            "guide:usmle.step2ck",
            fig.SRC_STEP2_SPREAD,
            fig.SRC_STEP2_DR_IMG,
            "guide:contingency.no_integrated",
        ],
    )
    buttons: list[Button] = []
    if p.step1 is None:
        buttons = [
            inform_button("Step 1: passed first try", "step1", "pass_first_attempt"),
            inform_button("Passed after a retake", "step1", "pass_after_retake"),
            inform_button("Not taken yet", "step1", "not_taken"),
        ]
    second = sourced(
        [_step1_line(p), step3_line(ask)],
        ["guide:usmle.step1", "guide:usmle.step3"],
        buttons,
    )
    return [first, second]


def _brief(ask: Ask) -> str:
    score = ask.profile.step2ck_score
    line = (
        "Step 2 CK is the critical number programs screen on: aim for the upper quartile "
        f"(about {fig.STEP2_UPPER_QUARTILE}+)."
    )
    if score is not None:
        line += f" Yours, {score}, is roughly the {ordinal(step2_percentile(score))} percentile."
    return brief(line, ["guide:usmle.step2ck", fig.SRC_STEP2_SPREAD])


TOPIC = Topic(
    intent="ask_usmle",
    title="Step 2 CK and the USMLE",
    answer=_usmle,
    brief=_brief,
)
