"""A client for Rasa's REST channel (``POST /webhooks/rest/webhook``), shared by every gateway."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError

REST_WEBHOOK_PATH = "/webhooks/rest/webhook"
REST_SESSION_PATH = "/webhooks/rest/session"


class BotButton(BaseModel):
    """A quick reply: what the user sees and what is sent back when pressed."""

    model_config = ConfigDict(extra="ignore")

    title: str
    payload: str


class BotReply(BaseModel):
    """One bot message as Rasa's REST channel returns it."""

    model_config = ConfigDict(extra="ignore")

    text: str | None = None
    buttons: list[BotButton] = Field(default_factory=list)
    image: str | None = None
    attachment: Any = None
    custom: dict[str, Any] | None = None


class RasaUnavailableError(RuntimeError):
    """Rasa could not be reached or answered with an error; the message may be retried later."""


class RasaRefusedError(RasaUnavailableError):
    """Rasa refused this message (HTTP 4xx, e.g. a sender this client may not use); the message
    says why. Sending it again will not help."""


class RasaRestClient:
    """Sends user messages to Rasa and returns its replies.

    Only connection failures are retried (with exponential backoff): once Rasa has the message,
    sending it again would make the bot see it twice.
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 30.0,
        connect_attempts: int = 3,
        backoff_seconds: float = 0.5,
        http: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """``headers`` go with every message (the Telegram gateway's proof, see
        ``bot.channels.sessions``)."""
        self._base = base_url.rstrip("/")
        self._url = self._base + REST_WEBHOOK_PATH
        self._headers = dict(headers or {})
        self._connect_attempts = max(1, connect_attempts)
        self._backoff = backoff_seconds
        self._http = http or httpx.AsyncClient(timeout=timeout)

    async def send(self, sender_id: str, message: str) -> list[BotReply]:
        """Relay ``message`` from ``sender_id`` and return the bot's replies in order."""
        body = {"sender": sender_id, "message": message}
        for attempt in range(self._connect_attempts):
            try:
                response = await self._http.post(self._url, json=body, headers=self._headers)
                break
            except (httpx.ConnectError, httpx.ConnectTimeout) as error:
                if attempt + 1 == self._connect_attempts:
                    raise RasaUnavailableError(f"Rasa is not reachable at {self._url}") from error
                await asyncio.sleep(self._backoff * 2**attempt)
            except httpx.HTTPError as error:
                raise RasaUnavailableError(f"Rasa did not answer: {error!r}") from error
        if 400 <= response.status_code < 500:
            raise RasaRefusedError(
                f"Rasa refused the message (HTTP {response.status_code}): {_reason(response)}"
            )
        if response.status_code != 200:
            raise RasaUnavailableError(f"Rasa answered HTTP {response.status_code}")
        try:
            return [BotReply.model_validate(item) for item in response.json()]
        except (ValueError, ValidationError, TypeError) as error:
            raise RasaUnavailableError(
                "Rasa answered with a body that is not a reply list"
            ) from error

    async def new_session(self, session_id: str | None = None) -> str:
        """A session id the server issued: ``session_id`` itself when it is one, else a new one."""
        try:
            response = await self._http.post(
                self._base + REST_SESSION_PATH, json={"session_id": session_id}
            )
            issued = response.json().get("session_id") if response.status_code == 200 else None
        except (httpx.HTTPError, ValueError, AttributeError) as error:
            raise RasaUnavailableError(f"Rasa did not issue a session: {error!r}") from error
        if not isinstance(issued, str):
            raise RasaUnavailableError(
                f"Rasa did not issue a session (HTTP {response.status_code})"
            )
        return issued

    async def aclose(self) -> None:
        """Close the underlying HTTP connections."""
        await self._http.aclose()


def _reason(response: httpx.Response) -> str:
    """The ``error`` our REST channel puts in a refusal, else the start of the body."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        return str(body["error"])
    return response.text[:200]
