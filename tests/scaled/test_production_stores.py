"""The production stores end to end, on the scaled stack (conftest.py: ``make run-scaled``, two
Rasa instances behind nginx): PostgreSQL for the knowledge base and the tracker store, Redis as
Rasa's lock store (``LOCK_STORE_URL``), all real servers on 127.0.0.1.

The tests hold a conversation through the balancer's REST channel, send concurrent messages in
one conversation (the lock store must keep them in order, none lost), check that Rasa holds a
Redis connection on the lock store's database, restart every process, and forget the applicant
(rows gone from PostgreSQL). Two fresh databases, dropped at the end of the session.
"""

from __future__ import annotations

import concurrent.futures
import socket

import pytest
from sqlalchemy import create_engine, text
from support.replies import all_text, new_sender
from support.scaled_stack import LOCK_DB, ScaledStack
from support.stack import ProductStack
from support.waiting import wait_until

pytestmark = [pytest.mark.integration, pytest.mark.postgres]

REDIS = ("127.0.0.1", 6379)


def redis_command(*parts: str) -> bytes:
    """One Redis command over RESP (the project environment has no Redis client library)."""
    request = f"*{len(parts)}\r\n".encode() + b"".join(
        f"${len(p.encode())}\r\n{p}\r\n".encode() for p in parts
    )
    with socket.create_connection(REDIS, timeout=5) as connection:
        connection.sendall(request)
        chunks = []
        connection.settimeout(1)
        while True:
            try:
                chunk = connection.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            chunks.append(chunk)
            if chunk.endswith(b"\r\n") and len(chunk) < 65536:
                break
        return b"".join(chunks)


@pytest.fixture(scope="module")
def stack(scaled_stack: ScaledStack) -> ScaledStack:
    return scaled_stack


@pytest.fixture(scope="module")
def databases(scaled_databases: dict[str, str]) -> dict[str, str]:
    return scaled_databases


def tracker_rows(databases: dict[str, str], sender: str) -> int:
    engine = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:5432/{databases['tracker']}")
    try:
        with engine.connect() as connection:
            return int(
                connection.execute(
                    text("SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender}
                ).scalar_one()
            )
    finally:
        engine.dispose()


SENDER = new_sender("prod")


def test_conversation_is_stored_in_postgresql(
    stack: ProductStack, databases: dict[str, str]
) -> None:
    stack.say(SENDER, "hi")
    stack.say(SENDER, "should I apply Integrated IR?")
    stack.say(SENDER, '/inform{"applicant_type":"non_us_img"}')
    replies = stack.say(SENDER, "I passed step 1 first try and got 247 on step 2 ck")
    slots = stack.slots(SENDER)
    assert slots["applicant_type"] == "non_us_img"
    assert slots["step1"] == "pass_first_attempt"
    assert slots["step2ck_score"] == 247
    assert all_text(replies), "the form goes on with its next question"
    assert tracker_rows(databases, SENDER) == len(stack.tracker(SENDER)["events"])


def test_concurrent_messages_in_one_conversation_are_serialised_by_the_redis_lock(
    stack: ProductStack, databases: dict[str, str]
) -> None:
    sender = new_sender("lock")
    stack.say(sender, "hi")
    messages = [f"my step 2 ck is {score}" for score in range(240, 246)]
    with concurrent.futures.ThreadPoolExecutor(len(messages)) as pool:
        list(pool.map(lambda text: stack.say(sender, text), messages))
    events = stack.tracker(sender)["events"]
    user_texts = [e["text"] for e in events if e["event"] == "user"]
    assert sorted(user_texts[1:]) == sorted(messages), "no message lost"
    # Each turn ran alone: every user message is followed by its own actions before the next.
    kinds = [e["event"] for e in events if e["event"] in ("user", "action")]
    for position, kind in enumerate(kinds[:-1]):
        if kind == "user":
            assert kinds[position + 1] == "action", "two turns interleaved"
    last_score = float(user_texts[-1].rsplit(" ", 1)[1])
    assert stack.slots(sender)["step2ck_score"] == last_score
    assert tracker_rows(databases, sender) == len(events)
    # Rasa keeps its lock store connection open on LOCK_STORE_URL's database.
    clients = redis_command("CLIENT", "LIST").decode(errors="replace")
    assert f" db={LOCK_DB} " in clients, clients[:2000]


def test_a_restart_keeps_the_conversation_and_forget_me_empties_postgresql(
    stack: ProductStack, databases: dict[str, str]
) -> None:
    before = stack.slots(SENDER)
    stack.stop()
    assert stack.orphans() == []
    stack.start()
    assert stack.slots(SENDER)["step2ck_score"] == before["step2ck_score"] == 247
    replies = stack.say(SENDER, "forget me")
    assert "erased" in all_text(replies)
    assert wait_until(lambda: tracker_rows(databases, SENDER) == 0)
    assert stack.slots(SENDER)["step2ck_score"] is None
