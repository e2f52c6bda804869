"""While the action server is down or hung, say "back in a moment" instead of answering wrongly.

Without its action server Rasa still answers, but badly: the custom action fails (refused, an
error status, or no answer at all from a hung or stopped process), and the policies go on to a
fallback ("I'm not sure how to help with that") or send nothing, for a message that was fine.
The channels (``rest_input.py``, ``web/rasa_socketio.py``; the Telegram gateway relays through the
REST channel) use this module three ways:

1. Before a message reaches Rasa: the action server must have answered a custom action call in
   the last ``ANSWERED_RECENTLY_SECONDS``, or answer ``GET /health`` within
   ``PROBE_TIMEOUT_SECONDS``. A refused connection fails at once; a stopped (SIGSTOP) or hung
   process still accepts connections (the kernel does), so only an HTTP answer counts. When it
   fails, the message is not processed (nothing stored changes) and the reply is the apology. A
   good answer is trusted for ``RECHECK_SECONDS``, a failure for ``DOWN_RECHECK_SECONDS``;
   concurrent messages share one probe. (The recent answers matter under load: Rasa's event
   loop, busy with other messages' NLU, can make a probe miss its timeout while the action
   server is fine; a bench of 10,000 Telegram updates showed 33 such false apologies.)
2. During the turn: ``install_action_failure_marking`` makes every custom action call give up
   after ``ACTION_TIMEOUT_SECONDS`` (Rasa waits 5 minutes), or as soon as it has waited
   ``ANSWERED_RECENTLY_SECONDS`` with no other call answered meanwhile and a failing health
   probe (``_watched``), and mark the turn's output channel when the call fails; what the bot
   would send after that (a fallback) is replaced by the apology (``turn_replies``).
3. After the turn: a turn that sent nothing gets the apology when the action server fails the
   probe now, else a plain "could not answer that just now" (a silent turn with a healthy action
   server is something else: e.g. an action that could not reach the database mid-restart).

Standard library only, like ``bot.channels.sessions`` (Rasa is imported only inside
``install_action_failure_marking``): it runs inside Rasa. ``advisor run`` sets
``ADVISOR_ACTIONS_ADDRESS`` (``host:port`` of the action endpoint); unset, there is no probe.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Mapping
from typing import Any

ACTIONS_ADDRESS_ENV = "ADVISOR_ACTIONS_ADDRESS"
HEALTH_PATH = "/health"
RECHECK_SECONDS = 2.0
DOWN_RECHECK_SECONDS = 1.0
PROBE_TIMEOUT_SECONDS = 3.0
ANSWERED_RECENTLY_SECONDS = 5.0
# Rasa's own limit is 5 minutes; an action that takes this long is hung, not slow.
ACTION_TIMEOUT_SECONDS = 40.0
FAILED_MARK = "advisor_action_failed"
BACK_IN_A_MOMENT = (
    "Sorry, part of me is restarting and I could not read that just now. Please send it again "
    "in a minute; what you told me before is still saved."
)
NO_ANSWER = "Sorry, I could not answer that just now. Please send it again in a minute."


class ActionAnswers:
    """When the action server last answered a custom action call in this process."""

    last = float("-inf")

    @classmethod
    def note(cls) -> None:
        cls.last = time.monotonic()

    @classmethod
    def recent(cls) -> bool:
        return time.monotonic() - cls.last < ANSWERED_RECENTLY_SECONDS


class ActionServerCheck:
    """Whether the action server at ``host:port`` answers ``GET /health`` (results cached)."""

    def __init__(self, host: str, port: int, timeout: float = PROBE_TIMEOUT_SECONDS) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout
        self._result = False
        self._until = 0.0
        self._probe: asyncio.Task[bool] | None = None

    async def available(self) -> bool:
        if ActionAnswers.recent():
            return True
        if time.monotonic() < self._until:
            return self._result
        if self._probe is None or self._probe.done():
            self._probe = asyncio.ensure_future(self._probe_once())
        return await asyncio.shield(self._probe)

    async def _probe_once(self) -> bool:
        up = await self._answers_health()
        self._result = up
        self._until = time.monotonic() + (RECHECK_SECONDS if up else DOWN_RECHECK_SECONDS)
        return up

    async def _answers_health(self) -> bool:
        writer = None
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(self.host, self.port), self.timeout
            )
            request = f"GET {HEALTH_PATH} HTTP/1.0\r\nHost: {self.host}\r\n\r\n"
            writer.write(request.encode("ascii"))
            status = await asyncio.wait_for(reader.readline(), self.timeout)
        except (OSError, asyncio.TimeoutError, ValueError):
            return False
        finally:
            if writer is not None:
                writer.close()
        parts = status.split()
        return len(parts) >= 2 and parts[0].startswith(b"HTTP/") and parts[1] == b"200"


def check_from_environment(environ: Mapping[str, str] | None = None) -> ActionServerCheck | None:
    """The check for ``ADVISOR_ACTIONS_ADDRESS``; None when it is unset or malformed."""
    address = (os.environ if environ is None else environ).get(ACTIONS_ADDRESS_ENV, "")
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        return None
    return ActionServerCheck(host.strip("[]"), int(port))


def apology(recipient_id: str) -> dict[str, Any]:
    return {"recipient_id": recipient_id, "text": BACK_IN_A_MOMENT}


async def silent_turn_reply(check: ActionServerCheck | None) -> str:
    """What to say after a turn that sent nothing and saw no failed action call."""
    down = check is not None and not await check.available()
    return BACK_IN_A_MOMENT if down else NO_ANSWER


async def turn_replies(
    messages: list[dict[str, Any]],
    failed_at: int | None,
    check: ActionServerCheck | None,
    recipient_id: str,
) -> list[dict[str, Any]]:
    """A turn's replies as the user gets them: cut at a failed action call (what followed was a
    fallback) and ended by the apology; a silent turn gets ``silent_turn_reply``."""
    if failed_at is not None:
        return [*messages[:failed_at], apology(recipient_id)]
    if messages:
        return messages
    return [{"recipient_id": recipient_id, "text": await silent_turn_reply(check)}]


async def _watched(call: Awaitable[Any], check: ActionServerCheck | None) -> Any:
    """``call``'s result; given up (``asyncio.TimeoutError``) after ``ACTION_TIMEOUT_SECONDS``,
    or sooner when it has waited ``ANSWERED_RECENTLY_SECONDS`` while no other call was answered
    and the action server fails the health probe (stopped or hung: no use waiting longer)."""
    task = asyncio.ensure_future(call)
    deadline = time.monotonic() + ACTION_TIMEOUT_SECONDS
    while True:
        done, _ = await asyncio.wait({task}, timeout=ANSWERED_RECENTLY_SECONDS)
        if done:
            return task.result()
        silent = not ActionAnswers.recent() and check is not None and not await check.available()
        if task.done():
            return task.result()
        if silent or time.monotonic() >= deadline:
            task.cancel()
            raise asyncio.TimeoutError("the action server did not answer")


def install_action_failure_marking() -> None:
    """Bound Rasa's custom action calls, tell the turn's output channel when one fails, and note
    when one is answered (``ActionAnswers``).

    The output channel is told by calling its ``mark_action_failed()`` when it has one (our
    channels' collectors do). A rejection (a form's "not this slot") is not a failure.
    Idempotent; runs inside Rasa.
    """
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction

    if getattr(RemoteAction, "_advisor_failure_marking", False):
        return
    original = RemoteAction.run

    check = check_from_environment()

    async def run(self: Any, output_channel: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            result = await _watched(original(self, output_channel, *args, **kwargs), check)
        except ActionExecutionRejection:
            ActionAnswers.note()  # the server answered: "not this one"
            raise
        except Exception:
            mark = getattr(output_channel, "mark_action_failed", None)
            if callable(mark):
                mark()
            raise
        ActionAnswers.note()
        return result

    RemoteAction.run = run
    RemoteAction._advisor_failure_marking = True
