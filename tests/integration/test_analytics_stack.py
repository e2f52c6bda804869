"""The whole product with the event broker on: ``make run`` with ``EVENT_BROKER_URL`` (Rasa's pika
broker to the machine's RabbitMQ, the analytics consumer under the supervisor), a conversation
through the REST webhook with a server-issued session, the funnel in SQL and in ``advisor
stats``; then "forget me", and SQL over every table finds nothing of the sender.
(``ADVISOR_TEST_NO_TRAIN=1`` starts it without make's training step, support/no_train.py.)
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, inspect, text
from support.no_train import NoTrainStack
from support.rabbitmq import RABBITMQ, delete_queue, rabbitmq_or_fail, stats_line
from support.replies import all_text
from support.stack import ROOT, ProductStack
from support.waiting import wait_until

from bot.analytics.store import sender_key

pytestmark = pytest.mark.integration

NAME = "Marianela Okonkwo-Vasquez"
PATHWAY_QUESTION = f"I'm {NAME}, a non-US IMG, Step 2 CK 247. Which pathway fits me best?"


@pytest.fixture(scope="module")
def broker_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProductStack]:
    rabbitmq_or_fail()
    url = f"{RABBITMQ}?queue=test_stack_{uuid.uuid4().hex[:10]}"
    stack = NoTrainStack.launch(
        tmp_path_factory.mktemp("analytics"), LOG_LEVEL="INFO", EVENT_BROKER_URL=url
    )
    try:
        yield stack
    finally:
        stack.close()
        delete_queue(url)


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
        stack, "SELECT channel, sender_key FROM analytics_funnel WHERE step = 'forgot'"
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


def test_a_conversation_fills_the_funnel_and_forget_me_leaves_nothing(
    broker_stack: ProductStack,
) -> None:
    stack = broker_stack
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
    before = stats(stack)
    assert stats_line(before, "rest") == ["1", "1", "1", str(int(fell_back)), "0"], before

    assert "erased" in all_text(stack.say(sender, "forget me"))
    assert wait_until(lambda: not marks(stack, sender) and bool(forgot_rows(stack)), timeout=60)
    assert forgot_rows(stack) == [("rest", None)]
    assert wait_until(lambda: not traces_of(stack, sender), timeout=60), traces_of(stack, sender)
    after = stats(stack)
    assert stats_line(after, "rest") == ["0", "0", "0", "0", "1"], after

    # The analytics consumer ran under the supervisor and wrote no content to the log.
    log = stack.log_path.read_text(errors="replace")
    assert "advisor analytics: starting" in log and " consuming test_stack_" in log
    for fragment in (NAME, "Okonkwo", PATHWAY_QUESTION, "which programs should I apply"):
        assert fragment not in log, fragment
