"""The dispatcher's confirming questions: asking one, and what a "Yes" / "No" tap does.

A fact the message may mean but does not say plainly (extraction's ``uncertain``) gets one short
question with Yes / No buttons (``bot.dialogue.confirm``). "Yes" is an ordinary ``/inform``
payload: ``action_validate_slot_mappings`` validates and stores it (a forged value is refused
with its valid range); "No" stores nothing. When the question was asked before the profile
form's questions, the form starts once the user has answered it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rasa_sdk import Tracker

from actions.slots import (
    ADVICE_GOAL,
    FORM_FIELDS,
    latest_intent,
    skipped_fields,
    slot_changes_this_turn,
    turn_events,
)
from bot.answers import Message
from bot.dialogue.confirm import (
    INFORM_INTENT,
    confirming_message,
    declined_reply,
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
    """Whether this message answers a confirming question asked before the goal's facts
    ("Yes" stored its value, or "No"): then the profile form asks them now."""
    if in_form or not is_inform_payload(tracker) or not pending_form_fields(tracker):
        return False
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
    said = any(e.get("event") == "bot" for e in turn_events(tracker.events))
    known = [e for e in entities if tracker.get_slot(str(e.get("entity"))) is not None]
    if stored or known:
        return None  # stored: the dispatcher says "Got it" (or "I already had that")
    if said:
        return []  # refused already, with the valid range
    return [refused_payload_reply()]


__all__ = [
    "confirmation",
    "is_inform_payload",
    "payload_reply",
    "pending_form_fields",
    "resumes_form",
]
