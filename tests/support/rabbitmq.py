"""The machine's RabbitMQ for the analytics tests: reachable or a clear failure, queues cleaned."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
import uuid
from pathlib import Path

import pika
import pytest

from bot.analytics.broker import parse_broker_url
from support.stack import free_port

RABBITMQ = "amqp://guest:guest@127.0.0.1:5672/"
SERVER = "/usr/lib/rabbitmq/bin/rabbitmq-server"  # Debian's, without the switch to its user


def rabbitmq_or_fail() -> None:
    """Fail (not skip) when RabbitMQ is not there: CI has it, so its absence is a fault."""
    try:
        pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1", 5672)).close()
    except pika.exceptions.AMQPError as error:
        pytest.fail(f"RabbitMQ is not reachable at 127.0.0.1:5672 ({error!r}); start it first")


def delete_queue(broker_url: str) -> None:
    """Remove a test's queue and exchange."""
    address = parse_broker_url(broker_url)
    connection = pika.BlockingConnection(pika.ConnectionParameters(address.host, address.port))
    try:
        channel = connection.channel()
        channel.queue_delete(address.queue)
        channel.exchange_delete(address.exchange)
    finally:
        connection.close()


def stats_line(output: str, channel: str) -> list[str]:
    """The five counts of ``channel``'s one line in ``advisor stats`` output."""
    [line] = [line for line in output.splitlines() if f"  {channel}  " in line]
    return line.split()[2:]


class PrivateRabbitMQ:
    """A RabbitMQ node of the test's own (Debian's rabbitmq-server, data in ``folder``) that the
    test may stop and start again without touching the machine's shared one. Its durable queues
    and persistent messages outlive a restart, as on a real server."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.name = f"advisortest{uuid.uuid4().hex[:8]}@localhost"
        self.process: subprocess.Popen[bytes] | None = None
        (folder / "enabled_plugins").write_text("[].\n")

    @property
    def url(self) -> str:
        return f"amqp://guest:guest@127.0.0.1:{self.port}/"

    def start(self, timeout: float = 120.0) -> None:
        env = {
            **os.environ,
            "RABBITMQ_NODENAME": self.name,
            "RABBITMQ_NODE_PORT": str(self.port),
            "RABBITMQ_DIST_PORT": str(free_port()),
            "RABBITMQ_MNESIA_BASE": str(self.folder / "mnesia"),
            "RABBITMQ_LOG_BASE": str(self.folder / "log"),
            "RABBITMQ_ENABLED_PLUGINS_FILE": str(self.folder / "enabled_plugins"),
            "RABBITMQ_CONFIG_FILE": str(self.folder / "none"),
            "RABBITMQ_PID_FILE": str(self.folder / "pid"),
        }
        with (self.folder / "server.log").open("ab") as log:
            self.process = subprocess.Popen(
                [SERVER],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while not self._answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                log_text = (self.folder / "server.log").read_text(errors="replace")
                self.stop()
                pytest.fail(f"private RabbitMQ did not start:\n{log_text[-2000:]}")
            time.sleep(0.5)

    def _answers(self) -> bool:
        try:
            parameters = pika.ConnectionParameters("127.0.0.1", self.port, connection_attempts=1)
            pika.BlockingConnection(parameters).close()
        except pika.exceptions.AMQPError:
            return False
        return True

    def stop(self) -> None:
        """SIGTERM to the node's process group (the Erlang VM and its helpers), then wait."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.process = None
