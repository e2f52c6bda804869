"""``action_validate_slot_mappings``: every user message's profile facts, in or out of a form.

Rasa runs it after each user message (the profile slots have custom mappings without form
conditions, see PITFALLS). It

- takes the facts from the message: entities of a button payload (``/inform{"visa_need":"j1"}``)
  win over facts that spaCy extraction (``bot.extraction.extract_facts``) finds in the text; inside
  the form the question being asked (``requested_slot``) is the extraction's expected field; the
  text is extracted once per turn (``turn_extraction``), whoever asks;
- sets the slots that changed, and says so when a known value is replaced ("Updated Step 2 CK:
  248 (was 251).") — a correction, mid-form or outside it;
- refuses impossible values with the valid range (the slot keeps its old value); inside the
  form, ``validate_profile_form`` counts the refusal as a failed answer and asks again.

New facts outside the form are confirmed by the dispatcher ``action_answer_turn`` (one line,
beside the answer); inside the form the next question is the confirmation.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ValidationAction
from rasa_sdk.types import DomainDict

from actions.forms import ANSWER_INTENTS
from actions.messages import send
from actions.slots import REQUESTED_SLOT, latest_intent, same_value, validate_fact
from bot.answers import FactChange, acknowledge_facts, rejection_message
from bot.extraction import Extraction, extract_facts
from bot.profile import ALL_FIELDS

logger = logging.getLogger(__name__)


def expected_field(tracker: Tracker) -> str | None:
    """The profile field the bot just asked for, when a form is waiting for an answer."""
    if not tracker.active_loop.get("name"):
        return None
    requested = tracker.get_slot(REQUESTED_SLOT)
    return str(requested) if requested in ALL_FIELDS else None


def message_facts(tracker: Tracker) -> Extraction:
    """The facts of the latest user message (payload entities win over the text's facts)."""
    message = tracker.latest_message or {}
    text = str(message.get("text") or "")
    payload_facts: dict[str, Any] = {}
    for entity in message.get("entities") or []:
        name = entity.get("entity")
        if name not in ALL_FIELDS:  # the profile's fields and cycle_stage
            continue
        if name in payload_facts:  # Rasa splits a list value into one entity per item
            earlier = payload_facts[name]
            earlier = earlier if isinstance(earlier, list) else [earlier]
            payload_facts[name] = [*earlier, entity.get("value")]
        else:
            payload_facts[name] = entity.get("value")
    if text.startswith("/"):
        # A button payload: its entities are the whole answer; the text is not prose.
        return Extraction(facts=payload_facts)
    extraction = turn_extraction(text, expected_field(tracker)) if text else Extraction()
    extraction.facts.update(payload_facts)
    return extraction


@lru_cache(maxsize=256)
def _extract(text: str, expected: str | None) -> Extraction:
    return extract_facts(text, expected_field=expected)


def turn_extraction(text: str, expected: str | None) -> Extraction:
    """The message's facts, extracted once per turn: the global slot action, the form's
    validation and the dispatcher all ask for the same message, and get a copy of one result
    (the extraction is deterministic)."""
    return _extract(text, expected).model_copy(deep=True)


def already_handled(events: list[Mapping[str, Any]]) -> bool:
    """True when an action already ran since the latest user message.

    Rasa runs this action again when a form activates in the same turn; the first run has
    applied the facts and said what needed saying.
    """
    for event in reversed(events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") != "action_listen":
            return True
    return False


class ExtractProfileFacts(ValidationAction):  # type: ignore[misc]
    """The global slot extraction and validation of every profile fact."""

    def name(self) -> str:
        return "action_validate_slot_mappings"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[EventType]:
        if already_handled(tracker.events):
            return []
        extraction = message_facts(tracker)
        events: list[EventType] = []
        corrections: list[FactChange] = []
        for field, raw in extraction.facts.items():
            try:
                value = validate_fact(field, raw)
            except ValueError as error:
                send(dispatcher, [rejection_message(field, str(error))])
                continue
            old = tracker.get_slot(field)
            if old is not None and same_value(old, value):
                continue
            events.append(SlotSet(field, value))
            if old is not None:
                corrections.append(FactChange(field=field, old=old, new=value))
        # A refusal answers an answer: in a question ("how many publications do I need?") the
        # extraction's rejected "many publications" is not a value the user gave.
        answering = latest_intent(tracker.latest_message) in ANSWER_INTENTS
        for rejected in extraction.rejected if answering else []:
            if rejected.field not in extraction.facts:
                send(dispatcher, [rejection_message(rejected.field, rejected.reason)])
        if corrections:
            send(dispatcher, [acknowledge_facts(corrections)])
        if events or extraction.rejected:
            logger.debug("facts %s, rejected %s", extraction.facts, extraction.rejected_fields())
        return events
