"""The answer to a goal question (``action_give_advice``), one handler per ``AdviceGoal``.

The dispatcher (``actions/turn.py``) answers a goal question at once and asks at most three
facts through the profile form; when the form is done, the one rule "form done" runs this
action, which answers again for the goal in ``advice_goal`` with everything now known, and
names the facts that would still sharpen it. A new goal: an enum value in
``bot.dialogue.goals``, its intent there, and one entry in ``GOAL_ANSWERS`` below.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.messages import send
from actions.programs import program_page
from actions.repeats import unless_unchanged
from actions.slots import (
    ADVICE_GOAL,
    FORM_FIELDS,
    PROGRAM_OFFSET,
    RECOMMENDED_PATHWAY,
    AdviceGoal,
    parse_goal,
    profile_from_slots,
    skipped_fields,
)
from actions.storage import database_engine
from bot.answers import Message, faq_answer, strategy_messages
from bot.db import transaction
from bot.dialogue import replies
from bot.dialogue.goals import missing_fields
from bot.dialogue.replies import would_sharpen
from bot.profile import ApplicantProfile
from bot.profile_store import ProfileRepository
from bot.report import StrategyReport
from bot.strategy import advise

logger = logging.getLogger(__name__)

# One goal's answer for the question as asked ("" for a button): messages and their slot events.
GoalAnswer = Callable[
    [ApplicantProfile, StrategyReport, str], tuple[list[Message], list[EventType]]
]


def _strategy(
    profile: ApplicantProfile, report: StrategyReport, question: str
) -> tuple[list[Message], list[Any]]:
    return strategy_messages(report, profile), []


def _programs(
    profile: ApplicantProfile, report: StrategyReport, question: str
) -> tuple[list[Message], list[Any]]:
    # The question's own filters ("near Chicago", "only H-1B sponsors", "what about Emory?").
    messages, next_offset = program_page(profile, report, text=question)
    return messages, [SlotSet(PROGRAM_OFFSET, next_offset)]


def _faq(intent: str) -> GoalAnswer:
    def answer(
        profile: ApplicantProfile, report: StrategyReport, question: str
    ) -> tuple[list[Message], list[Any]]:
        return faq_answer(intent, profile, report), []

    return answer


GOAL_ANSWERS: dict[AdviceGoal, GoalAnswer] = {
    AdviceGoal.PATHWAY: _strategy,
    AdviceGoal.PROGRAMS: _programs,
    AdviceGoal.CHANCES: _faq("ask_chances"),
    AdviceGoal.APPLICATION_COUNT: _faq("ask_application_count"),
    AdviceGoal.CONTINGENCY: _faq("ask_contingency"),
}


def store_profile(sender_id: str, profile: ApplicantProfile) -> None:
    """Keep the profile the advice was based on; a database failure does not stop the answer."""
    try:
        with transaction(database_engine()) as session:
            ProfileRepository(session).save(sender_id, profile)
    except SQLAlchemyError:
        logger.exception("could not store the profile")


@dataclass(frozen=True)
class PersonalAnswer:
    """A goal's personal answer, kept apart from the line naming the facts that would still
    sharpen it (that line changes as facts come in; the answer itself may not)."""

    answer: list[Message]
    sharpen: Message | None = None
    events: list[EventType] = field(default_factory=list)

    @property
    def messages(self) -> list[Message]:
        return [*self.answer, self.sharpen] if self.sharpen else list(self.answer)


def goal_answer(
    goal: AdviceGoal,
    profile: ApplicantProfile,
    sender_id: str,
    skipped: Sequence[str] = (),
    question: str = "",
) -> PersonalAnswer:
    """The goal's personal answer, the facts that would still sharpen it, and its events."""
    report = advise(profile)
    messages, events = GOAL_ANSWERS[goal](profile, report, question)
    rest = missing_fields(goal, profile, skipped=skipped, decisive=report.missing)
    store_profile(sender_id, profile)
    return PersonalAnswer(
        answer=list(messages),
        sharpen=would_sharpen(rest) if rest else None,
        events=[*events, SlotSet(RECOMMENDED_PATHWAY, report.pathway.value)],
    )


class GiveAdvice(Action):  # type: ignore[misc]
    """The answer for ``advice_goal`` with everything known (the profile form is done)."""

    def name(self) -> str:
        return "action_give_advice"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        goal = parse_goal(tracker.get_slot(ADVICE_GOAL))
        profile = profile_from_slots(tracker.slots)
        personal = goal_answer(goal, profile, tracker.sender_id, skipped_fields(tracker.slots))
        # The answer given before the questions, unchanged by them, is not sent again
        messages = unless_unchanged(
            personal.answer, personal.sharpen, tracker.events, replies.answer_unchanged()
        )
        send(dispatcher, messages)
        return [*personal.events, SlotSet(FORM_FIELDS, None)]
