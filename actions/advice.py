"""``action_set_goal`` (which question the form serves) and ``action_give_advice``."""

from __future__ import annotations

import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.messages import send
from actions.slots import (
    ADVICE_GOAL,
    FAILED_ATTEMPTS,
    GOAL_BY_INTENT,
    PROGRAM_OFFSET,
    RECOMMENDED_PATHWAY,
    AdviceGoal,
    latest_intent,
    parse_goal,
    profile_from_slots,
)
from actions.storage import database_engine
from bot.answers import faq_answer, strategy_messages
from bot.db import transaction
from bot.profile import ApplicantProfile
from bot.profile_store import ProfileRepository
from bot.strategy import advise

logger = logging.getLogger(__name__)

# The answer for goals narrower than the whole strategy: that FAQ, worked out for the profile.
GOAL_ANSWER_INTENT: dict[AdviceGoal, str] = {
    AdviceGoal.CHANCES: "ask_chances",
    AdviceGoal.APPLICATION_COUNT: "ask_application_count",
    AdviceGoal.CONTINGENCY: "ask_contingency",
}


class SetGoal(Action):  # type: ignore[misc]
    """Sets ``advice_goal`` from the question just asked, before the profile form starts."""

    def name(self) -> str:
        return "action_set_goal"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = latest_intent(tracker.latest_message)
        goal = GOAL_BY_INTENT.get(str(intent), parse_goal(tracker.get_slot(ADVICE_GOAL)))
        return [
            SlotSet(ADVICE_GOAL, goal.value),
            SlotSet(FAILED_ATTEMPTS, 0),
            SlotSet(PROGRAM_OFFSET, 0),
        ]


def store_profile(sender_id: str, profile: ApplicantProfile) -> None:
    """Keep the profile the advice was based on; a database failure does not stop the answer."""
    try:
        with transaction(database_engine()) as session:
            ProfileRepository(session).save(sender_id, profile)
    except SQLAlchemyError:
        logger.exception("could not store the profile")


class GiveAdvice(Action):  # type: ignore[misc]
    """The strategy for the facts known so far (or the goal's specific answer)."""

    def name(self) -> str:
        return "action_give_advice"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        profile = profile_from_slots(tracker.slots)
        report = advise(profile)
        goal = parse_goal(tracker.get_slot(ADVICE_GOAL))
        intent = GOAL_ANSWER_INTENT.get(goal)
        if intent is None:
            send(dispatcher, strategy_messages(report, profile))
        else:
            send(dispatcher, faq_answer(intent, profile, report))
        store_profile(tracker.sender_id, profile)
        return [SlotSet(RECOMMENDED_PATHWAY, report.pathway.value)]
