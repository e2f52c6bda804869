"""Rasa's REST input channel with sender checks and one speed fix; runs INSIDE the Rasa process.

``credentials.yml`` names it ``bot.channels.rest_input.AdvisorRestInput`` in place of ``rest:``;
the webhook stays ``POST /webhooks/rest/webhook``. Like ``rasa_socketio.py`` it imports only Rasa,
Rasa's own dependencies and our standard-library module ``bot.channels.sessions``.

Who may speak as which sender is decided by ``bot.channels.sessions`` (``tg:`` only with the
gateway's token, ``web:`` only when issued by us, no shared ``default`` conversation). Routes:

- ``POST /webhooks/rest/webhook``  ``{"sender", "message"}`` -> the bot's replies. 400 with
  ``{"error": ...}`` for a body that is not a JSON object or a message that is not a text, 403 for
  a sender this client may not use. An over-long message gets a friendly reply and is not stored;
  a message sent while the action server is down or hung is not processed and gets
  ``bot.channels.actions_down``' apology, and so does a turn whose action call failed or that
  produced no reply (``actions_down.turn_replies``).
- ``POST /webhooks/rest/session``  ``{"session_id"?}`` -> ``{"session_id"}``: the same id when it
  is one we issued, else a new one (the widget's REST fallback and ``advisor chat`` use it).
- ``GET /webhooks/rest/``           health.

The fix: Rasa 3.6 checks every action server response with ``jsonschema.validate``
(``RemoteAction._validate_action_result``), which first validates the large events schema
against its meta-schema, on every call. Profiling one advising conversation showed that check
taking about two thirds of Rasa's time per message (~120 ms for each custom action on this
2-core machine), for a schema that never changes. ``install_cached_action_validation`` checks
the schema once and reuses the compiled validator: responses are still validated against the
same schema, with the same error.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.actions_down import (
    apology,
    check_from_environment,
    install_action_failure_marking,
    turn_replies,
)
from bot.channels.rasa_warnings import drop_warnings_that_quote_users
from bot.channels.sessions import (
    ChannelSecret,
    SenderVerdict,
    channel_secret_from_environment,
    production_from_environment,
)

logger = logging.getLogger(__name__)

# Telegram allows 4,096 characters; a little room for other clients, then a friendly refusal.
MAX_MESSAGE_CHARS = 5000
TOO_LONG_REPLY = (
    "That message is too long for me to read in one go ({length:,} characters). Could you send "
    "it in parts of up to 4,000 characters? Nothing you sent before is lost."
)
SESSION_HEADER = "X-Advisor-Session"

_DOCS_HINT = (
    ". Failed to validate Action server response from API, make sure your response from the "
    "Action endpoint is valid."
)


def install_cached_action_validation() -> None:
    """Make ``RemoteAction`` validate responses with a validator compiled once (idempotent)."""
    from jsonschema import exceptions, validators  # type: ignore[import-untyped]
    from rasa.core.actions.action import RemoteAction

    if getattr(RemoteAction, "_advisor_cached_validation", False):
        return
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    def _validate_action_result(self: Any, result: dict[str, Any]) -> bool:
        error = exceptions.best_match(validator.iter_errors(result))
        if error is not None:
            error.message += _DOCS_HINT
            raise error
        return True

    RemoteAction._validate_action_result = _validate_action_result
    RemoteAction._advisor_cached_validation = True


class AdvisorRestInput(RestInput):  # type: ignore[misc]  # Rasa ships no type stubs
    """Rasa's REST channel (same name and URL) with the sender checks of the module doc."""

    def __init__(self, secret: ChannelSecret, *, production: bool) -> None:
        self.secret = secret
        self.production = production
        self.actions = check_from_environment()

    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> AdvisorRestInput:
        install_cached_action_validation()
        install_action_failure_marking()
        drop_warnings_that_quote_users()
        return cls(channel_secret_from_environment(), production=production_from_environment())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        async def session(request: Request) -> HTTPResponse:
            body = _json_object(request)
            requested = body.get("session_id") if isinstance(body, dict) else None
            if self.secret.session_is_issued(requested):
                return response.json({"session_id": requested})
            return response.json({"session_id": self.secret.issue_session()})

        async def receive(request: Request) -> HTTPResponse:
            body = _json_object(request)
            if body is None:
                return _error(400, "the body must be a JSON object with sender and message")
            text = body.get("message")
            if not isinstance(text, str):
                return _error(400, "message must be a text")
            decision = self.secret.decide(
                body.get("sender"), request.headers, production=self.production
            )
            if decision.verdict is SenderVerdict.INVALID:
                return _error(400, decision.reason)
            if decision.verdict is SenderVerdict.FORBIDDEN:
                logger.warning("REST message refused: %s", decision.reason)
                return _error(403, decision.reason)
            sender = (
                self.secret.issue_session()
                if decision.verdict is SenderVerdict.ISSUE_NEW
                else str(body["sender"])
            )
            headers = {SESSION_HEADER: sender}
            if len(text) > MAX_MESSAGE_CHARS:
                reply = {"recipient_id": sender, "text": TOO_LONG_REPLY.format(length=len(text))}
                return response.json([reply], headers=headers)
            if self.actions is not None and not await self.actions.available():
                logger.warning("action server not answering: message not processed")
                return response.json([apology(sender)], headers=headers)
            channel = "telegram" if sender.startswith("tg:") else self.name()
            collector = _TurnCollector()
            try:
                # Client metadata is not passed on: nothing a client sends may reach the tracker
                # except its message.
                await on_new_message(
                    UserMessage(text, collector, sender, input_channel=channel, metadata=None)
                )
            except Exception:  # as Rasa's own channel: the replies so far still go back
                logger.exception("REST message failed")
            replies = await turn_replies(
                collector.messages, collector.failed_at, self.actions, sender
            )
            return response.json(replies, headers=headers)

        # add_route rather than decorators: sanic has no type information in our environment.
        webhook.add_route(health, "/", methods=["GET"])
        webhook.add_route(session, "/session", methods=["POST"])
        webhook.add_route(receive, "/webhook", methods=["POST"])
        return webhook


class _TurnCollector(CollectingOutputChannel):  # type: ignore[misc]
    """Rasa's collecting channel that remembers where a custom action call failed."""

    def __init__(self) -> None:
        super().__init__()
        self.failed_at: int | None = None

    def mark_action_failed(self) -> None:
        if self.failed_at is None:
            self.failed_at = len(self.messages)


def _json_object(request: Request) -> dict[str, Any] | None:
    """The body as a JSON object, or None when it is missing, malformed or not an object."""
    try:
        body = request.json
    except Exception:  # sanic raises BadRequest for malformed JSON
        return None
    return body if isinstance(body, dict) else None


def _error(status: int, reason: str) -> HTTPResponse:
    return response.json({"error": reason}, status=status)
