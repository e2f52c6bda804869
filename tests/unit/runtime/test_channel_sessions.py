"""Who may speak as which sender (bot/channels/sessions.py): table-driven, no server."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.channels.sessions import (
    GATEWAY_HEADER,
    ChannelSecret,
    SenderVerdict,
    channel_secret_from_environment,
)

SECRET = ChannelSecret("a" * 64)
OTHER = ChannelSecret("b" * 64)
ISSUED = SECRET.issue_session()
GATEWAY = {GATEWAY_HEADER: SECRET.gateway_token}


def _tampered(session_id: str) -> str:
    last = session_id[-1]
    return session_id[:-1] + ("0" if last != "0" else "1")


@pytest.mark.parametrize(
    ("sender", "headers", "production", "verdict"),
    [
        # Telegram conversations: only with the gateway's token.
        ("tg:123456", {}, False, SenderVerdict.FORBIDDEN),
        ("TG:123456", {}, False, SenderVerdict.FORBIDDEN),
        ("tg:123456", {GATEWAY_HEADER: "guess"}, False, SenderVerdict.FORBIDDEN),
        ("tg:123456", {GATEWAY_HEADER: OTHER.gateway_token}, False, SenderVerdict.FORBIDDEN),
        ("tg:123456", GATEWAY, False, SenderVerdict.ACCEPT),
        ("tg:123456", {GATEWAY_HEADER.lower(): SECRET.gateway_token}, True, SenderVerdict.ACCEPT),
        # Web sessions: only ones this secret issued.
        (ISSUED, {}, False, SenderVerdict.ACCEPT),
        (ISSUED, {}, True, SenderVerdict.ACCEPT),
        (_tampered(ISSUED), {}, False, SenderVerdict.FORBIDDEN),
        (OTHER.issue_session(), {}, False, SenderVerdict.FORBIDDEN),
        ("web:" + "0" * 32, {}, False, SenderVerdict.FORBIDDEN),
        ("web:" + "0" * 32 + "." + "0" * 32, {}, False, SenderVerdict.FORBIDDEN),
        # Other ids: development only (advisor chat --sender, tests).
        ("cli-alice", {}, False, SenderVerdict.ACCEPT),
        ("cli-alice", {}, True, SenderVerdict.FORBIDDEN),
        # No sender: a fresh session, never the shared "default" conversation.
        (None, {}, False, SenderVerdict.ISSUE_NEW),
        ("", {}, True, SenderVerdict.ISSUE_NEW),
        ("   ", {}, False, SenderVerdict.ISSUE_NEW),
        # Not an id at all.
        (12345, {}, False, SenderVerdict.INVALID),
        ({"id": 1}, {}, False, SenderVerdict.INVALID),
        ("x" * 129, {}, False, SenderVerdict.INVALID),
    ],
)
def test_sender_rules(sender, headers, production, verdict):
    decision = SECRET.decide(sender, headers, production=production)
    assert decision.verdict is verdict
    if verdict in (SenderVerdict.FORBIDDEN, SenderVerdict.INVALID):
        assert decision.reason  # the client is told why


def test_issued_sessions_are_unique_and_verify():
    issued = {SECRET.issue_session() for _ in range(200)}
    assert len(issued) == 200
    assert all(SECRET.session_is_issued(s) for s in issued)
    assert not any(OTHER.session_is_issued(s) for s in issued)


@given(st.text(max_size=90))
def test_no_made_up_text_passes_as_an_issued_session(text):
    assert not SECRET.session_is_issued("web:" + text)
    assert not SECRET.is_gateway(text)


def test_the_gateway_token_is_not_the_secret_and_differs_per_secret():
    assert SECRET.gateway_token != "a" * 64
    assert SECRET.gateway_token != OTHER.gateway_token


def test_a_short_secret_is_refused():
    with pytest.raises(ValueError, match="at least 16"):
        ChannelSecret("short")


def test_without_a_secret_rasa_gets_a_random_one_that_keeps_tg_closed():
    first = channel_secret_from_environment({})
    second = channel_secret_from_environment({})
    assert first.gateway_token != second.gateway_token
    assert first.decide("tg:1", {}, production=False).verdict is SenderVerdict.FORBIDDEN
