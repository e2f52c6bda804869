"""The analytics consumer for real: events published to the machine's RabbitMQ (as Rasa's pika
broker publishes them), ``advisor analytics consume`` as a process, a PostgreSQL database of its
own, and ``advisor stats`` as the operator runs it. RabbitMQ away fails these tests (CI has it).

Faults: the consumer's connection closed by RabbitMQ (``rabbitmqctl close_connection``), a
RabbitMQ node of the test's own stopped and started again, and the consumer's database refusing
connections for a while; no event may be lost or stored twice.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pika
import pytest
from sqlalchemy import create_engine, text
from support.postgres import POSTGRES, fresh_databases
from support.rabbitmq import (
    RABBITMQ,
    PrivateRabbitMQ,
    delete_queue,
    rabbitmq_or_fail,
    stats_line,
)
from support.stack import ROOT
from support.waiting import wait_until

from bot.analytics.broker import parse_broker_url
from bot.analytics.consumer import declare
from bot.analytics.store import sender_key

pytestmark = pytest.mark.postgres


@dataclass
class Analytics:
    """One consumer process, its queue and its database."""

    broker_url: str
    database_url: str
    log: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def env(self) -> dict[str, str]:
        return {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "EVENT_"))},
            "DATABASE_URL": self.database_url,
            "EVENT_BROKER_URL": self.broker_url,
            "LOG_LEVEL": "INFO",
        }

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot.cli.main", "analytics", "consume"],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        assert wait_until(lambda: " consuming " in self.output(), timeout=60), self.output()

    def stop(self) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        status = self.process.wait(timeout=30)
        self.process = None
        return status

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def publish(self, *events: dict[str, Any] | bytes) -> None:
        """Publish as Rasa does: persistent JSON messages to the fanout exchange."""
        address = parse_broker_url(self.broker_url)
        connection = pika.BlockingConnection(pika.ConnectionParameters(address.host, address.port))
        try:
            channel = connection.channel()
            declare(channel, address)
            for event in events:
                payload = event if isinstance(event, bytes) else json.dumps(event).encode()
                channel.basic_publish(
                    address.exchange, "", payload, pika.BasicProperties(delivery_mode=2)
                )
        finally:
            connection.close()

    def rows(self) -> list[tuple[Any, ...]]:
        engine = create_engine(self.database_url)
        try:
            with engine.connect() as connection:
                query = "SELECT day, channel, step, sender_key FROM analytics_funnel ORDER BY id"
                return [tuple(r) for r in connection.execute(text(query))]
        finally:
            engine.dispose()

    def stats(
        self, *args: str, database_url: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        env = {**self.env, "DATABASE_URL": database_url or self.database_url}
        return subprocess.run(
            [sys.executable, "-m", "bot.cli.main", "stats", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )


@pytest.fixture
def analytics(tmp_path: Path) -> Iterator[Analytics]:
    rabbitmq_or_fail()
    queue = f"test_analytics_{uuid.uuid4().hex[:10]}"
    with fresh_databases("analytics", ("db",)) as names:
        consumer = Analytics(
            broker_url=f"{RABBITMQ}?queue={queue}",
            database_url=f"{POSTGRES}/{names['db']}",
            log=tmp_path / "consumer.log",
        )
        consumer.start()
        try:
            yield consumer
        finally:
            if consumer.process is not None:
                assert consumer.stop() == 0, consumer.output()
            delete_queue(consumer.broker_url)


def user(sender: str, text: str, intent: str, channel: str = "socketio") -> dict[str, Any]:
    return {
        "sender_id": sender,
        "event": "user",
        "timestamp": time.time(),
        "text": text,
        "parse_data": {"intent": {"name": intent, "confidence": 0.91}, "entities": []},
        "input_channel": channel,
    }


def action(sender: str, name: str) -> dict[str, Any]:
    return {"sender_id": sender, "event": "action", "timestamp": time.time(), "name": name}


def slot(sender: str, name: str, value: Any) -> dict[str, Any]:
    return {
        "sender_id": sender,
        "event": "slot",
        "timestamp": time.time(),
        "name": name,
        "value": value,
    }


def advised(sender: str, channel: str = "socketio") -> list[dict[str, Any]]:
    return [
        user(sender, "I am Ana, step 2 ck 251, which pathway?", "ask_pathway", channel),
        action(sender, "action_answer_turn"),
        slot(sender, "recommended_pathway", "dr_esir"),
        user(sender, "and programs?", "ask_programs", channel),
        action(sender, "action_answer_turn"),
        slot(sender, "program_offset", 10),
        action(sender, "action_listen"),
    ]


def test_events_become_the_funnel_and_advisor_stats_prints_it(analytics: Analytics) -> None:
    analytics.publish(
        *advised("web:one"),
        b"{not json",
        b"[1, 2, 3]",
        json.dumps({"sender_id": "web:x", "event": "user", "timestamp": "Ana 251"}).encode(),
        *advised("web:two"),
        user("tg:777", "asdf qwer", "nlu_fallback", "rest"),
        action("tg:777", "action_default_fallback"),
    )
    assert wait_until(lambda: len(analytics.rows()) == 8, timeout=60), analytics.rows()
    result = analytics.stats("--days", "1")
    assert result.returncode == 0, result.stderr
    print(result.stdout)
    assert stats_line(result.stdout, "socketio") == ["2", "2", "2", "0", "0"]
    assert stats_line(result.stdout, "telegram") == ["1", "0", "0", "1", "0"]
    only = analytics.stats("--channel", "telegram")
    assert "socketio" not in only.stdout and "telegram" in only.stdout
    # The malformed messages were dropped with a reason, and nothing said was logged.
    output = analytics.output()
    assert "ignored a message that is not a Rasa event: not JSON" in output
    assert "not a JSON object" in output and "bad or missing timestamp" in output
    # Log timestamps are left out: "15:21:45,251" is a clock, not the score said.
    logged = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}", "<time>", output)
    for fragment in ("Ana", "251", "dr_esir", "web:one", "tg:777", "asdf"):
        assert fragment not in logged
    assert analytics.process is not None and analytics.process.poll() is None  # no crash


def test_forget_me_leaves_no_row_of_the_sender(analytics: Analytics) -> None:
    analytics.publish(*advised("web:gone"), *advised("web:stays"))
    assert wait_until(lambda: len(analytics.rows()) == 6, timeout=60)
    analytics.publish(
        user("web:gone", "forget me", "forget_me"),
        action("web:gone", "action_forget_me"),
        action("web:gone", "action_listen"),
    )
    gone = sender_key("web:gone")
    assert wait_until(lambda: all(r[3] != gone for r in analytics.rows()), timeout=60)
    rows = analytics.rows()
    assert [r[2:] for r in rows if r[3] is None] == [("forgot", None)]
    assert {r[3] for r in rows} == {sender_key("web:stays"), None}
    result = analytics.stats("--days", "1")
    assert stats_line(result.stdout, "socketio") == ["1", "1", "1", "0", "1"]


def close_consumer_connection(queue: str) -> bool:
    listed = subprocess.run(
        ["rabbitmqctl", "list_connections", "pid", "client_properties", "--no-table-headers"],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    pids = [line.split("\t")[0] for line in listed.splitlines() if queue in line]
    for pid in pids:
        subprocess.run(
            ["rabbitmqctl", "close_connection", pid, "closed by the analytics test"],
            capture_output=True,
            timeout=60,
            check=True,
        )
    return bool(pids)


def test_the_consumer_comes_back_after_rabbitmq_drops_it(analytics: Analytics) -> None:
    analytics.publish(*advised("web:before"))
    assert wait_until(lambda: len(analytics.rows()) == 3, timeout=60)
    assert close_consumer_connection(parse_broker_url(analytics.broker_url).queue)
    analytics.publish(*advised("web:after"))  # queued while the consumer is away
    assert wait_until(lambda: len(analytics.rows()) == 6, timeout=90), analytics.output()
    assert "RabbitMQ connection lost" in analytics.output()
    assert analytics.output().count(" consuming ") >= 2


def test_the_consumer_waits_for_its_database_and_loses_nothing(analytics: Analytics) -> None:
    name = analytics.database_url.rsplit("/", 1)[1]
    admin = create_engine(f"{POSTGRES}/test", isolation_level="AUTOCOMMIT")

    def allow(allowed: bool) -> None:
        with admin.connect() as connection:
            connection.execute(
                text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(allowed).lower()}')
            )
            if not allowed:
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"
                    ),
                    {"n": name},
                )

    try:
        analytics.publish(*advised("web:first"))
        assert wait_until(lambda: len(analytics.rows()) == 3, timeout=60)
        allow(False)
        analytics.publish(*advised("web:during"), *advised("web:during"))  # and a redelivery
        assert wait_until(lambda: "database unavailable" in analytics.output(), timeout=60)
        allow(True)
        assert wait_until(lambda: len(analytics.rows()) == 6, timeout=90), analytics.output()
        keys = [r[3] for r in analytics.rows()]
        assert keys.count(sender_key("web:during")) == 3
    finally:
        allow(True)
        admin.dispose()


def test_the_consumer_outlives_a_restart_of_rabbitmq(tmp_path: Path) -> None:
    """A RabbitMQ node of the test's own, stopped and started again under the consumer."""
    server = PrivateRabbitMQ(tmp_path)
    server.start()
    try:
        with fresh_databases("analytics", ("db",)) as names:
            consumer = Analytics(
                broker_url=f"{server.url}?queue=restart",
                database_url=f"{POSTGRES}/{names['db']}",
                log=tmp_path / "consumer.log",
            )
            consumer.start()
            try:
                consumer.publish(*advised("web:before"))
                assert wait_until(lambda: len(consumer.rows()) == 3, timeout=60)
                server.stop()
                assert wait_until(
                    lambda: "RabbitMQ unreachable" in consumer.output(), timeout=60
                ), consumer.output()
                server.start()
                consumer.publish(*advised("web:after"))
                assert wait_until(lambda: len(consumer.rows()) == 6, timeout=120), consumer.output()
                assert consumer.output().count(" consuming restart ") >= 2
            finally:
                assert consumer.stop() == 0, consumer.output()
    finally:
        server.stop()


def test_stats_says_plainly_when_the_database_is_unreachable(analytics: Analytics) -> None:
    result = analytics.stats(database_url="postgresql+psycopg://postgres:pw@127.0.0.1:1/none")
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("advisor: error: cannot reach the database")
    assert "127.0.0.1:1" in line and "pw" not in line.replace("***", "")
