"""Turn Rasa's REST replies into Telegram messages: HTML-escaped text chunks, buttons, images.

Text is sent with ``parse_mode=HTML``: every ``&``, ``<`` and ``>`` of the bot's text is escaped,
so nothing the bot (or a user echoed by the bot) writes can be taken as markup. The only markup
we produce ourselves is a link, from Markdown-style ``[title](https://...)``; bare URLs stay text
(Telegram links them itself).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from bot.channels.rasa_rest import BotButton, BotReply

# Telegram's limit is 4096 characters after entity parsing; we measure the HTML we send, in
# UTF-16 code units (how Telegram counts), which is never less than what Telegram counts.
MESSAGE_LIMIT = 4096
BUTTONS_ONLY_TEXT = "Please choose:"

_MARKDOWN_LINK = r"\[[^\]\n]+\]\(https?://[^\s)]+\)"
_LINK_RE = re.compile(r"\[(?P<title>[^\]\n]+)\]\((?P<url>https?://[^\s)]+)\)")
# Words for splitting: a whole Markdown link, a run of whitespace, a word, or a lone "[".
_TOKEN_RE = re.compile(rf"{_MARKDOWN_LINK}|\s+|[^\s\[]+|\[")


@dataclass(frozen=True)
class TextMessage:
    """One Telegram text message: its HTML, its plain text, and its buttons (maybe none)."""

    html: str
    text: str
    buttons: list[BotButton] = field(default_factory=list)


@dataclass(frozen=True)
class ImageMessage:
    """One Telegram photo, sent by URL."""

    url: str


@dataclass(frozen=True)
class ChartPhoto:
    """A chart (actions/chart.py) by its token: the gateway uploads its bytes with the caption."""

    token: str
    caption: str


OutgoingMessage = TextMessage | ImageMessage | ChartPhoto
CAPTION_LIMIT = 1024


def chart_photo(custom: Any) -> ChartPhoto | None:
    """The chart in a reply's custom data (``{"data": {"chart", "alt", ...}}``), if any."""
    data = custom.get("data", custom) if isinstance(custom, dict) else None
    if not isinstance(data, dict):
        return None
    token, alt = data.get("chart"), data.get("alt")
    if not isinstance(token, str) or not isinstance(alt, str):
        return None
    return ChartPhoto(token=token, caption=_caption(alt))


def _caption(text: str) -> str:
    """``text`` within Telegram's caption limit: whole sentences, the cut marked with "…"."""
    if utf16_length(text) <= CAPTION_LIMIT:
        return text
    sentences = text.split(". ")
    while len(sentences) > 1:
        sentences.pop()
        shorter = ". ".join(sentences) + ". …"
        if utf16_length(shorter) <= CAPTION_LIMIT:
            return shorter
    while utf16_length(text + " …") > CAPTION_LIMIT:
        text = text[:-1]
    return text + " …"


def utf16_length(text: str) -> int:
    """Length of ``text`` as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def to_telegram_html(text: str) -> str:
    """Escape ``text`` for Telegram's HTML parse mode, turning ``[title](url)`` into links."""
    parts: list[str] = []
    position = 0
    for match in _LINK_RE.finditer(text):
        parts.append(html.escape(text[position : match.start()], quote=False))
        url = html.escape(match["url"], quote=True)
        parts.append(f'<a href="{url}">{html.escape(match["title"], quote=False)}</a>')
        position = match.end()
    parts.append(html.escape(text[position:], quote=False))
    return "".join(parts)


def _rendered_length(piece: str) -> int:
    return utf16_length(to_telegram_html(piece))


def _hard_split(token: str, limit: int) -> Iterator[str]:
    """Split one over-long word by characters (escaping never spans characters)."""
    piece = ""
    for char in token:
        if piece and _rendered_length(piece + char) > limit:
            yield piece
            piece = ""
        piece += char
    if piece:
        yield piece


def _units(text: str, limit: int) -> Iterator[str]:
    """Lines (with their newline) that fit, else the words of a line, else pieces of a word."""
    for line in text.splitlines(keepends=True):
        if _rendered_length(line) <= limit:
            yield line
            continue
        for token in _TOKEN_RE.findall(line):
            if _rendered_length(token) <= limit:
                yield token
            else:
                yield from _hard_split(token, limit)


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split ``text`` into pieces whose rendered HTML fits ``limit``, at line or word boundaries.

    Each piece is measured as rendered on its own, so a piece never ends inside a link or an
    escape. Blank pieces are dropped.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    chunks: list[str] = []
    current = ""
    for unit in _units(text, limit):
        if current and _rendered_length((current + unit).strip()) > limit:
            chunks.append(current)
            current = ""
        if not current and not unit.strip():
            continue  # no chunk starts with whitespace
        current += unit
    chunks.append(current)
    return [chunk.strip() for chunk in chunks if chunk.strip()]


def render_reply(reply: BotReply, limit: int = MESSAGE_LIMIT) -> list[OutgoingMessage]:
    """The Telegram messages for one Rasa reply; buttons go on its last text message."""
    messages: list[OutgoingMessage] = []
    chart = chart_photo(reply.custom)
    if chart is not None:
        messages.append(chart)
    # Only web URLs: PTB would upload a local file whose path it was given as a photo.
    if reply.image and reply.image.startswith(("https://", "http://")):
        messages.append(ImageMessage(url=reply.image))
    chunks = split_text(reply.text or "", limit)
    if not chunks and reply.buttons:
        chunks = [BUTTONS_ONLY_TEXT]
    for index, chunk in enumerate(chunks):
        is_last = index == len(chunks) - 1
        buttons = list(reply.buttons) if is_last else []
        messages.append(TextMessage(html=to_telegram_html(chunk), text=chunk, buttons=buttons))
    return messages


def render_replies(replies: Iterable[BotReply]) -> list[OutgoingMessage]:
    """All Telegram messages for Rasa's replies, in order."""
    return [message for reply in replies for message in render_reply(reply)]
