"""Rasa's socket.io input channel with two fixes; runs INSIDE the Rasa process (``.venv-rasa``).

``credentials.yml`` names it ``bot.channels.web.rasa_socketio.AdvisorSocketIOInput`` (Rasa puts
its working directory on ``sys.path``). It is the only module of ``bot`` that imports Rasa, and it
imports only our standard-library modules (`bot.channels.sessions`, `bot.channels.actions_down`,
`bot.channels.rasa_warnings`): Rasa's environment does not have our dependencies.

What it changes in Rasa 3.6's ``SocketIOInput``:

1. ``session_request`` never joined the session's room: Rasa calls python-socketio 5's coroutine
   ``AsyncServer.enter_room`` without ``await`` (RasaHQ/rasa#13027), so with
   ``session_persistence: true`` the bot's replies, sent to the room, reached nobody. The handler
   here awaits it.
2. Rasa hard-codes ``cors_allowed_origins=[]``, which turns off python-engineio's Origin check:
   any web page could open a WebSocket to the bot. Here the socket.io ``connect`` handler refuses
   browsers whose Origin is not allowed. The list comes from the credentials key
   ``cors_allowed_origins`` or, normally, from the ``ADVISOR_SOCKETIO_ORIGINS`` environment
   variable (a JSON list) that ``advisor run`` sets from our settings
   (``bot.channels.web.origins``).
   (Not through engineio's own option: its CORS headers would be sent next to those of Rasa's
   ``--cors`` and browsers reject a doubled ``Access-Control-Allow-Origin``.)

3. Rasa joins whatever ``session_id`` the browser asks for, so a page could join (and speak in)
   another person's conversation, a Telegram one included. Here a session id is used only when
   the server issued it (signed, ``bot.channels.sessions``); otherwise a new one is issued and
   confirmed, and the widget adopts it.

It also refuses user messages whose ``session_id`` is not the one this socket confirmed, so a
socket cannot speak for another conversation. While the action server is down or hung a message
is not processed and gets ``bot.channels.actions_down``'s apology; a turn whose action call
failed gets it in place of what followed (a fallback), and a silent turn gets it (or, with a
healthy action server, a plain "could not answer that just now") instead of silence.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from bot.channels.actions_down import (
    BACK_IN_A_MOMENT,
    check_from_environment,
    install_action_failure_marking,
    silent_turn_reply,
)
from bot.channels.rasa_warnings import drop_warnings_that_quote_users
from bot.channels.sessions import ChannelSecret, channel_secret_from_environment

logger = logging.getLogger(__name__)

SOCKETIO_ORIGINS_ENV = "ADVISOR_SOCKETIO_ORIGINS"  # same name as bot.channels.web.origins
_CONFIRMED_SESSION_KEY = "advisor_session_id"


def origins_from_environment(environ: dict[str, str] | None = None) -> list[str] | str | None:
    """The allowed origins from ``ADVISOR_SOCKETIO_ORIGINS``; None when it is not set."""
    raw = (environ if environ is not None else dict(os.environ)).get(SOCKETIO_ORIGINS_ENV)
    if raw is None or not raw.strip():
        return None
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ValueError(
            f"{SOCKETIO_ORIGINS_ENV}: got {raw!r}; allowed: a JSON list of origins"
        ) from error
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{SOCKETIO_ORIGINS_ENV}: got {raw!r}; allowed: a JSON list of origins")
    return "*" if "*" in value else value


def origin_allowed(origin: str, allowed: list[str] | str | None) -> bool:
    """Whether a browser page at ``origin`` may connect; None (not configured) allows all."""
    if allowed is None or allowed == "*":
        return True
    return origin.rstrip("/").lower() in allowed


class AdvisorSocketIOInput(SocketIOInput):  # type: ignore[misc]  # Rasa ships no type stubs
    """Rasa's socket.io channel with the room and origin fixes described in the module doc."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> AdvisorSocketIOInput:
        credentials = credentials or {}
        install_action_failure_marking()
        drop_warnings_that_quote_users()
        channel = cls(
            credentials.get("user_message_evt", "user_uttered"),
            credentials.get("bot_message_evt", "bot_uttered"),
            credentials.get("namespace"),
            credentials.get("session_persistence", False),
            credentials.get("socketio_path", "/socket.io"),
            credentials.get("jwt_key"),
            credentials.get("jwt_method", "HS256"),
            credentials.get("metadata_key", "metadata"),
        )
        configured = credentials.get("cors_allowed_origins")
        channel.allowed_origins = (
            configured if configured is not None else origins_from_environment()
        )
        channel.secret = channel_secret_from_environment()
        return channel

    allowed_origins: list[str] | str | None = None
    secret: ChannelSecret | None = None

    def _secret(self) -> ChannelSecret:
        if self.secret is None:  # built without from_credentials (tests)
            self.secret = channel_secret_from_environment()
        return self.secret

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        actions = check_from_environment()

        async def answered(message: UserMessage) -> Any:
            if actions is not None and not await actions.available():
                logger.warning("action server not answering: message not processed")
                await message.output_channel.send_text_message(message.sender_id, BACK_IN_A_MOMENT)
                return None
            counted = _CountingOutput(message.output_channel)
            message.output_channel = counted
            try:
                return await on_new_message(message)
            finally:
                if counted.inner is not None and (counted.failed or counted.sent == 0):
                    text = BACK_IN_A_MOMENT if counted.failed else await silent_turn_reply(actions)
                    await counted.inner.send_text_message(message.sender_id, text)

        socketio_webhook: Blueprint = super().blueprint(answered)
        sio = self.sio
        if self.allowed_origins is None:
            logger.warning(
                "%s is not set: socket.io accepts every origin (start Rasa with `advisor run`)",
                SOCKETIO_ORIGINS_ENV,
            )

        namespace = self.namespace or "/"
        rasa_connect_handler = sio.handlers[namespace]["connect"]
        rasa_message_handler = sio.handlers[namespace][self.user_message_evt]

        async def connect(sid: str, environ: dict[str, Any], auth: dict[str, Any] | None) -> bool:
            origin = environ.get("HTTP_ORIGIN")
            # No Origin header: not a browser, so CORS does not apply (as in python-engineio).
            if origin and not origin_allowed(origin, self.allowed_origins):
                logger.warning("socket.io connection refused: origin %s is not allowed", origin)
                return False
            return bool(await rasa_connect_handler(sid, environ, auth))

        async def session_request(sid: str, data: dict[str, Any] | None) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            secret = self._secret()
            session_id = (
                requested if secret.session_is_issued(requested) else secret.issue_session()
            )
            if self.session_persistence:
                await sio.enter_room(sid, session_id, namespace=namespace)
                async with sio.session(sid, namespace=namespace) as session:
                    session[_CONFIRMED_SESSION_KEY] = session_id
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)

        async def handle_message(sid: str, data: dict[str, Any]) -> None:
            if self.session_persistence and isinstance(data, dict):
                session = await sio.get_session(sid, namespace=namespace)
                confirmed = session.get(_CONFIRMED_SESSION_KEY)
                if confirmed is None or data.get("session_id") != confirmed:
                    logger.warning("socket.io message ignored: session_id was not confirmed")
                    return
            await rasa_message_handler(sid, data)

        sio.on("connect", namespace=namespace)(connect)
        sio.on("session_request", namespace=namespace)(session_request)
        sio.on(self.user_message_evt, namespace=namespace)(handle_message)
        return socketio_webhook


class _CountingOutput(OutputChannel):  # type: ignore[misc]
    """Passes every reply on to the socket and counts them, until a custom action call fails:
    what Rasa sends after that (a fallback) is dropped."""

    def __init__(self, inner: OutputChannel | None) -> None:
        self.inner = inner
        self.sent = 0
        self.failed = False

    def mark_action_failed(self) -> None:
        self.failed = True

    def name(self) -> str:  # the inner channel's name, per instance
        return str(self.inner.name()) if self.inner is not None else "socketio"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        if self.failed:
            return
        self.sent += 1
        if self.inner is not None:
            await self.inner.send_response(recipient_id, message)
