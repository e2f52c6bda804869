"""The dispatcher's confirming questions: asking one, and what a "Yes" / "No" tap does.

A fact the message may mean but does not say plainly (extraction's ``uncertain``) gets one short
question with Yes / No buttons (``bot.dialogue.confirm``). "Yes" is an ordinary ``/inform``
payload: ``action_validate_slot_mappings`` validates and stores it (a forged value is refused
with its valid range); "No" stores nothing. When the question (or a question of the answer
itself, with its own buttons) was asked before the profile form's questions, the form starts
once the user has answered it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.slots import (
    ADVICE_GOAL,
    FORM_FIELDS,
    latest_intent,
    said_this_turn,
    skipped_fields,
    slot_changes_this_turn,
    validate_fact,
)
from bot.answers import FactChange, Message, acknowledge_facts
from bot.dialogue.confirm import (
    INFORM_INTENT,
    asked_confirmation,
    confirming_message,
    declined_reply,
    fields_asked_in,
    refused_payload_reply,
    to_confirm,
    unconfirmed_field,
)
from bot.extraction import UncertainFact


def confirmation(
    tracker: Tracker, uncertain: Sequence[UncertainFact], prefer: Sequence[str] = ()
) -> tuple[Message | None, str | None]:
    """The confirming question for this turn (at most one) and the field it asks about."""
    item = to_confirm(
        uncertain, tracker.slots, prefer=prefer, skipped=skipped_fields(tracker.slots)
    )
    return (confirming_message(item), item.field) if item else (None, None)


def pending_form_fields(tracker: Tracker) -> list[str]:
    """Fields the dispatcher chose to ask for a goal that are still unknown and not skipped."""
    if not tracker.get_slot(ADVICE_GOAL):
        return []
    chosen = tracker.get_slot(FORM_FIELDS)
    skipped = set(skipped_fields(tracker.slots))
    return [
        str(field)
        for field in (chosen if isinstance(chosen, list) else [])
        if tracker.get_slot(str(field)) is None and field not in skipped
    ]


def is_inform_payload(tracker: Tracker) -> bool:
    message = tracker.latest_message or {}
    text = str(message.get("text") or "")
    return text.startswith("/") and latest_intent(message) == INFORM_INTENT


def resumes_form(tracker: Tracker, in_form: bool) -> bool:
    """Whether this message answers a question asked before the goal's facts (a confirming
    question: "Yes" stored its value, or "No"; or the answer's own question, "Which group are
    you in?", by a button or typed): then the profile form asks them now."""
    if in_form or not pending_form_fields(tracker):
        return False
    if not is_inform_payload(tracker):  # typed: "im a non-US IMG, ck 243"
        changed = slot_changes_this_turn(tracker.events)
        return bool(fields_asked_in(last_reply(tracker.events)) & set(changed))
    entities: list[dict[str, Any]] = list((tracker.latest_message or {}).get("entities") or [])
    if unconfirmed_field(entities)[1]:
        return True
    return bool(slot_changes_this_turn(tracker.events)) or any(
        tracker.get_slot(str(e.get("entity"))) is not None for e in entities
    )


def payload_reply(tracker: Tracker) -> list[Message] | None:
    """The reply to an ``/inform`` button that stored nothing: "No" to a confirming question,
    or a payload the bot cannot use (refused clearly). ``None``: let the dispatcher answer."""
    if not is_inform_payload(tracker):
        return None
    entities: list[dict[str, Any]] = list((tracker.latest_message or {}).get("entities") or [])
    carried, declined = unconfirmed_field(entities)
    if carried:
        return [declined_reply() if declined else refused_payload_reply()]
    stored = slot_changes_this_turn(tracker.events)
    said = said_this_turn(tracker.events)
    known = [e for e in entities if tracker.get_slot(str(e.get("entity"))) is not None]
    if stored or known:
        return None  # stored: the dispatcher says "Got it" (or "I already had that")
    if said:
        return []  # refused already, with the valid range
    return [refused_payload_reply()]


AFFIRM_INTENT = "affirm"
DENY_INTENT = "deny"


def last_reply(events: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The bot messages between the previous user message and the latest one."""
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2:
        return []
    return [e for e in events[users[-2] + 1 : users[-1]] if e.get("event") == "bot"]


def typed_answer(
    tracker: Tracker, in_form: bool
) -> tuple[list[Message], list[EventType], bool] | None:
    """A typed "yes" / "no" right after a confirming question: store the fact (validated like
    a payload) or nothing; and whether the goal's facts left to ask come next. ``None``: not
    such an answer."""
    intent = latest_intent(tracker.latest_message)
    if in_form or intent not in (AFFIRM_INTENT, DENY_INTENT):
        return None
    asked = asked_confirmation(last_reply(tracker.events))
    if asked is None:
        return None
    field, raw = asked
    events: list[EventType] = []
    if intent == DENY_INTENT:
        messages = [declined_reply()]
    else:
        try:
            value = validate_fact(field, raw)
        except ValueError:
            return [refused_payload_reply()], [], False
        events.append(SlotSet(field, value))
        messages = [acknowledge_facts([FactChange(field=field, old=None, new=value)])]
    return messages, events, bool([f for f in pending_form_fields(tracker) if f != field])


__all__ = [
    "confirmation",
    "is_inform_payload",
    "payload_reply",
    "pending_form_fields",
    "resumes_form",
    "typed_answer",
]
