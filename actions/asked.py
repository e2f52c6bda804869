"""The question a topic button stands for: its filters come with it.

A message that asks about programs beside its main question ("... and which programs in Texas
sponsor H1B?") gets a "Programs that fit you" button (``/ask_programs``). The payload names only
the topic (Telegram allows 64 bytes); the filters are in the message that got the button. When
the button is tapped, the program list reads the program question of that message.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.understanding import understand


def _offers(event: Mapping[str, Any], payload: str) -> bool:
    buttons = (event.get("data") or {}).get("buttons") or []
    return any(isinstance(b, Mapping) and b.get("payload") == payload for b in buttons)


def button_question(events: Sequence[Mapping[str, Any]], intent: str) -> str:
    """The clauses placed on ``intent`` in the message whose reply offered ``/intent`` (the
    latest such reply before this message), or "" (no such message, or it asked nothing on
    that topic: a main-question button under facts)."""
    payload = f"/{intent}"
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if not users:
        return ""
    for index in range(users[-1] - 1, -1, -1):
        if events[index].get("event") == "bot" and _offers(events[index], payload):
            earlier = [i for i in users if i < index]
            if not earlier:
                return ""
            text = str(events[earlier[-1]].get("text") or "")
            if text.startswith("/"):
                return ""
            asked = [q.text for q in understand(text).questions if q.topic == intent]
            return " ".join(asked)
    return ""
