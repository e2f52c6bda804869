"""What kind of reply a understood message gets (pure; the dispatcher action and the bench share
it, so the bench measures what users get)."""

from __future__ import annotations

from enum import Enum

from bot.understanding.models import Distress, Understanding
from bot.understanding.topics import OUT_OF_SCOPE


class TurnKind(str, Enum):
    SELF_HARM = "self_harm"  # the 988 line and local emergency help, kindly, first
    DISTRESS = "distress"  # a warm reply first, then an offer to continue
    COMMAND = "command"  # start over, cancel, stop asking, just tell me
    ANSWER = "answer"  # answer the main question, the others briefly or as buttons
    OUT_OF_SCOPE = "out_of_scope"  # what the bot covers and who does know
    FACTS = "facts"  # facts only: confirm them and offer the main questions
    UNPLACED = "unplaced"  # a short honest reply and the main topics


def plan_kind(understood: Understanding) -> TurnKind:
    if understood.distress is Distress.SELF_HARM:
        return TurnKind.SELF_HARM
    if understood.distress is Distress.DISTRESS and not understood.topics:
        return TurnKind.DISTRESS
    if understood.command is not None:
        return TurnKind.COMMAND
    topics = [topic for topic in understood.topics if topic != OUT_OF_SCOPE]
    if topics:
        return TurnKind.ANSWER
    if OUT_OF_SCOPE in understood.topics:
        return TurnKind.OUT_OF_SCOPE
    if understood.facts.facts or understood.facts.uncertain:  # stored, or asked to confirm
        return TurnKind.FACTS
    return TurnKind.UNPLACED
