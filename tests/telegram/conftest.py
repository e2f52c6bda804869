"""Fixtures for the Telegram gateway tests: loopback Bot API server, Rasa stand-in, gateway."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tg_bot_api_server import FakeBotApi
from tg_gateway_process import TEST_RASA_TIMEOUT, TEST_RATE_LIMIT, GatewayProcess, gateway_env
from tg_rasa_standin import RasaStandIn


@pytest.fixture(scope="module")
def bot_api() -> Iterator[FakeBotApi]:
    with FakeBotApi() as api:
        yield api


@pytest.fixture(scope="module")
def rasa_standin() -> Iterator[RasaStandIn]:
    with RasaStandIn() as standin:
        yield standin


@pytest.fixture(scope="module")
def polling_gateway(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[GatewayProcess]:
    """The real gateway in long-polling mode against the loopback servers."""
    env = gateway_env(
        bot_api,
        rasa_standin.port,
        TELEGRAM_RATE_LIMIT_PER_MINUTE=str(TEST_RATE_LIMIT),
        TELEGRAM_RASA_TIMEOUT_SECONDS=str(TEST_RASA_TIMEOUT),
    )
    gateway = GatewayProcess(env, tmp_path_factory.mktemp("tg-polling") / "gateway.log")
    try:
        gateway.wait_until(bot_api, "getUpdates")
        yield gateway
    finally:
        assert gateway.stop() == 0, gateway.log()
