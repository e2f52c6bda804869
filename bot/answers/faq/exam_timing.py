"""When to sit Step 2 CK and Step 3 (``ask_exam_timing``): the calendar's Step 2 CK deadline,
ECFMG's verification deadline, and Step 3 timing in the engine's own words."""

from __future__ import annotations

from bot.answers.calendar_facts import cal
from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.faq.timeline import exam_messages
from bot.answers.faq.usmle import step3_line
from bot.answers.messages import Message
from bot.profile import Step3Result, VisaNeed
from bot.strategy.rules import STEP3_TIMING_H1B, STEP3_TIMING_OTHERS


def _exam_timing(ask: Ask) -> list[Message]:
    messages = exam_messages(ask)  # ends with Step 3 for an H-1B applicant without it
    p = ask.profile
    if not (p.visa_need is VisaNeed.H1B and p.step3 is not Step3Result.PASSED):
        messages.append(sourced([step3_line(ask)], ["guide:usmle.step3"]))
    return messages


def _brief(ask: Ask) -> str:
    line = (
        "Step 2 CK: sit it by early July so the score is back before programs review in late "
        f"September. {STEP3_TIMING_H1B.split(':')[0]}; {STEP3_TIMING_OTHERS[:1].lower()}"
        f"{STEP3_TIMING_OTHERS[1:].split(';')[0]}."
    )
    return brief(line, [cal("step2_release.2021.step_2_ck_score"), "guide:usmle.step3"])


TOPIC = Topic(
    intent="ask_exam_timing",
    title="Step 2 CK and Step 3 timing",
    answer=_exam_timing,
    brief=_brief,
)
