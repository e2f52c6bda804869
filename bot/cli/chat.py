"""``advisor chat``: a terminal conversation with the running bot over Rasa's REST channel.

Buttons are shown as numbered choices; typing the number sends the button's payload (what a tap
would send). ``/quit`` or end of input (Ctrl-D) ends the session; the conversation itself stays
in the tracker store, so ``--sender`` with the same id continues it later.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from bot.cli.base import SubParsers, UsageError
from bot.cli.terminal import Styler

if TYPE_CHECKING:
    from bot.channels.rasa_rest import BotReply

QUIT_COMMANDS = frozenset({"/quit", "/exit"})


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "chat",
        help="talk to the running bot in the terminal (REST channel)",
        description=(
            "Talk to the running bot (start it with `make run`). Buttons appear as numbered "
            "choices: type the number to pick one. /quit or Ctrl-D ends the session."
        ),
    )
    parser.add_argument(
        "--url",
        default=None,
        help="the Rasa server's base URL (default: http://BIND_HOST:RASA_PORT from settings)",
    )
    parser.add_argument(
        "--sender",
        default=None,
        help=(
            "conversation id; reuse the one printed at the start to continue a conversation "
            "(default: a new session issued by the server)"
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    url = args.url
    if url is None:
        from bot.runner import settings_rasa_url
        from bot.settings import get_settings

        url = settings_rasa_url(get_settings())
    if not str(url).startswith(("http://", "https://")):
        raise UsageError(f"--url: got {url!r}; allowed: an http:// or https:// URL")
    sender = args.sender
    if sender is not None and not sender.strip():
        raise UsageError("--sender: got an empty id; allowed: any non-empty text")
    return asyncio.run(chat(url, sender, sys.stdin, sys.stdout))


class ChatSession:
    """Turns typed lines into messages for Rasa, replacing a choice number by its payload."""

    def __init__(self) -> None:
        self.choices: list[str] = []

    def message_for(self, line: str) -> str:
        """The text to send for a typed line (a listed number becomes that button's payload)."""
        text = line.strip()
        if text.isdigit() and 1 <= int(text) <= len(self.choices):
            return self.choices[int(text) - 1]
        return text

    def render(self, replies: Sequence[BotReply], style: Styler) -> str:
        """The replies as terminal text; their buttons become the numbered choices."""
        lines: list[str] = []
        self.choices = []
        for reply in replies:
            if reply.text:
                first, *rest = reply.text.splitlines() or [""]
                lines.append(style("bot> ", "cyan", "bold") + first)
                lines.extend("     " + line for line in rest)
            if reply.image:
                lines.append(f"     [image] {reply.image}")
            chart = (reply.custom or {}).get("data")
            if isinstance(chart, dict) and isinstance(chart.get("alt"), str):
                # A chart (actions/chart.py): the terminal shows its words.
                lines.append(f"     [chart] {chart['alt']}")
            for button in reply.buttons:
                self.choices.append(button.payload)
                lines.append(style(f"  {len(self.choices)}. ", "yellow") + button.title)
        if not replies:
            lines.append(style("bot> (no reply)", "dim"))
        return "\n".join(lines) + "\n"


async def chat(url: str, sender: str | None, stdin: TextIO, stdout: TextIO) -> int:
    """The read-send-print loop; returns the exit status (1 when Rasa cannot be reached)."""
    from bot.channels.rasa_rest import RasaRefusedError, RasaRestClient, RasaUnavailableError

    style = Styler.for_stream(stdout)
    interactive = bool(getattr(stdin, "isatty", lambda: False)())
    session = ChatSession()
    client = RasaRestClient(url, timeout=60.0)
    try:
        if sender is None:
            try:
                sender = await client.new_session()
            except RasaUnavailableError as error:
                print(f"advisor chat: error: {error} (is `make run` running?)", file=sys.stderr)
                return 1
        stdout.write(
            style(
                f"Chatting with {url} as {sender!r} (--sender continues it). /quit ends.\n", "dim"
            )
        )
        while True:
            if interactive:
                stdout.write(style("you> ", "green", "bold"))
                stdout.flush()
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
            if line.strip() in QUIT_COMMANDS:
                break
            message = session.message_for(line)
            if not message:
                continue
            try:
                replies = await client.send(sender, message)
            except RasaRefusedError as error:
                print(f"advisor chat: error: {error}", file=sys.stderr)
                return 2
            except RasaUnavailableError as error:
                stdout.flush()
                print(f"advisor chat: error: {error} (is `make run` running?)", file=sys.stderr)
                return 1
            stdout.write(session.render(replies, style))
            stdout.flush()
    finally:
        await client.aclose()
    return 0
