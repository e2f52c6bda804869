"""Webhook mode of the real gateway (``advisor telegram`` with TELEGRAM_WEBHOOK_URL set).

Updates are POSTed to the gateway's webhook server as Telegram would; replies go to the loopback
Bot API server. Rasa's side is the REST stand-in (tg_rasa_standin.py): these tests are about the
webhook's checks, not the dialogue.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from support.stack import free_port
from tg_bot_api_server import FakeBotApi
from tg_gateway_process import GatewayProcess, gateway_env, run_cli
from tg_rasa_standin import RasaStandIn

pytestmark = pytest.mark.telegram

SECRET = "webhook_Secret-42"
HOOK_PATH = "/telegram/hook"


@pytest.fixture(scope="module")
def webhook_port(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[int]:
    """The gateway in webhook mode; yields the port its webhook server listens on."""
    port = free_port()
    env = gateway_env(
        bot_api,
        rasa_standin.port,
        TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}{HOOK_PATH}",
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        TELEGRAM_WEBHOOK_PORT=str(port),
    )
    gateway = GatewayProcess(env, tmp_path_factory.mktemp("tg-webhook") / "gateway.log")
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert gateway.alive(), gateway.log()
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        else:
            raise AssertionError(f"webhook server never became healthy:\n{gateway.log()}")
        yield port
    finally:
        assert gateway.stop() == 0, gateway.log()


def post_update(port: int, body: Any, secret: str | None, raw: bytes | None = None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    url = f"http://127.0.0.1:{port}{HOOK_PATH}"
    if raw is not None:
        return httpx.post(url, content=raw, headers=headers).status_code
    return httpx.post(url, json=body, headers=headers).status_code


def test_webhook_is_registered_with_its_secret_and_no_polling_happens(
    bot_api: FakeBotApi, webhook_port: int
) -> None:
    [registered] = bot_api.calls("setWebhook")
    assert registered.params["url"] == f"http://127.0.0.1:{webhook_port}{HOOK_PATH}"
    assert registered.params["secret_token"] == SECRET
    assert registered.params["allowed_updates"] == ["message", "callback_query"]
    assert bot_api.calls("getUpdates") == []
    assert [c["command"] for c in bot_api.calls("setMyCommands")[0].params["commands"]] == [
        "start",
        "help",
        "profile",
        "forget",
        "restart",
    ]


def test_update_with_the_right_secret_is_relayed(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn, webhook_port: int
) -> None:
    chat = 530001
    update = {"update_id": 9001, "message": bot_api.user_message(chat, "hello by webhook")}
    assert post_update(webhook_port, update, SECRET) == 200
    [reply] = bot_api.wait_for_messages(chat, 1)
    assert reply.params["text"] == "echo: hello by webhook"
    assert rasa_standin.messages_from(f"tg:{chat}") == ["hello by webhook"]


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", SECRET + "x", SECRET[:-1]])
def test_update_with_a_missing_or_wrong_secret_is_refused(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn, webhook_port: int, secret: str | None
) -> None:
    chat = 530002
    update = {"update_id": 9002, "message": bot_api.user_message(chat, "let me in")}
    assert post_update(webhook_port, update, secret) == 403
    time.sleep(0.3)
    assert rasa_standin.messages_from(f"tg:{chat}") == []
    assert bot_api.calls("sendMessage", chat) == []


@pytest.mark.parametrize(
    "raw",
    [b"{not json", b"[1, 2]", b'{"message": {}}', b'{"update_id": "7"}', b"\xff\xfe"],
    ids=["not-json", "list", "no-update-id", "string-update-id", "not-utf8"],
)
def test_malformed_body_with_the_right_secret_is_refused(webhook_port: int, raw: bytes) -> None:
    assert post_update(webhook_port, None, SECRET, raw=raw) == 400


def test_wrong_secret_is_refused_before_the_body_is_read(webhook_port: int) -> None:
    assert post_update(webhook_port, None, "nope", raw=b"{not json") == 403


def test_health_check_and_other_paths(webhook_port: int) -> None:
    health = httpx.get(f"http://127.0.0.1:{webhook_port}/healthz")
    assert health.status_code == 200 and health.json() == {"status": "ok"}
    assert httpx.get(f"http://127.0.0.1:{webhook_port}{HOOK_PATH}").status_code == 405
    assert httpx.post(f"http://127.0.0.1:{webhook_port}/other").status_code == 404


def test_webhook_mode_refuses_to_start_without_a_secret() -> None:
    env = gateway_env(
        None,
        free_port(),
        TELEGRAM_BOT_TOKEN="1:abc",
        TELEGRAM_WEBHOOK_URL="https://bot.example.org/telegram/hook",
    )
    result = run_cli(env)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "TELEGRAM_WEBHOOK_SECRET" in line and "refuses to start" in line


def test_gateway_refuses_to_start_without_a_token() -> None:
    result = run_cli(gateway_env(None, free_port()))
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "TELEGRAM_BOT_TOKEN is not set" in line


def test_gateway_refused_token_and_unreachable_api_end_with_one_line() -> None:
    with FakeBotApi(token="999:the-real-token") as api:
        env = gateway_env(api, free_port(), TELEGRAM_BOT_TOKEN="999:a-wrong-token")
        result = run_cli(env)
    assert result.returncode == 2, result.stderr
    assert "TELEGRAM_BOT_TOKEN: the Bot API refused the token" in result.stderr.splitlines()[-1]

    env = gateway_env(
        None,
        free_port(),
        TELEGRAM_BOT_TOKEN="1:abc",
        TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{free_port()}/bot",
    )
    result = run_cli(env)
    assert result.returncode == 1
    assert "cannot reach the Bot API" in result.stderr.splitlines()[-1]
