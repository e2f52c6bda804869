"""While the action server is down, say "back in a moment" instead of answering wrongly.

Without its action server Rasa still answers, but badly: the custom action fails, and the
policies go on to a fallback ("I'm not sure how to help with that") for a message that was fine.
So before a message reaches Rasa, the channels (``rest_input.py``, ``web/rasa_socketio.py``) check
that the action server accepts connections; when it does not, the message is not processed (the
applicant is asked to send it again: nothing stored changes) and the reply is a kind apology. A
turn that still produced no reply gets the same apology. The supervisor restarts the action
server; the check is a TCP connect, at most one every ``RECHECK_SECONDS`` while it is up.

Standard library only, like ``bot.channels.sessions``: it runs inside Rasa. ``advisor run`` sets
``ADVISOR_ACTIONS_ADDRESS`` (``host:port`` of the action endpoint); unset, the check is skipped.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Mapping
from typing import Any

ACTIONS_ADDRESS_ENV = "ADVISOR_ACTIONS_ADDRESS"
RECHECK_SECONDS = 2.0
CONNECT_TIMEOUT_SECONDS = 0.5
BACK_IN_A_MOMENT = (
    "Sorry, part of me is restarting and I could not read that just now. Please send it again "
    "in a minute; what you told me before is still saved."
)


class ActionServerCheck:
    """Whether the action server at ``host:port`` accepts connections (cached while it does)."""

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self._up_until = 0.0

    async def available(self) -> bool:
        if time.monotonic() < self._up_until:
            return True
        try:
            _, writer = await asyncio.wait_for(
                asyncio.open_connection(self.host, self.port), CONNECT_TIMEOUT_SECONDS
            )
        except (OSError, asyncio.TimeoutError):
            return False
        writer.close()
        self._up_until = time.monotonic() + RECHECK_SECONDS
        return True


def check_from_environment(environ: Mapping[str, str] | None = None) -> ActionServerCheck | None:
    """The check for ``ADVISOR_ACTIONS_ADDRESS``; None when it is unset or malformed."""
    address = (os.environ if environ is None else environ).get(ACTIONS_ADDRESS_ENV, "")
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        return None
    return ActionServerCheck(host.strip("[]"), int(port))


def apology(recipient_id: str) -> dict[str, Any]:
    return {"recipient_id": recipient_id, "text": BACK_IN_A_MOMENT}


def replies_or_apology(messages: list[dict[str, Any]], recipient_id: str) -> list[dict[str, Any]]:
    """The turn's replies, or the apology when there were none."""
    return messages if messages else [apology(recipient_id)]
