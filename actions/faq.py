"""``action_answer_faq``: one action for every FAQ intent, answered for this applicant."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.messages import send
from actions.slots import latest_intent, profile_from_slots
from bot.answers import FAQ_INTENTS, faq_answer
from bot.strategy import advise

# When the action runs for an intent without an answer (a rule mistake), say what we can do.
FALLBACK_RESPONSE = "utter_help"


class AnswerFaq(Action):  # type: ignore[misc]
    """The guide's answer to the question, compared with what the applicant told us."""

    def name(self) -> str:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = str(latest_intent(tracker.latest_message))
        if intent not in FAQ_INTENTS:
            dispatcher.utter_message(response=FALLBACK_RESPONSE)
            return []
        profile = profile_from_slots(tracker.slots)
        send(dispatcher, faq_answer(intent, profile, advise(profile)))
        return []
