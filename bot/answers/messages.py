"""The message shapes every answer function returns, and the size rules they keep.

Actions send a ``Message`` with ``dispatcher.utter_message(text=..., buttons=[...])``; the
channels (Telegram, web widget) render buttons as tappable choices.
"""

from __future__ import annotations

import json
import re
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


# The three questions the bot is for, in the greeting's order (domain.yml ``utter_greet``):
# offered under facts given out of the blue and when the bot did not understand.
MAIN_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("Which pathway fits me?", "ask_pathway"),
    ("Programs for me", "ask_programs"),
    ("My chances", "ask_chances"),
)


def main_question_buttons() -> list[Button]:
    """Buttons for the main questions."""
    return [intent_button(title, intent) for title, intent in MAIN_QUESTIONS]


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


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def clip_sentences(text: str, limit: int) -> str:
    """Keep as many whole sentences as fit ``limit``; word-clip only a too-long first one."""
    text = text.strip()
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in _SENTENCE_END.split(text):
        candidate = f"{kept} {sentence}" if kept else sentence
        if len(candidate) > limit:
            break
        kept = candidate
    return kept or clip(text, limit)


def fit_list(header: str, items: list[str], limit: int = MAX_MESSAGE_CHARS) -> str:
    """A header and one line per item in one text, every item kept in its place.

    When the whole is too long, short items stay whole and the long ones share the room left
    equally, each cut at a sentence end where possible (a word otherwise).
    """
    lines = [header, *items] if header else list(items)
    text = "\n".join(lines)
    if len(text) <= limit or not items:
        return clip(text, limit)
    room = limit - (len(header) + 1 if header else 0) - (len(items) - 1)
    shares: dict[int, int] = {}
    pending = list(range(len(items)))
    # Water-filling: items shorter than an equal share keep their length; the rest split
    # what remains.
    while pending:
        share = room // len(pending)
        short = [i for i in pending if len(items[i]) <= share]
        if not short:
            for i in pending:
                shares[i] = max(20, share)
            break
        for i in short:
            shares[i] = len(items[i])
            room -= len(items[i])
            pending.remove(i)
    clipped = [clip_sentences(item, shares[i]) for i, item in enumerate(items)]
    # Sentence cuts leave room unused: hand it to the items still cut, a few rounds at most.
    for _ in range(3):
        used = sum(len(item) for item in clipped) + (len(header) + 1 if header else 0)
        spare = limit - used - (len(items) - 1)
        cut = [i for i, item in enumerate(items) if clipped[i] != item]
        if spare < 10 or not cut:
            break
        for i in cut:
            shares[i] = len(clipped[i]) + spare // len(cut)
            clipped[i] = clip_sentences(items[i], shares[i])
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
