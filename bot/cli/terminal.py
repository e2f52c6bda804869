"""Plain terminal output helpers: headings, bullets, colour only when the stream is a TTY."""

from __future__ import annotations

import os
import textwrap
from typing import TextIO

_CODES = {"bold": "1", "dim": "2", "green": "32", "yellow": "33", "red": "31", "cyan": "36"}


class Styler:
    """Wraps text in ANSI colour codes when enabled (a TTY and ``NO_COLOR`` unset)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    @classmethod
    def for_stream(cls, stream: TextIO) -> Styler:
        isatty = getattr(stream, "isatty", None)
        tty = bool(isatty and isatty())
        return cls(tty and "NO_COLOR" not in os.environ)

    def __call__(self, text: str, *styles: str) -> str:
        if not self.enabled or not styles:
            return text
        codes = ";".join(_CODES[style] for style in styles)
        return f"\033[{codes}m{text}\033[0m"


def bullet(text: str, *, indent: int = 2, width: int = 92, mark: str = "-") -> str:
    """A wrapped bullet line; continuation lines align under the text."""
    prefix = " " * indent + mark + " "
    return textwrap.fill(
        text, width=width, initial_indent=prefix, subsequent_indent=" " * len(prefix)
    )
