"""The form behaviour every form of this bot shares (in the spirit of financial-demo's
``custom_forms.py``): one documented base class, the concrete forms only say what to ask.

How a turn inside a form works (Rasa 3.6):

1. ``action_validate_slot_mappings`` (``actions/extraction.py``) runs first on every message: it
   extracts facts, refuses impossible values (it says so) and reports corrections.
2. Rasa's ``FormAction`` collects the slots set since the user spoke and calls
   ``validate_<form>`` (a subclass of ``GuidedFormValidationAction``). It calls it on *every*
   turn, also when nothing was extracted.
3. This class then decides, for the question that was asked (``requested_slot``):

   - answered: accept the candidates, reset ``failed_attempts``;
   - skipped ("I don't know yet", the ``/skip`` button): add it to ``skipped_fields``, move on;
   - refused or not understood (an answer-like intent without a value): count the failure in
     ``failed_attempts`` and ask again; the third failure in a row skips it and moves on, so the
     form never loops;
   - anything else (a question, "show my profile", ...): return no slot, so Rasa rejects the
     form for this turn and the rules answer the digression; the form asks again afterwards.

4. ``required_slots`` is dynamic: ``fields_to_ask`` (the subclass) minus skipped fields. Rasa's
   ``FormValidationAction.next_requested_slot`` picks the first one still unset, or ends the form.

Rasa (``FormAction.validate``) rejects a form turn when a slot was requested, nothing was
extracted this turn and ``validate_<form>`` returns no ``SlotSet`` other than ``requested_slot``:
that is how a digression reaches the rules. A failed answer always changes ``failed_attempts``
(or ``skipped_fields``), so it is never rejected. Otherwise the validation returns only changes:
slots the extraction set already are not set again, because Rasa replays every event of the
tracker for each later prediction.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.slots import (
    FAILED_ATTEMPTS,
    REQUESTED_SLOT,
    SKIPPED_FIELDS,
    failed_attempts,
    latest_intent,
    same_value,
    skipped_fields,
    validate_fact,
)

MAX_FAILED_ATTEMPTS = 3
SKIP_INTENT = "skip"
# Intents with which the user answers the question; without a value they count as a failure.
# Any other intent is a digression that the rules handle while the form waits.
ANSWER_INTENTS = frozenset({"inform", "affirm", "deny", "nlu_fallback"})


class GuidedFormValidationAction(FormValidationAction, ABC):  # type: ignore[misc]
    """Dynamic questions, skipping, bounded retries and digressions for one form."""

    @abstractmethod
    def fields_to_ask(self, tracker: Tracker) -> list[str]:
        """Every slot this form wants for the current state, in asking order."""

    @abstractmethod
    def refused_fields(self, tracker: Tracker) -> set[str]:
        """The slots whose value in the latest message was refused as impossible."""

    def user_skipped(self, tracker: Tracker) -> bool:
        """Whether the latest message declines to answer (default: the ``skip`` intent)."""
        return bool(latest_intent(tracker.latest_message) == SKIP_INTENT)

    def acknowledge_other_facts(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        """Confirm facts given instead of the answer (default: say nothing)."""

    def acknowledge_known_facts(
        self, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> list[EventType]:
        """Facts the user gave again, as already stored: say so; slot events that keep the form
        asking, with no failure counted (default: none)."""
        return []

    def answer_question(
        self, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> list[EventType]:
        """Answer a question asked beside facts the form took (Rasa does not reject the form
        then, so the rules cannot); slot events only (default: nothing)."""
        return []

    def asks_question(self, tracker: Tracker) -> bool:
        """Whether a message NLU took for an answer asks something the rules should answer
        (default: no)."""
        return False

    def move_on_text(self, field: str) -> str:
        """What the bot says when it gives up on ``field`` after too many failed answers."""
        return "Let's leave that one for now; you can tell me any time later."

    def skip_text(self, field: str) -> str | None:
        """What the bot says when the user skips ``field`` (None: nothing, just ask the next)."""
        return "No problem, we can skip that."

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        skipped = set(skipped_fields(tracker.slots))
        return [field for field in self.fields_to_ask(tracker) if field not in skipped]

    async def get_validation_events(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[EventType]:
        candidates: dict[str, Any] = tracker.slots_to_validate()
        checked = self._checked(candidates)
        # Only changes become events: the candidates are already set in the tracker, and every
        # repeated SlotSet makes each later prediction replay a longer history.
        events: list[EventType] = [
            SlotSet(field, value)
            for field, value in checked.items()
            if value is None or not same_value(candidates[field], value)
        ]
        requested = tracker.get_slot(REQUESTED_SLOT)
        if not requested:
            # Form activation: nothing was asked yet; start the retry count afresh.
            return [*events, *self._reset_failures(tracker)]
        if checked.get(requested) is not None:
            # "250, and how many programs?": the answer is taken and the question answered.
            answered = self.answer_question(dispatcher, tracker)
            return [*events, *self._reset_failures(tracker), *answered]
        if self.user_skipped(tracker):
            return [*events, *self._skip(requested, tracker, dispatcher, self.skip_text(requested))]
        if checked:
            # Other facts than the one asked: note them (and answer a question beside them);
            # the question comes again, and it is not a failed answer.
            self.acknowledge_other_facts(dispatcher, tracker)
            return [*events, *self.answer_question(dispatcher, tracker)]
        known = self.acknowledge_known_facts(dispatcher, tracker)
        if known:  # "I will need J1" with J-1 stored: asked again, not a failed answer
            return [*events, *known]
        if latest_intent(tracker.latest_message) not in ANSWER_INTENTS or self.asks_question(
            tracker
        ):
            # A digression (a question, "show my profile"): no slot at all, so Rasa rejects the
            # form this turn and the rules answer; the form asks again afterwards.
            # ("How many letters do I need?" is not a failed answer.)
            return events
        refused = requested in self.refused_fields(tracker)
        return [*events, *self._failed(requested, tracker, dispatcher, explain=not refused)]

    @staticmethod
    def _reset_failures(tracker: Tracker) -> list[EventType]:
        """Reset the retry count, unless it is already zero."""
        return [SlotSet(FAILED_ATTEMPTS, 0)] if failed_attempts(tracker.slots) else []

    @staticmethod
    def _checked(candidates: dict[str, Any]) -> dict[str, Any]:
        """Candidates re-checked, None where invalid (extraction validated them already; this
        guards button payloads and hand-made events)."""
        checked: dict[str, Any] = {}
        for field, value in candidates.items():
            if field == REQUESTED_SLOT:
                continue
            try:
                checked[field] = None if value is None else validate_fact(field, value)
            except ValueError:
                checked[field] = None
        return checked

    def _skip(
        self,
        field: str,
        tracker: Tracker,
        dispatcher: CollectingDispatcher,
        text: str | None,
    ) -> list[EventType]:
        if text:
            dispatcher.utter_message(text=text)
        skipped = skipped_fields(tracker.slots)
        if field not in skipped:
            skipped.append(field)
        return [SlotSet(SKIPPED_FIELDS, skipped), *self._reset_failures(tracker)]

    def _failed(
        self,
        field: str,
        tracker: Tracker,
        dispatcher: CollectingDispatcher,
        *,
        explain: bool,
    ) -> list[EventType]:
        failures = failed_attempts(tracker.slots) + 1
        if failures >= MAX_FAILED_ATTEMPTS:
            return self._skip(field, tracker, dispatcher, self.move_on_text(field))
        if explain:
            dispatcher.utter_message(text=self.not_understood_text(field))
        return [SlotSet(FAILED_ATTEMPTS, failures)]

    def not_understood_text(self, field: str) -> str:
        """What the bot says when an answer had no usable value (the question follows)."""
        return "Sorry, I couldn't find the answer in that. Tap a button or type just the value."
