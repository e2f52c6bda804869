"""Observership or externship (``ask_observership``): watching vs hands-on US work, and which
one this applicant needs."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.labels import count_text
from bot.answers.messages import Message


def _observership(ask: Ask) -> list[Message]:
    low, high = fig.GUIDE_ROTATION_WEEKS
    first = sourced(
        [
            "An observership lets you watch: IR procedures and clinic, the words and the "
            "workflow, first contacts with mentors. It is the early stage, and 1-week ones "
            "rarely lead to a strong letter.",
            "What programs value far more is hands-on US work where faculty see you work: "
            f"electives of {low}-{high} weeks at US academic centres. Names vary ('externship' "
            "is used for such posts too): ask each program what you will actually do.",
        ],
        ["guide:ir_exposure", "guide:letters"],
    )
    p = ask.profile
    lines: list[str] = []
    if p.observership_weeks:
        lines.append(
            f"You have {count_text('observership_weeks', p.observership_weeks)} observing."
        )
    if p.usce_months:
        lines.append(
            f"With {count_text('usce_months', p.usce_months)} hands-on, aim the next one at IR "
            "with faculty who can write your IR letter."
        )
    elif p.usce_months == 0:
        lines.append(
            "No hands-on US work yet: that is the step to take, even before more observing."
        )
    if not lines:
        return [first]
    return [first, sourced(lines, ["guide:ir_exposure", "guide:letters"])]


def _brief(ask: Ask) -> str:
    low, high = fig.GUIDE_ROTATION_WEEKS
    line = (
        "Observerships let you watch; programs value hands-on US work far more, ideally "
        f"{low}-{high} week rotations where faculty see you work and can write a strong letter."
    )
    return brief(line, ["guide:ir_exposure", "guide:letters"])


TOPIC = Topic(
    intent="ask_observership",
    title="observership or externship",
    answer=_observership,
    brief=_brief,
)
