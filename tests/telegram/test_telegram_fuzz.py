"""Bad input through the Telegram gateway, the short version: 150 fuzzed updates (hypothesis, a
fixed seed) from the loopback Bot API server through the real gateway to the REAL Rasa and action
servers (the session's shared ``make run`` with ``TELEGRAM_BOT_TOKEN``: support/shared_stack.py).

What is checked is in tg_fuzz.py: every update answered, nothing the Bot API would refuse, no
error-handler reply, "too long" for over-long texts, no out-of-range or unknown slot written by a
forged button. Then the gateway still runs (same process), and nothing a user sent, nor a chat
id, is in any process's INFO output. bench/fuzz_telegram.py runs 10,000.
"""

from __future__ import annotations

import asyncio

import pytest
from support.log_privacy import scan
from support.shared_stack import SharedProduct
from support.stack import ProductStack
from tg_bot_api_server import FakeBotApi
from tg_fuzz import FuzzRun, generate, problems

pytestmark = [pytest.mark.integration, pytest.mark.telegram]

UPDATES = 150
SEED = 13


@pytest.fixture(scope="module")
def stack(product: SharedProduct) -> tuple[FakeBotApi, ProductStack]:
    return product.bot_api, product.stack


def gateway_pids(product: ProductStack) -> list[int]:
    return product.service_pids(b"bot.cli.main telegram")


def test_fuzzed_updates_are_each_answered_and_write_no_bad_slot(
    stack: tuple[FakeBotApi, ProductStack],
) -> None:
    api, product = stack
    [gateway] = gateway_pids(product)
    baseline = product.log_path.read_text(errors="replace")
    updates = generate(UPDATES, SEED)
    run = FuzzRun(api, product.tracker)
    outcomes = asyncio.run(run.run(updates, concurrency=6))

    assert problems(api, outcomes) == []
    assert sum(1 for o in outcomes if o.update.reaches_rasa_as_payload) >= 20
    assert gateway_pids(product) == [gateway], "the gateway died or was restarted"

    log = product.log_path.read_text(errors="replace")
    texts = [u.text for u in updates]
    leaks = scan(log, texts=texts, ids=[str(o.chat) for o in outcomes], baseline=baseline)
    assert leaks.total == 0, leaks.examples
