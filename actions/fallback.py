"""``action_default_ask_affirmation``: the two-stage fallback's question, in plain words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.messages import send
from actions.slots import latest_intent
from bot.answers.affirmation import affirmation_question

FALLBACK_INTENT = "nlu_fallback"


def intent_to_affirm(latest_message: Mapping[str, Any] | None) -> str | None:
    """The likeliest real intent: under ``nlu_fallback``, the next one in the ranking."""
    intent = latest_intent(latest_message)
    if intent != FALLBACK_INTENT:
        return intent
    ranking = (latest_message or {}).get("intent_ranking") or []
    for candidate in ranking:
        name = candidate.get("name") if isinstance(candidate, Mapping) else None
        if name and name != FALLBACK_INTENT:
            return str(name)
    return None


class AskAffirmation(Action):  # type: ignore[misc]
    """Overrides Rasa's default, which shows the intent's internal name."""

    def name(self) -> str:
        return "action_default_ask_affirmation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        send(dispatcher, [affirmation_question(intent_to_affirm(tracker.latest_message))])
        return []
