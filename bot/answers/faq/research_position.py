"""Research-year positions (``ask_research_position``): what a US IR research year gives, how
to find one, and whether it is this applicant's gap."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.labels import count_text
from bot.answers.messages import Message
from bot.report import Pathway


def _what() -> Message:
    low, high = fig.GUIDE_RESEARCH_FELLOWSHIP_YEARS
    return sourced(
        [
            "A US research position in IR or radiology (1-3 years, paid or unpaid) can bring "
            "publications, IR faculty who know you, strong letters and programs that recognise "
            f"your name; IR research fellowships often run {low}-{high} years.",
            "Finding one: short emails to academic IR divisions, to faculty who publish (who "
            "you are, why IR in 2-3 sentences, what you offer: time, data skills; CV "
            "attached); or turn an observership into help with an ongoing study, remote "
            "work included.",
        ],
        ["guide:pathways.on_ramps", "guide:research"],
    )


def _for_you(ask: Ask) -> Message | None:
    p = ask.profile
    low_pubs, _ = fig.GUIDE_PUBLICATIONS
    years, pubs = p.research_years, p.ir_publications
    if years is None and pubs is None:
        return None
    lines: list[str] = []
    if years and pubs is not None and pubs >= low_pubs:
        lines.append(
            f"You already have {count_text('research_years', years)} of research and "
            f"{count_text('ir_publications', pubs)}: another research year is unlikely to be "
            "your gap."
        )
        if not p.usce_months:
            lines.append("Hands-on US clinical work and the letters it brings come first now.")
    elif pubs is not None and pubs < low_pubs:
        lines.append(
            f"With {count_text('ir_publications', pubs)} (strong IMG applicants often have "
            f"{low_pubs} or more), research is one of your gaps, and a research year is one "
            "way to close it."
        )
    if not lines:
        return None
    if ask.pathway is Pathway.RECALIBRATE:
        lines.append("Your plan first weighs other routes too: see your plan B before a new year.")
    lines.append("Visas for research posts differ from residency: ask the institution's office.")
    return sourced(lines, ["guide:research", "guide:faq.publications", "guide:letters"])


def _research_position(ask: Ask) -> list[Message]:
    personal = _for_you(ask)
    return [_what(), *([personal] if personal else [])]


def _brief(ask: Ask) -> str:
    line = (
        "A 1-3 year US IR research position (paid or unpaid) brings publications, IR mentors "
        "and letters; cold emails to IR faculty who publish are the usual way in."
    )
    return brief(line, ["guide:pathways.on_ramps", "guide:research"])


TOPIC = Topic(
    intent="ask_research_position",
    title="research-year positions",
    answer=_research_position,
    brief=_brief,
)
