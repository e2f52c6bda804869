"""Who may speak for which conversation: server-issued web sessions and the gateway's proof.

Rasa's REST webhook takes the sender id from the client. Without a check, anyone who knows a
Telegram user's numeric id could post as ``tg:<id>`` and read or erase that user's profile. The
rules, applied by the REST channel and the socket.io channel running inside Rasa:

- ``tg:<chat id>`` (Telegram) is reserved for our gateway: the request must carry the header
  ``X-Advisor-Gateway`` with a token derived from the channel secret.
- ``web:<random>.<signature>`` is a session the server issued (``POST /webhooks/rest/session`` or
  the socket.io ``session_request``); a forged or altered id is refused.
- Any other sender is accepted in development mode only (``advisor chat --sender``, tests); in
  production mode every sender must be issued or come from the gateway.
- No sender at all gets a fresh issued session, never the shared ``default`` conversation.

Standard library only: this module runs inside Rasa's environment (``.venv-rasa``) as well as
ours. The secret reaches Rasa through ``ADVISOR_CHANNEL_SECRET`` (set by ``advisor run``).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

logger = logging.getLogger(__name__)

CHANNEL_SECRET_ENV = "ADVISOR_CHANNEL_SECRET"
MODE_ENV = "ADVISOR_MODE"
GATEWAY_HEADER = "X-Advisor-Gateway"
TELEGRAM_PREFIX = "tg:"
WEB_PREFIX = "web:"
MAX_SENDER_LENGTH = 128
# 128 random bits name the session; 128 bits of HMAC-SHA256 prove we issued it.
_NONCE_BYTES = 16
_SIGNATURE_HEX = 32


class SenderVerdict(str, Enum):
    """What the channel does with a request's sender id."""

    ACCEPT = "accept"
    ISSUE_NEW = "issue_new"  # no sender given: start a fresh issued session
    INVALID = "invalid"  # not a usable id at all (HTTP 400)
    FORBIDDEN = "forbidden"  # an id this client may not use (HTTP 403)


@dataclass(frozen=True)
class SenderDecision:
    verdict: SenderVerdict
    reason: str = ""


class ChannelSecret:
    """Issues and verifies web session ids; makes and checks the gateway's token."""

    def __init__(self, secret: str) -> None:
        if len(secret) < 16:
            raise ValueError(f"{CHANNEL_SECRET_ENV}: needs at least 16 characters")
        key = secret.encode()
        # Separate keys per purpose: a leaked session signature says nothing about the token.
        self._session_key = hmac.new(key, b"web-session", hashlib.sha256).digest()
        self._gateway_token = hmac.new(key, b"gateway", hashlib.sha256).hexdigest()

    def _signature(self, nonce: str) -> str:
        digest = hmac.new(self._session_key, nonce.encode(), hashlib.sha256).hexdigest()
        return digest[:_SIGNATURE_HEX]

    def issue_session(self) -> str:
        """A new web session id: ``web:<nonce>.<signature>``."""
        nonce = secrets.token_hex(_NONCE_BYTES)
        return f"{WEB_PREFIX}{nonce}.{self._signature(nonce)}"

    def session_is_issued(self, session_id: object) -> bool:
        """Whether ``session_id`` is a web session this secret issued (unaltered)."""
        if not isinstance(session_id, str) or not session_id.startswith(WEB_PREFIX):
            return False
        nonce, dot, signature = session_id[len(WEB_PREFIX) :].partition(".")
        if not dot or len(nonce) != 2 * _NONCE_BYTES or len(signature) != _SIGNATURE_HEX:
            return False
        return _same(signature, self._signature(nonce))

    @property
    def gateway_token(self) -> str:
        """The header value our Telegram gateway sends to prove it is the gateway."""
        return self._gateway_token

    def is_gateway(self, header_value: object) -> bool:
        return isinstance(header_value, str) and _same(header_value, self._gateway_token)

    def decide(
        self, sender: object, headers: Mapping[str, str], *, production: bool
    ) -> SenderDecision:
        """May a request with these headers speak as ``sender``?"""
        if sender is None or (isinstance(sender, str) and not sender.strip()):
            return SenderDecision(SenderVerdict.ISSUE_NEW)
        if not isinstance(sender, str):
            return SenderDecision(SenderVerdict.INVALID, "sender must be a text (a session id)")
        if len(sender) > MAX_SENDER_LENGTH:
            return SenderDecision(
                SenderVerdict.INVALID, f"sender is longer than {MAX_SENDER_LENGTH} characters"
            )
        lowered = sender.lower()
        if lowered.startswith(TELEGRAM_PREFIX):
            if self.is_gateway(_header(headers, GATEWAY_HEADER)):
                return SenderDecision(SenderVerdict.ACCEPT)
            return SenderDecision(
                SenderVerdict.FORBIDDEN,
                "tg: conversations belong to the Telegram gateway; use your own session id",
            )
        if lowered.startswith(WEB_PREFIX) or production:
            if self.session_is_issued(sender):
                return SenderDecision(SenderVerdict.ACCEPT)
            return SenderDecision(
                SenderVerdict.FORBIDDEN,
                "unknown session id; get one from POST /webhooks/rest/session",
            )
        return SenderDecision(SenderVerdict.ACCEPT)


def _same(given: str, expected: str) -> bool:
    """Constant-time comparison that also takes any text a client may send (non-ASCII too)."""
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode())


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        value = headers.get(name.lower())
    return value


def channel_secret_from_environment(environ: Mapping[str, str] | None = None) -> ChannelSecret:
    """The secret ``advisor run`` handed over; without one, a random secret for this process.

    A random secret keeps every reserved conversation closed (no gateway knows its token, and
    web sessions last as long as the process) rather than open: safe when Rasa is started by hand.
    """
    env = os.environ if environ is None else environ
    value = env.get(CHANNEL_SECRET_ENV, "").strip()
    if value:
        return ChannelSecret(value)
    logger.warning(
        "%s is not set: Telegram conversations are refused and web sessions end with this "
        "process (start Rasa with `advisor run`)",
        CHANNEL_SECRET_ENV,
    )
    return ChannelSecret(secrets.token_hex(32))


def production_from_environment(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return env.get(MODE_ENV, "").strip().lower() == "production"
