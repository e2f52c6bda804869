"""The machine's RabbitMQ for the analytics tests: reachable or a clear failure, queues cleaned."""

from __future__ import annotations

import pika
import pytest

from bot.analytics.broker import parse_broker_url

RABBITMQ = "amqp://guest:guest@127.0.0.1:5672/"


def rabbitmq_or_fail() -> None:
    """Fail (not skip) when RabbitMQ is not there: CI has it, so its absence is a fault."""
    try:
        pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1", 5672)).close()
    except pika.exceptions.AMQPError as error:
        pytest.fail(f"RabbitMQ is not reachable at 127.0.0.1:5672 ({error!r}); start it first")


def delete_queue(broker_url: str) -> None:
    """Remove a test's queue and exchange."""
    address = parse_broker_url(broker_url)
    connection = pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1", 5672))
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
