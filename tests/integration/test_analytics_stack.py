"""The whole product with the event broker on: ``make run`` with ``EVENT_BROKER_URL`` (Rasa's pika
broker to the machine's RabbitMQ, the analytics consumer under the supervisor), a conversation
through the REST webhook with a server-issued session, the funnel in SQL and in ``advisor
stats``; then "forget me", and SQL over every table finds nothing of the sender.

The stack is the session's shared one (other tests' conversations are in its tables too), so
``advisor stats`` is compared before and after, as differences.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, inspect, text
from support.rabbitmq import stats_line
from support.replies import all_text
from support.shared_stack import SharedProduct
from support.stack import ROOT, ProductStack
from support.waiting import wait_until

from bot.analytics.store import sender_key

pytestmark = pytest.mark.integration

NAME = "Marianela Okonkwo-Vasquez"
PATHWAY_QUESTION = f"I'm {NAME}, a non-US IMG, Step 2 CK 247. Which pathway fits me best?"


@pytest.fixture(scope="module")
def broker_stack(product: SharedProduct) -> ProductStack:
    """The session's shared stack runs with the broker on (tests/support/shared_stack.py)."""
    return product.stack


def database_rows(stack: ProductStack, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    engine = create_engine(f"sqlite:///{stack.database_file}")
    try:
        with engine.connect() as connection:
            return [tuple(r) for r in connection.execute(text(sql), params)]
    finally:
        engine.dispose()


def marks(stack: ProductStack, sender: str) -> set[str]:
    rows = database_rows(
        stack, "SELECT step FROM analytics_funnel WHERE sender_key = :k", k=sender_key(sender)
    )
    return {r[0] for r in rows}


def forgot_rows(stack: ProductStack) -> list[tuple[Any, ...]]:
    return database_rows(
        stack, "SELECT channel, sender_key FROM analytics_funnel WHERE step = 'forgot' ORDER BY id"
    )


def stats(stack: ProductStack) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "stats", "--days", "1"],
        cwd=ROOT,
        env=stack.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def traces_of(stack: ProductStack, sender: str) -> list[str]:
    """Every table of our database and Rasa's, searched for the sender's id and its hashes."""
    needles = {
        sender,
        sender_key(sender),
        hashlib.sha256(f"chart:{sender}".encode()).hexdigest(),
        hashlib.sha256(f"user-report:{sender}".encode()).hexdigest(),
    }
    found = []
    for path in (stack.database_file, stack.tracker_file):
        engine = create_engine(f"sqlite:///{path}")
        try:
            with engine.connect() as connection:
                for table in inspect(engine).get_table_names():
                    for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                        if any(needle in str(value) for value in row for needle in needles):
                            found.append(f"{path.name}:{table}")
        finally:
            engine.dispose()
    return found


def counts(stack: ProductStack) -> list[int]:
    """Today's REST line of ``advisor stats``: started, advice, programs, fell back, forgot."""
    output = stats(stack)
    if "  rest  " not in output:
        return [0, 0, 0, 0, 0]
    return [int(n) for n in stats_line(output, "rest")]


def test_a_conversation_fills_the_funnel_and_forget_me_leaves_nothing(
    broker_stack: ProductStack,
) -> None:
    stack = broker_stack
    start = counts(stack)
    forgotten_before = len(forgot_rows(stack))
    issued = httpx.post(f"{stack.rasa_url}/webhooks/rest/session", json={}, timeout=30)
    sender = issued.json()["session_id"]
    for message in ("hi", PATHWAY_QUESTION, "which programs should I apply to?"):
        assert stack.say(sender, message), message
    events = stack.tracker(sender)["events"]
    intents = [e["parse_data"]["intent"].get("name") for e in events if e["event"] == "user"]
    fell_back = "nlu_fallback" in intents

    expected = {"started", "advice", "programs"} | ({"fallback"} if fell_back else set())
    assert wait_until(lambda: marks(stack, sender) == expected, timeout=60), (
        marks(stack, sender),
        stack.log(),
    )
    during = counts(stack)
    assert [b - a for a, b in zip(start, during, strict=True)] == [1, 1, 1, int(fell_back), 0], (
        start,
        during,
    )

    assert "erased" in all_text(stack.say(sender, "forget me"))
    assert wait_until(
        lambda: not marks(stack, sender) and len(forgot_rows(stack)) > forgotten_before,
        timeout=60,
    )
    assert forgot_rows(stack)[forgotten_before:] == [("rest", None)]
    assert wait_until(lambda: not traces_of(stack, sender), timeout=60), traces_of(stack, sender)
    after = counts(stack)
    assert [b - a for a, b in zip(start, after, strict=True)] == [0, 0, 0, 0, 1], (start, after)

    # The analytics consumer ran under the supervisor and wrote no content to the log.
    log = stack.log_path.read_text(errors="replace")
    assert "advisor analytics: starting" in log and " consuming test_stack_" in log
    for fragment in (NAME, "Okonkwo", PATHWAY_QUESTION, "which programs should I apply"):
        assert fragment not in log, fragment
