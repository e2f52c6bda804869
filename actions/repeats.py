"""Not saying the same answer twice in a row.

"Just tell me" right after an answer, with nothing new learned, used to send that same answer
again (three to five messages), and the personal answer after the profile questions repeated
the first answer word for word when the answers changed nothing. Issue 10 item 7: never the
whole plan again; a short line points back to it instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.answers import Message
from bot.dialogue import replies

# How far back a message counts as "just said": the bot's messages since this many user turns.
RECENT_USER_TURNS = 2
# Tracker events that begin a conversation afresh: nothing before them was said to this one.
_CONVERSATION_STARTS = frozenset({"restart", "session_started"})


def recently_said(
    events: Sequence[dict[str, Any]], user_turns: int | None = RECENT_USER_TURNS
) -> set[str]:
    """The texts the bot sent since the last ``user_turns`` user messages (None: since the
    conversation started or restarted)."""
    said: set[str] = set()
    users = 0
    for event in reversed(events):
        kind = event.get("event")
        if kind in _CONVERSATION_STARTS:
            break
        if kind == "user":
            users += 1
            if user_turns is not None and users > user_turns:
                break
        elif kind == "bot" and event.get("text"):
            said.add(str(event["text"]))
    return said


def without_repeats(messages: Sequence[Message], events: Sequence[dict[str, Any]]) -> list[Message]:
    """``messages`` without those just sent, led by one line pointing back to them."""
    said = recently_said(events)
    fresh = [message for message in messages if message.text not in said]
    if len(fresh) == len(messages):
        return list(messages)
    return [replies.answer_stands(), *fresh]


def unless_unchanged(
    answer: Sequence[Message],
    sharpen: Message | None,
    events: Sequence[dict[str, Any]],
    lead: Message,
) -> list[Message]:
    """``answer`` and ``sharpen`` (the facts that would still sharpen it); or, when every part
    of ``answer`` was said in this conversation already, ``lead`` and ``sharpen`` only if it is
    new. A changed answer goes whole: leaving out its repeated parts would break a list
    ("Programs 1-10")."""
    said = recently_said(events, user_turns=None)
    tail = [sharpen] if sharpen else []
    if answer and all(message.text in said for message in answer):
        return [lead, *(message for message in tail if message.text not in said)]
    return [*answer, *tail]
