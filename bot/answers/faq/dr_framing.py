"""How to speak of IR in a DR application."""

from __future__ import annotations

from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.messages import Message
from bot.report import Pathway


def _dr_framing(ask: Ask) -> list[Message]:
    lines = [
        "Yes, you can say you're interested in IR when applying to DR: most DR programs "
        "know many residents are.",
        "Frame it as: DR is the foundation you respect, you aim to be an excellent "
        "diagnostic radiologist, and IR through the Independent route is your long-term goal.",
        "Avoid wording that makes DR sound like a backup or a stepping stone.",
    ]
    personal = {
        Pathway.DR_THEN_INDEPENDENT_IR: (
            "DR is your main route, so this framing runs through your whole application; "
            "favour DR programs with strong IR departments."
        ),
        Pathway.INTEGRATED_IR_PLUS_DR: (
            "You apply to both: keep the DR application DR-first, even though your Integrated "
            "IR one leads with IR."
        ),
    }
    if ask.pathway in personal:
        lines.append(personal[ask.pathway])
    return [sourced(lines, ["guide:faq.ir_in_dr_application", "guide:dual_application"])]


def _brief(ask: Ask) -> str:
    line = (
        "Yes, you can say you're interested in IR when applying to DR: DR as the foundation, "
        "IR through the Independent route as the goal, never DR as a backup."
    )
    return brief(line, ["guide:faq.ir_in_dr_application"])


TOPIC = Topic(
    intent="ask_dr_framing",
    title="mentioning IR in a DR application",
    answer=_dr_framing,
    brief=_brief,
)
