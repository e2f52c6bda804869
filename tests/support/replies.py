"""Reading Rasa's REST replies the way a client does."""

from __future__ import annotations

import uuid
from typing import Any


def new_sender(prefix: str) -> str:
    """A conversation id no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def all_text(replies: list[dict[str, Any]]) -> str:
    return "\n".join(str(reply.get("text") or "") for reply in replies)


def buttons(replies: list[dict[str, Any]]) -> dict[str, str]:
    """Title -> payload of every button in the replies."""
    return {b["title"]: b["payload"] for reply in replies for b in reply.get("buttons") or []}
