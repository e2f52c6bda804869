"""``validate_profile_form``: which profile facts to ask for the question being answered.

The shared form behaviour (skip, retries, digressions) lives in ``actions.forms``; this class
says which fields matter for ``advice_goal`` and how to recognise a refused answer.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.extraction import message_facts
from actions.forms import GuidedFormValidationAction
from actions.messages import send
from actions.slots import (
    ADVICE_GOAL,
    FORM_FIELDS,
    REQUESTED_SLOT,
    fields_for_goal,
    parse_goal,
    same_value,
    slot_changes_this_turn,
)
from actions.turn import answer
from actions.understanding import learned_guess, understand_turn
from bot.answers import FactChange, acknowledge_facts
from bot.answers.labels import field_label
from bot.dialogue import plan_turn
from bot.dialogue.turn import answerable_topics
from bot.extraction.fields import SPECS
from bot.understanding import understand
from bot.understanding.plan import TurnKind, plan_kind

# What the dispatcher answers in the form's place (a digression, not a failed answer).
QUESTION_KINDS = frozenset(
    {
        TurnKind.ANSWER,
        TurnKind.OUT_OF_SCOPE,
        TurnKind.COMMAND,
        TurnKind.DISTRESS,
        TurnKind.SELF_HARM,
    }
)


class ValidateProfileForm(GuidedFormValidationAction):
    """Asks what is still missing for the goal: pathway-like goals need scores, letters,
    research, USCE, graduation year, visa and earlier cycles; the program list needs visa,
    regions, applicant type and Step 2 CK."""

    def name(self) -> str:
        return "validate_profile_form"

    def fields_to_ask(self, tracker: Tracker) -> list[str]:
        # The dispatcher names the (at most three) facts that would change its answer; without
        # them (an older conversation), every field of the goal.
        chosen = tracker.get_slot(FORM_FIELDS)
        if isinstance(chosen, list):
            return [str(field) for field in chosen]
        return list(fields_for_goal(parse_goal(tracker.get_slot(ADVICE_GOAL))))

    def asks_question(self, tracker: Tracker) -> bool:
        # "Should I apply integrated IR?" taken for an answer: the dispatcher answers it.
        text = str((tracker.latest_message or {}).get("text") or "")
        if not text or text.startswith("/"):
            return False
        understood = understand(text, facts=message_facts(tracker))
        return plan_kind(understood) in QUESTION_KINDS

    def refused_fields(self, tracker: Tracker) -> set[str]:
        # The same extraction the global action ran on this message; it is deterministic.
        return set(message_facts(tracker).rejected_fields())

    def user_skipped(self, tracker: Tracker) -> bool:
        return super().user_skipped(tracker) or message_facts(tracker).skipped

    def answer_question(
        self, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> list[EventType]:
        plan = plan_turn(
            understand_turn(tracker, guess=learned_guess(tracker)), answerable_topics()
        )
        if plan.kind is not TurnKind.ANSWER:
            return []
        messages, events = answer(plan, tracker, in_form=True)  # confirms the facts too
        send(dispatcher, messages)
        return [event for event in events if event.get("event") == "slot"]

    def acknowledge_other_facts(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        if self.asks_question(tracker):
            return  # answer_question confirms them beside its answer
        # Corrections were already said by action_validate_slot_mappings; new facts are not.
        added = [
            FactChange(field=field, old=None, new=new)
            for field, (old, new) in slot_changes_this_turn(tracker.events).items()
            if old is None and new is not None
        ]
        if added:
            send(dispatcher, [acknowledge_facts(added)])

    def acknowledge_known_facts(
        self, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> list[EventType]:
        if self.asks_question(tracker):
            return []  # the question is answered instead
        requested = tracker.get_slot(REQUESTED_SLOT)
        known = {
            field: value
            for field, value in message_facts(tracker).facts.items()
            if field != requested and same_value(tracker.get_slot(field), value)
        }
        if not known:
            return []
        unchanged = [FactChange(field=f, old=v, new=v) for f, v in known.items()]
        send(dispatcher, [acknowledge_facts(unchanged)])
        return [SlotSet(field, value) for field, value in known.items()]

    def move_on_text(self, field: str) -> str:
        return (
            f"Let's leave {_named(field)} for now. You can tell me any time, "
            "e.g. 'my Step 2 is 251'."
        )

    def not_understood_text(self, field: str) -> str:
        return (
            f"Sorry, I couldn't read {_named(field)} in that. Tap a button or type just the value."
        )


def _named(field: str) -> str:
    """The field as it reads inside a sentence ("your Step 2 CK score", "where you are this
    season"), not as a heading."""
    spec = SPECS.get(field)
    if spec is None:
        return field_label(field)
    label = spec.label
    return label if label.startswith(("the ", "where ", "whether ")) else f"your {label}"
