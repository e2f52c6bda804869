"""Nobody reads or changes another person's conversation: the attacks of issue 13, for real.

Through the real Rasa server that ``make run`` starts (REST channel, socket.io channel, HTTP API).
The legitimate paths keep working: the gateway's proof, issued web sessions, ``advisor chat``.
"""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest
from support.replies import new_sender
from support.socketio_polling import PollingSocket
from support.stack import ROOT, ProductStack

pytestmark = pytest.mark.integration

CHAT_ID = 987654321
TELEGRAM_SENDER = f"tg:{CHAT_ID}"


def webhook(stack: ProductStack, body: object, **kwargs: object) -> httpx.Response:
    return httpx.post(f"{stack.rasa_url}/webhooks/rest/webhook", json=body, timeout=60, **kwargs)


def texts(response: httpx.Response) -> str:
    return " ".join(str(reply.get("text") or "") for reply in response.json())


@pytest.fixture(scope="module")
def telegram_user(stack: ProductStack) -> str:
    """A Telegram user who told the bot their score, through the gateway's proof."""
    response = webhook(
        stack,
        {"sender": TELEGRAM_SENDER, "message": "my step 2 ck score is 251"},
        headers=stack.gateway_headers(),
    )
    assert response.status_code == 200, response.text
    assert stack.slots(TELEGRAM_SENDER)["step2ck_score"] == 251
    return TELEGRAM_SENDER


@pytest.mark.parametrize("message", ["show my profile", "/forget_me", "my step 2 ck is 199"])
@pytest.mark.parametrize("headers", [{}, {"X-Advisor-Gateway": "guess"}])
def test_nobody_speaks_as_a_telegram_user_without_the_gateway(
    stack: ProductStack, telegram_user: str, message: str, headers: dict[str, str]
) -> None:
    before = stack.user_texts(telegram_user)
    response = webhook(stack, {"sender": telegram_user, "message": message}, headers=headers)
    assert response.status_code == 403
    assert "Telegram gateway" in response.json()["error"]
    assert "251" not in response.text
    # Nothing reached the conversation, nothing changed or was erased.
    assert stack.user_texts(telegram_user) == before
    assert stack.slots(telegram_user)["step2ck_score"] == 251


def test_web_sessions_must_be_issued_by_the_server(stack: ProductStack) -> None:
    issued = httpx.post(f"{stack.rasa_url}/webhooks/rest/session", json={}, timeout=30)
    session_id = issued.json()["session_id"]
    assert session_id.startswith("web:")
    ok = webhook(stack, {"sender": session_id, "message": "my step 2 ck score is 244"})
    assert ok.status_code == 200 and ok.json()
    assert stack.slots(session_id)["step2ck_score"] == 244

    # Asking again with the issued id keeps it; a made-up or altered id gets a new one.
    again = httpx.post(
        f"{stack.rasa_url}/webhooks/rest/session", json={"session_id": session_id}, timeout=30
    )
    assert again.json()["session_id"] == session_id
    altered = session_id[:-1] + ("0" if session_id[-1] != "0" else "1")
    for forged in (altered, "web:" + "0" * 32, "web:" + "0" * 32 + "." + "0" * 32):
        refused = webhook(stack, {"sender": forged, "message": "show my profile"})
        assert refused.status_code == 403, forged
        assert "POST /webhooks/rest/session" in refused.json()["error"]
        replaced = httpx.post(
            f"{stack.rasa_url}/webhooks/rest/session", json={"session_id": forged}, timeout=30
        )
        assert replaced.json()["session_id"] not in (forged, session_id)


def test_requests_without_a_sender_do_not_share_a_conversation(stack: ProductStack) -> None:
    first = webhook(stack, {"message": "my step 2 ck score is 233"})
    second = webhook(stack, {"message": "show my profile"})
    assert first.status_code == second.status_code == 200
    one, two = first.headers["X-Advisor-Session"], second.headers["X-Advisor-Session"]
    assert one != two and one.startswith("web:")
    assert "233" not in texts(second)
    assert stack.user_texts("default") == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "JSON object"),
        (b"[1, 2]", "JSON object"),
        (b"", "JSON object"),
        (json.dumps({"sender": "cli-x", "message": 5}).encode(), "message must be a text"),
        (json.dumps({"sender": "cli-x"}).encode(), "message must be a text"),
        (json.dumps({"sender": 42, "message": "hi"}).encode(), "sender must be a text"),
        (json.dumps({"sender": "x" * 500, "message": "hi"}).encode(), "longer than 128"),
    ],
)
def test_malformed_bodies_get_400_with_a_reason(stack: ProductStack, content, reason) -> None:
    response = httpx.post(
        f"{stack.rasa_url}/webhooks/rest/webhook",
        content=content,
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert response.status_code == 400
    assert reason in response.json()["error"]


def test_an_over_long_message_gets_a_friendly_reply_and_is_not_stored(stack: ProductStack) -> None:
    sender = new_sender("long")
    response = webhook(stack, {"sender": sender, "message": "x" * 100_000})
    assert response.status_code == 200
    assert "too long" in texts(response)
    assert stack.user_texts(sender) == []


@pytest.mark.parametrize(
    "path",
    [
        f"/conversations/{TELEGRAM_SENDER}/tracker",
        f"/conversations/{TELEGRAM_SENDER}/story",
        "/status",
    ],
)
def test_the_http_api_needs_the_token(stack: ProductStack, telegram_user: str, path: str) -> None:
    assert httpx.get(f"{stack.rasa_url}{path}", timeout=30).status_code == 401
    assert (
        httpx.get(f"{stack.rasa_url}{path}", params={"token": "wrong"}, timeout=30).status_code
        == 401
    )
    with_token = httpx.get(f"{stack.rasa_url}{path}", params=stack.api_params, timeout=30)
    assert with_token.status_code == 200


def test_put_model_is_refused_without_the_token(stack: ProductStack) -> None:
    response = httpx.put(
        f"{stack.rasa_url}/model", json={"model_file": "/tmp/x.tar.gz"}, timeout=30
    )
    assert response.status_code == 401


def socketio_session(stack: ProductStack, requested: object) -> str:
    """Open a socket.io session by hand (engine.io polling) asking for ``requested``; the id the
    server confirmed."""
    socket = PollingSocket(stack.rasa_url, f"http://127.0.0.1:{stack.web_port}")
    try:
        return socket.session(requested)
    finally:
        socket.close()


def test_socketio_never_joins_a_conversation_it_was_not_issued(
    stack: ProductStack, telegram_user: str
) -> None:
    for requested in (telegram_user, "web:" + "0" * 32, "someone-else", None):
        confirmed = socketio_session(stack, requested)
        assert confirmed != requested and confirmed.startswith("web:")
    issued = socketio_session(stack, None)
    assert socketio_session(stack, issued) == issued  # a reload keeps its own conversation


def advisor_chat(stack: ProductStack, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "chat", "--url", stack.rasa_url, *arguments],
        input="hello\n/quit\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_advisor_chat_gets_an_issued_session(stack: ProductStack) -> None:
    result = advisor_chat(stack)
    assert result.returncode == 0, result.stderr
    assert "as 'web:" in result.stdout


def test_advisor_chat_cannot_speak_as_a_telegram_user(stack: ProductStack) -> None:
    result = advisor_chat(stack, "--sender", TELEGRAM_SENDER)
    assert result.returncode == 2
    assert "HTTP 403" in result.stderr and "Telegram gateway" in result.stderr
