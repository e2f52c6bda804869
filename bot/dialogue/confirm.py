"""One short confirming question for a fact the message may mean but does not say plainly
(pure; ``actions/turn.py`` sends it).

Extraction offers such facts as ``uncertain`` ("is 240 on CK good enough?": 240 may be the
writer's score, or a score they ask about). The reply asks about one of them ("Is 240 your own
Step 2 CK score?") with two buttons whose payloads carry the field: "Yes" is an ordinary
``/inform{"step2ck_score":240}`` (validated like any payload by
``action_validate_slot_mappings``), "No" is ``/inform{"unconfirmed":"step2ck_score"}`` and
stores nothing. A confirming question counts toward the facts asked before the first personal
answer.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from bot.answers.messages import MAX_PAYLOAD_BYTES, Button, Message
from bot.extraction import UncertainFact
from bot.profile import PROFILE_FIELDS

# The entity a "No" button carries: the field the user said was not theirs.
UNCONFIRMED_ENTITY = "unconfirmed"
INFORM_INTENT = "inform"
YES_TITLE = "Yes"
NO_TITLE = "No"


def yes_payload(field: str, value: Any) -> str:
    """``/inform{"field":value}``: storing the value goes through the usual validation."""
    return f"/{INFORM_INTENT}" + json.dumps({field: value}, separators=(",", ":"))


def no_payload(field: str) -> str:
    return f"/{INFORM_INTENT}" + json.dumps({UNCONFIRMED_ENTITY: field}, separators=(",", ":"))


def _fits(payload: str) -> bool:
    return len(payload.encode("utf-8")) <= MAX_PAYLOAD_BYTES


def to_confirm(
    uncertain: Sequence[UncertainFact],
    known: Mapping[str, Any],
    *,
    prefer: Sequence[str] = (),
    skipped: Collection[str] = (),
) -> UncertainFact | None:
    """The one uncertain fact worth a confirming question: its field is still unknown (a known
    value is not replaced on a guess), not skipped, and its buttons fit Telegram's limit;
    fields in ``prefer`` (the most decisive first) come first."""
    candidates = [
        item
        for item in uncertain
        if item.field in PROFILE_FIELDS
        and known.get(item.field) is None
        and item.field not in skipped
        and _fits(yes_payload(item.field, item.value))
    ]
    order = {field: rank for rank, field in enumerate(prefer)}
    candidates.sort(key=lambda item: order.get(item.field, len(order)))
    return candidates[0] if candidates else None


def confirming_message(item: UncertainFact) -> Message:
    """The question with its Yes / No buttons."""
    return Message(
        text=item.question,
        buttons=[
            Button(title=YES_TITLE, payload=yes_payload(item.field, item.value)),
            Button(title=NO_TITLE, payload=no_payload(item.field)),
        ],
    )


def unconfirmed_field(entities: Sequence[Mapping[str, Any]]) -> tuple[bool, str | None]:
    """What a "No" payload says: whether the message carries an ``unconfirmed`` entity, and
    the profile field it declines (``None`` when it names none: a forged payload)."""
    values = [e.get("value") for e in entities if e.get("entity") == UNCONFIRMED_ENTITY]
    if not values:
        return False, None
    value = values[0]
    return True, value if isinstance(value, str) and value in PROFILE_FIELDS else None


def parse_yes_payload(payload: str) -> tuple[str, Any] | None:
    """``(field, value)`` of a "Yes" payload the bot made, or ``None`` for any other payload."""
    prefix = f"/{INFORM_INTENT}"
    if not payload.startswith(prefix + "{"):
        return None
    try:
        data = json.loads(payload[len(prefix) :])
    except ValueError:
        return None
    if not isinstance(data, dict) or len(data) != 1:
        return None
    ((field, value),) = data.items()
    return (str(field), value) if field in PROFILE_FIELDS else None


def fields_asked_by(messages: Sequence[Message]) -> set[str]:
    """The profile fields the messages' own buttons already ask (``inform_button``s)."""
    parsed = (parse_yes_payload(b.payload) for m in messages for b in m.buttons)
    return {found[0] for found in parsed if found}


def fields_asked_in(bot_messages: Sequence[Mapping[str, Any]]) -> set[str]:
    """The profile fields asked by the buttons of ``bot_messages`` (one reply, as the tracker
    records it): what a typed answer to that reply may be answering."""
    payloads = (
        str(button.get("payload") or "")
        for message in bot_messages
        for button in (message.get("data") or {}).get("buttons") or []
        if isinstance(button, Mapping)
    )
    return {found[0] for found in map(parse_yes_payload, payloads) if found}


def asked_confirmation(bot_messages: Sequence[Mapping[str, Any]]) -> tuple[str, Any] | None:
    """The fact a confirming question among ``bot_messages`` (one reply's messages, as the
    tracker records them) asked about: what a typed "yes" confirms."""
    found: tuple[str, Any] | None = None
    for message in bot_messages:
        for button in (message.get("data") or {}).get("buttons") or []:
            if isinstance(button, Mapping) and button.get("title") == YES_TITLE:
                found = parse_yes_payload(str(button.get("payload") or "")) or found
    return found


def declined_reply() -> Message:
    return Message(text="OK, I won't use it. Tell me any time if you'd like to add it.")


def refused_payload_reply() -> Message:
    """A button payload the bot did not make (or no longer understands): nothing stored."""
    return Message(
        text="Sorry, I couldn't use that answer, so I haven't stored anything. "
        "You can tell me in your own words, e.g. 'my Step 2 CK is 245'."
    )
