"""Rasa's ``/model/parse`` for the question clauses the keyword model cannot place (issue 10).

A long message ("... need J1. Will PDs see the fail?") reaches the dispatcher with one NLU
intent for the whole text, usually ``inform``. Its question clause, parsed on its own, often
has a clear intent. The action server asks the Rasa server(s) it serves; a failure of any kind
(no server, timeout, bad reply) leaves the clause unplaced and is logged without the text.

Measured with ``bench/understanding_eval.py`` (docs/dialogue.md, "3 December"): thresholds 0.5
to 0.85 gave the same held-out figures; 0.7 sits in the middle.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import httpx

from bot.runner import local_host
from bot.runtime.topology import is_scaled, rasa_ports
from bot.settings import Settings

logger = logging.getLogger(__name__)

CLAUSE_MIN_CONFIDENCE = 0.7
# A clause parse must not hold the reply up: Rasa answers /model/parse in ~10-30 ms.
PARSE_TIMEOUT_SECONDS = 2.0
MAX_CLAUSES = 4  # a message of 4,096 characters may hold many; the first few matter


class ClauseIntents(Protocol):
    """Question clauses -> the answer topic (an ``ask_*`` intent) each clearly asks."""

    async def __call__(self, clauses: Sequence[str]) -> dict[str, str]: ...


class NoClauseIntents:
    """Clause parsing switched off (``CLAUSE_NLU=false``; the action unit tests)."""

    async def __call__(self, clauses: Sequence[str]) -> dict[str, str]:
        return {}


@dataclass(frozen=True)
class RasaClauseIntents:
    """Parses each clause on one of the Rasa servers at ``urls`` (another on a failure)."""

    urls: tuple[str, ...]
    token: str | None = None

    async def __call__(self, clauses: Sequence[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(c for c in clauses if c.strip()))[:MAX_CLAUSES]
        if not wanted:
            return {}
        async with httpx.AsyncClient(timeout=PARSE_TIMEOUT_SECONDS) as client:
            topics = await asyncio.gather(*(self._topic(client, clause) for clause in wanted))
        return {clause: topic for clause, topic in zip(wanted, topics, strict=True) if topic}

    async def _topic(self, client: httpx.AsyncClient, clause: str) -> str | None:
        params = {"token": self.token} if self.token else {}
        for url in random.sample(self.urls, len(self.urls)):  # spread over the instances
            try:
                response = await client.post(
                    f"{url}/model/parse", params=params, json={"text": clause}
                )
                response.raise_for_status()
                intent = response.json().get("intent") or {}
                name = str(intent.get("name") or "")
                confidence = float(intent.get("confidence") or 0.0)
            except (httpx.HTTPError, ValueError, TypeError, AttributeError) as error:
                logger.warning("clause parse at %s failed: %s", url, type(error).__name__)
                continue
            return name if name.startswith("ask_") and confidence >= CLAUSE_MIN_CONFIDENCE else None
        return None


def clause_intents_for(settings: Settings) -> ClauseIntents:
    """The Rasa servers this action server serves: the instances' loopback ports when scaled
    (the balancer does not proxy Rasa's HTTP API), else ``BIND_HOST:RASA_PORT``."""
    if not settings.clause_nlu:
        return NoClauseIntents()
    if is_scaled(settings):
        urls = tuple(f"http://127.0.0.1:{port}" for port in rasa_ports(settings))
    else:
        urls = (f"http://{local_host(settings.bind_host)}:{settings.rasa_port}",)
    return RasaClauseIntents(urls=urls, token=settings.rasa_auth_token)
