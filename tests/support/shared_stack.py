"""The session's shared product stack: ``make run`` as an operator runs it with every optional
part on, the Telegram gateway (against the loopback Bot API server) and the event broker to the
machine's RabbitMQ with the analytics consumer, on SQLite (the embedded default).

(``ADVISOR_TEST_NO_TRAIN=1`` starts it without make's training step: support/no_train.py.)
Tests on it keep to conversations of their own (their own sender ids and chat ids) and measure
shared tables as differences, so their order does not matter.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tg_bot_api_server import FakeBotApi

from support.no_train import NoTrainStack
from support.rabbitmq import RABBITMQ, delete_queue, rabbitmq_or_fail
from support.stack import ProductStack

# A brisk test conversation must not trip the per-chat limit (the gateway tests check the limit).
RATE_LIMIT_PER_MINUTE = "200"


@dataclass(frozen=True)
class SharedProduct:
    """The stack and the loopback Bot API server its gateway polls."""

    stack: ProductStack
    bot_api: FakeBotApi


@contextmanager
def launch_shared(folder: Path) -> Iterator[SharedProduct]:
    rabbitmq_or_fail()
    broker_url = f"{RABBITMQ}?queue=test_stack_{uuid.uuid4().hex[:10]}"
    with FakeBotApi() as api:
        stack: ProductStack = NoTrainStack.launch(
            folder,
            LOG_LEVEL="INFO",
            EVENT_BROKER_URL=broker_url,
            TELEGRAM_BOT_TOKEN=api.token,
            TELEGRAM_API_BASE_URL=api.base_url,
            TELEGRAM_RATE_LIMIT_PER_MINUTE=RATE_LIMIT_PER_MINUTE,
        )
        try:
            api.wait_for(lambda api: bool(api.calls("getUpdates")), timeout=60, what="polling")
            yield SharedProduct(stack, api)
        finally:
            stack.close()
            delete_queue(broker_url)
