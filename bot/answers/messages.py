"""The message shapes every answer function returns, and the size rules they keep.

Actions send a ``Message`` with ``dispatcher.utter_message(text=..., buttons=[...])``; the
channels (Telegram, web widget) render buttons as tappable choices.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field, field_validator

# Telegram refuses callback data over 64 bytes, and buttons become callback data there.
MAX_PAYLOAD_BYTES = 64
# A message longer than this no longer fits a phone screen without scrolling.
MAX_MESSAGE_CHARS = 600


class Button(BaseModel):
    """A tappable choice: ``payload`` is what Rasa receives, e.g. ``/ask_programs``."""

    model_config = ConfigDict(frozen=True)

    title: str = Field(min_length=1)
    payload: str = Field(min_length=1)

    @field_validator("payload")
    @classmethod
    def _fits_telegram(cls, payload: str) -> str:
        size = len(payload.encode("utf-8"))
        if size > MAX_PAYLOAD_BYTES:
            raise ValueError(
                f"payload is {size} bytes; Telegram allows at most {MAX_PAYLOAD_BYTES}: {payload!r}"
            )
        return payload


class Message(BaseModel):
    """One chat bubble: plain text (no Markdown) and optional buttons under it."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(min_length=1)
    buttons: list[Button] = Field(default_factory=list)

    def as_utterance(self) -> dict[str, object]:
        """The keyword arguments for rasa_sdk's ``dispatcher.utter_message``."""
        return {
            "text": self.text,
            "buttons": [{"title": b.title, "payload": b.payload} for b in self.buttons],
        }


def intent_button(title: str, intent: str) -> Button:
    """A button that triggers an intent directly, e.g. ``/ask_programs``."""
    return Button(title=title, payload=f"/{intent}")


def inform_button(title: str, field: str, value: str | bool) -> Button:
    """A button that sets one profile fact through the ``inform`` intent's entity.

    Booleans stay JSON booleans (``{"clinically_active":true}``) so the slot gets a bool.
    """
    entity = json.dumps({field: value}, separators=(",", ":"))
    return Button(title=title, payload=f"/inform{entity}")


def clip(text: str, limit: int) -> str:
    """Shorten ``text`` to at most ``limit`` characters, cutting at a word and adding '…'."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-\n") + "…"


def fit_list(header: str, items: list[str], limit: int = MAX_MESSAGE_CHARS) -> str:
    """A header and one line per item in one text: long items share the room left equally.

    Unlike ``pack`` nothing moves to a second message: every item keeps its place, shortened.
    """
    lines = [header, *items] if header else list(items)
    text = "\n".join(lines)
    if len(text) <= limit or not items:
        return clip(text, limit)
    room = limit - len(header) - (1 if header else 0) - (len(items) - 1)
    share = max(20, room // len(items))
    clipped = [clip(item, share) for item in items]
    return clip("\n".join([header, *clipped] if header else clipped), limit)


def pack(
    blocks: Iterable[str],
    *,
    header: str = "",
    limit: int = MAX_MESSAGE_CHARS,
) -> list[str]:
    """Join text blocks with newlines into as few texts as fit ``limit`` each.

    The header opens the first text only; a block longer than the limit is clipped so that no
    text ever exceeds it.
    """
    texts: list[str] = []
    current = header
    for raw in blocks:
        block = raw if len(raw) <= limit else clip(raw, limit)
        candidate = f"{current}\n{block}" if current else block
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            texts.append(current)
        current = block
    if current:
        texts.append(current)
    return texts
