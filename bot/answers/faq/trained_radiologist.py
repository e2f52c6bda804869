"""Radiologists trained abroad asking about US fellowships or other routes
(``ask_trained_radiologist``): what the sources cover, and who knows the rest."""

from __future__ import annotations

from bot.answers.calendar_facts import cal
from bot.answers.faq.base import Ask, Topic, brief, review_button, sourced
from bot.answers.messages import Message


def _trained_radiologist(ask: Ask) -> list[Message]:
    first = sourced(
        [
            "Trained as a radiologist abroad: my sources cover the US residency routes only. "
            "US fellowships, observer posts and alternative licensing for physicians trained "
            "abroad depend on the program and the state medical board: ask them, and ECFMG.",
            "What the sources do say: Independent IR (2 years) takes graduates of a DR "
            "residency, and Integrated IR and DR are entered through the Match like any "
            "IMG's application.",
        ],
        [cal("independent_ir.2023.length_who_can_apply"), "guide:pathways.dr_independent"],
    )
    second = sourced(
        [
            "To build on your imaging experience, the guide's route is IR research with US "
            "faculty: publications, and letters from US interventional radiologists. DR "
            "residency then Independent IR is the main path for most IMGs."
        ],
        ["guide:research", "guide:letters", "guide:pathways.dr_independent"],
        [review_button()],
    )
    return [first, second]


def _brief(ask: Ask) -> str:
    line = (
        "For radiologists trained abroad my sources cover the US residency routes (DR, then "
        "Independent IR); fellowships and other routes: ask the program, the state board, ECFMG."
    )
    return brief(line, [cal("independent_ir.2023.length_who_can_apply")])


TOPIC = Topic(
    intent="ask_trained_radiologist",
    title="routes for radiologists trained abroad",
    answer=_trained_radiologist,
    brief=_brief,
)
