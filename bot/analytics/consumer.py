"""The analytics consumer (``advisor analytics consume``): RabbitMQ queue in, funnel marks out.

One message at a time, in queue order: read it (``bot.analytics.events``), store its marks in
one transaction (``bot.analytics.store``), and only then acknowledge it. So a crash or a stop
between the two leaves the message in the queue, and the unique key makes its second delivery
harmless.

- RabbitMQ away (down, restarted, connection lost): logged, then connect again after 1, 2, 4 ...
  up to 10 seconds, for as long as it takes.
- Database away: the message stays unacknowledged and is stored again after the same waits
  (the AMQP connection is kept alive meanwhile); nothing is lost or skipped.
- A message that is not a Rasa event: rejected without requeue and logged with the reason (never
  the message); a database error particular to one message likewise. No crash.

Logs name no sender, text or value: only counts and reasons.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pika
from pika.adapters.blocking_connection import BlockingChannel, BlockingConnection
from pika.exceptions import AMQPError
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from bot.analytics.broker import BrokerAddress
from bot.analytics.events import SESSION_START_ACTION, MalformedEventError, Observation, read_event
from bot.analytics.store import AnalyticsRepository
from bot.db import transaction

logger = logging.getLogger(__name__)

MAX_RETRY_SECONDS = 10.0
POLL_SECONDS = 0.5
PREFETCH = 100


def declare(channel: BlockingChannel, address: BrokerAddress) -> None:
    """The exchange and queue exactly as Rasa's pika broker declares them (non-durable fanout
    exchange, durable queue), so whichever starts first, both agree."""
    channel.exchange_declare(address.exchange, exchange_type="fanout", durable=False)
    channel.queue_declare(address.queue, durable=True)
    channel.queue_bind(address.queue, address.exchange, routing_key="")


def connect(address: BrokerAddress) -> BlockingConnection:
    """A blocking connection to RabbitMQ (one attempt; the caller retries)."""
    credentials = pika.PlainCredentials(address.username, address.password)
    parameters = pika.ConnectionParameters(
        host=address.host,
        port=address.port,
        credentials=credentials,
        heartbeat=30,
        blocked_connection_timeout=30,
        connection_attempts=1,
        socket_timeout=5,
        # How operators (and the tests) find this connection in ``rabbitmqctl list_connections``.
        client_properties={"connection_name": f"advisor-analytics {address.queue}"},
    )
    return pika.BlockingConnection(parameters)


def _delays() -> Iterator[float]:
    delay = 1.0
    while True:
        yield delay
        delay = min(delay * 2, MAX_RETRY_SECONDS)


@dataclass
class Tally:
    """What the consumer did (for its log lines and for tests)."""

    stored: int = 0
    ignored: int = 0
    reconnects: int = 0


class Consumer:
    """Reads the queue of ``address`` into the analytics table of ``engine`` until stopped."""

    def __init__(self, address: BrokerAddress, engine: Engine) -> None:
        self._address = address
        self._engine = engine
        self._stop = threading.Event()
        self._starting: set[str] = set()  # senders inside Rasa's session start
        self.tally = Tally()

    def stop(self, *_: object) -> None:
        """Stop after the message in hand (usable as a signal handler)."""
        self._stop.set()

    def run(self) -> None:
        """Consume until ``stop``; reconnect to RabbitMQ whenever the connection is lost."""
        delays = _delays()
        while not self._stop.is_set():
            try:
                connection = connect(self._address)
            except (AMQPError, OSError) as error:
                delay = next(delays)
                logger.warning("RabbitMQ unreachable (%s); retrying in %.0f s", _name(error), delay)
                self._stop.wait(delay)
                continue
            delays = _delays()
            try:
                self._consume(connection)
            except (AMQPError, OSError) as error:
                self.tally.reconnects += 1
                logger.warning("RabbitMQ connection lost (%s); reconnecting", _name(error))
            finally:
                if connection.is_open:
                    with contextlib.suppress(AMQPError, OSError):
                        connection.close()

    def _consume(self, connection: BlockingConnection) -> None:
        channel = connection.channel()
        declare(channel, self._address)
        channel.basic_qos(prefetch_count=PREFETCH)
        logger.info(
            "consuming %s on %s:%d", self._address.queue, self._address.host, self._address.port
        )
        for method, _properties, body in channel.consume(
            self._address.queue, inactivity_timeout=POLL_SECONDS
        ):
            if self._stop.is_set():
                break
            if method is None:  # nothing arrived within POLL_SECONDS
                continue
            outcome = self._handle(connection, body)
            if outcome is None:  # stopping while the database was away: leave it queued
                break
            if outcome:
                channel.basic_ack(method.delivery_tag)
            else:
                channel.basic_reject(method.delivery_tag, requeue=False)
        channel.cancel()

    def _handle(self, connection: BlockingConnection, body: bytes) -> bool | None:
        """Store one message: True (acknowledge), False (reject), None (stopping, keep it)."""
        try:
            observation = read_event(body)
        except MalformedEventError as error:
            self.tally.ignored += 1
            logger.warning("ignored a message that is not a Rasa event: %s", error)
            return False
        if observation.sender_id in self._starting:
            observation = observation.in_session_start()
        self._follow_session_start(observation)
        if not observation.steps:
            return True
        delays = _delays()
        while True:
            try:
                with transaction(self._engine) as session:
                    AnalyticsRepository(session).record(observation)
            except DBAPIError as error:
                if not _is_transient(error):
                    self.tally.ignored += 1
                    logger.error("could not store an event (%s); dropped", _name(error))
                    return False
                delay = next(delays)
                logger.warning("database unavailable (%s); retrying in %.0f s", _name(error), delay)
                connection.sleep(delay)  # keeps the AMQP heartbeats going
                if self._stop.is_set():
                    return None
                continue
            except SQLAlchemyError as error:
                self.tally.ignored += 1
                logger.error("could not store an event (%s); dropped", _name(error))
                return False
            self.tally.stored += 1
            return True

    def _follow_session_start(self, observation: Observation) -> None:
        """Slot events between Rasa's session start and the next action are carried-over
        slots, not something the conversation reached."""
        if observation.event == "session_started" or observation.action == SESSION_START_ACTION:
            self._starting.add(observation.sender_id)
        elif observation.event == "action":
            self._starting.discard(observation.sender_id)


def _is_transient(error: DBAPIError) -> bool:
    """A lost or refused connection (worth waiting for), not a fault of this message."""
    from sqlalchemy.exc import InterfaceError, OperationalError

    return error.connection_invalidated or isinstance(error, (OperationalError, InterfaceError))


def _name(error: BaseException) -> str:
    return type(error).__name__
