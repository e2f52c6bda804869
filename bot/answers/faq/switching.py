"""Switching into radiology from another residency (``ask_switching``): the NRMP position
types that fit, the J-1 years already used, and what only the programs and NRMP can say."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.calendar_facts import cal
from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.messages import Message
from bot.profile import VisaNeed


def _switching(ask: Ask) -> list[Message]:
    first = sourced(
        [
            "Coming from another residency: most DR positions are advanced, starting at PGY-2 "
            "after a preliminary year, and the NRMP also has reserved PGY-2 positions for "
            "physicians with earlier residency training.",
            "Whether your years count as that PGY-1, and the rules for leaving a position you "
            "matched into, are not in our sources: ask the DR programs, your program director "
            "and the NRMP before you apply.",
        ],
        [
            cal("program_type.rule.advanced_most_dr_positions"),
            cal("program_type.rule.r_reserved_physician"),
        ],
    )
    lines = [
        "A US residency gives you what the guide asks IMGs to build: hands-on US work and "
        "US letters; add letters from US radiologists (IR and DR) through electives or "
        "research.",
    ]
    sources = ["guide:letters", "guide:ir_exposure"]
    if ask.profile.visa_need is VisaNeed.J1:
        _pgy1, dr, ir = fig.DR_ROUTE_YEARS
        lines.append(
            f"Years already trained on a J-1 count toward its {fig.J1_LIMIT_YEARS}-year "
            f"limit: the DR route needs {dr} DR years plus {ir} of Independent IR (1 after "
            "ESIR), so count what you have left."
        )
        sources += [fig.SRC_J1_RULES, cal("esir.rule.how_esir_shortens_training")]
    return [first, sourced(lines, sources)]


def _brief(ask: Ask) -> str:
    line = (
        "From another residency you can apply to DR's advanced (PGY-2) or reserved positions; "
        "whether your years count, and leaving your position, are for the programs and NRMP."
    )
    return brief(line, [cal("program_type.rule.r_reserved_physician")])


TOPIC = Topic(
    intent="ask_switching",
    title="switching from another residency",
    answer=_switching,
    brief=_brief,
)
