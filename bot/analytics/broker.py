"""Where conversation events travel: RabbitMQ as named by ``EVENT_BROKER_URL``.

Rasa's ``pika`` event broker publishes every new tracker event to a fanout exchange, bound to
our queue; the analytics consumer (``bot.analytics.consumer``) reads that queue. Both sides
declare the same exchange and queue, so either may start first. The exchange is named after
the queue: two stacks on one RabbitMQ (tests, a developer's bot) with different queues never
see each other's events (Rasa's default exchange ``rasa-exchange`` would fan out to both).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

DEFAULT_QUEUE = "advisor_analytics"
DEFAULT_PORT = 5672


@dataclass(frozen=True)
class BrokerAddress:
    """RabbitMQ's address, credentials and our queue (the settings validated the URL)."""

    host: str
    port: int
    username: str
    password: str
    queue: str

    @property
    def exchange(self) -> str:
        """The fanout exchange Rasa publishes to and our queue is bound to."""
        return f"{self.queue}.events"


def parse_broker_url(url: str) -> BrokerAddress:
    """``amqp://user:password@host:port/?queue=name`` as an address (guest/guest when unset)."""
    parts = urlsplit(url)
    if parts.scheme != "amqp" or not parts.hostname:
        raise ValueError("EVENT_BROKER_URL must look like amqp://user:password@host:5672/")
    queue = parse_qs(parts.query).get("queue", [DEFAULT_QUEUE])[0]
    return BrokerAddress(
        host=parts.hostname,
        port=parts.port or DEFAULT_PORT,
        username=unquote(parts.username) if parts.username else "guest",
        password=unquote(parts.password) if parts.password else "guest",
        queue=queue,
    )


def rasa_event_broker(address: BrokerAddress) -> dict[str, object]:
    """The ``event_broker`` section of Rasa's endpoints file (``rasa.core.brokers.pika``, through
    ``bot.rasa_extensions.pika_broker``).

    ``url`` is a bare host: Rasa builds an AMQP URL itself when it starts with ``amqp``, and
    keeps unpublished events in memory while RabbitMQ is away (``raise_on_failure`` false), so
    a RabbitMQ outage never stops a conversation.
    """
    return {
        # Rasa's pika broker, cut down to the funnel's fields (no text or values published).
        "type": "bot.rasa_extensions.pika_broker.AdvisorPikaEventBroker",
        "url": address.host,
        "port": address.port,
        "username": address.username,
        "password": address.password,
        "queues": [address.queue],
        "exchange_name": address.exchange,
        "raise_on_failure": False,
        "should_keep_unpublished_messages": True,
        # Rasa waits for RabbitMQ at start: 10 attempts, 3 s apart, before it gives up.
        "connection_attempts": 10,
        "retry_delay_in_seconds": 3,
    }
