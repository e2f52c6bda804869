"""Not saying the same answer twice in a row.

"Just tell me" right after an answer, with nothing new learned, used to send that same answer
again (three to five messages). Issue 10 item 7: never the whole plan again; a short line
points back to it instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.answers import Message
from bot.dialogue import replies

# How far back a message counts as "just said": the bot's messages since this many user turns.
RECENT_USER_TURNS = 2


def recently_said(events: Sequence[dict[str, Any]]) -> set[str]:
    """The texts the bot sent since the last ``RECENT_USER_TURNS`` user messages."""
    said: set[str] = set()
    users = 0
    for event in reversed(events):
        if event.get("event") == "user":
            users += 1
            if users > RECENT_USER_TURNS:
                break
        elif event.get("event") == "bot" and event.get("text"):
            said.add(str(event["text"]))
    return said


def without_repeats(messages: Sequence[Message], events: Sequence[dict[str, Any]]) -> list[Message]:
    """``messages`` without those just sent, led by one line pointing back to them."""
    said = recently_said(events)
    fresh = [message for message in messages if message.text not in said]
    if len(fresh) == len(messages):
        return list(messages)
    return [replies.answer_stands(), *fresh]
