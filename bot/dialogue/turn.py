"""``plan_turn``: what one understood message gets (pure).

The main question (the first placed topic the bot can answer) is answered in full; the other
answerable topics briefly; a goal question also names its goal, so the dispatcher can ask the
facts that would change the answer. Topics the bot has no answer for are listed as ``unanswered``
so the reply can say so instead of answering something else.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from pydantic import BaseModel, Field

from bot.answers.faq import FAQ_INTENTS
from bot.dialogue.goals import GOAL_BY_INTENT, AdviceGoal
from bot.understanding import OUT_OF_SCOPE, Command, Distress, Understanding
from bot.understanding.plan import TurnKind, plan_kind

# What the bot answers besides the FAQ topics: the ranked program list.
PROGRAMS_INTENT = "ask_programs"


class TurnPlan(BaseModel):
    """The reply's shape for one message."""

    kind: TurnKind
    main: str | None = None
    also: list[str] = Field(default_factory=list)
    unanswered: list[str] = Field(default_factory=list)
    goal: AdviceGoal | None = None
    command: Command | None = None
    # Facts only, but with questions the bot could not place: said, never silently dropped.
    unplaced_questions: list[str] = Field(default_factory=list)
    # A question asked in distress ("I failed Step 1 ... I feel like giving up"): a warm line
    # comes before the answer, so the person is heard, not only the question.
    in_distress: bool = False

    @property
    def answers_question(self) -> bool:
        """Whether the first reply answers a question of the message."""
        return self.kind is TurnKind.ANSWER and self.main is not None


# An unplaced clause opening with a conjunction beside an answered question is most often the
# rest of it ("what is ESIR | and should I care as an IMG?", "should I quit | and do IM?"):
# quoting it back as a question of its own would read as not listening.
_CONTINUES = re.compile(r"^\W*(?:and|or|but|so|&|\+)\b", re.I)


def plan_turn(understood: Understanding, answerable: Collection[str]) -> TurnPlan:
    """The plan for ``understood``; ``answerable`` are the intents the bot has answers for."""
    kind = plan_kind(understood)
    command = understood.command if kind is TurnKind.COMMAND else None
    if kind is TurnKind.FACTS:
        unplaced = [q.text for q in understood.questions if q.topic is None]
        return TurnPlan(kind=kind, unplaced_questions=unplaced)
    if kind is not TurnKind.ANSWER:
        return TurnPlan(kind=kind, command=command)
    topics = [topic for topic in understood.topics if topic != OUT_OF_SCOPE]
    known = [topic for topic in topics if topic in answerable]
    unanswered = [topic for topic in topics if topic not in answerable]
    if not known:
        # Placed, but on a topic without an answer yet: say so honestly, offer the main topics.
        return TurnPlan(kind=TurnKind.UNPLACED, unanswered=unanswered)
    main = known[0]
    return TurnPlan(
        kind=TurnKind.ANSWER,
        main=main,
        also=known[1:],
        unanswered=unanswered,
        goal=GOAL_BY_INTENT.get(main),
        in_distress=understood.distress is Distress.DISTRESS,
        # "... or must I do DR? Do they accept old graduates?": the second is not dropped.
        unplaced_questions=[
            q.text for q in understood.questions if q.topic is None and not _CONTINUES.match(q.text)
        ],
    )


def answerable_topics() -> frozenset[str]:
    """Every intent the dispatcher answers in full: the FAQ registry and the program list."""
    return frozenset({*FAQ_INTENTS, PROGRAMS_INTENT, OUT_OF_SCOPE})
