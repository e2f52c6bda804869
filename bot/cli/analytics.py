"""``advisor analytics consume``: run the analytics consumer until SIGINT/SIGTERM.

Reads Rasa's events from the RabbitMQ queue of ``EVENT_BROKER_URL`` into the analytics table of
``DATABASE_URL`` (``bot.analytics.consumer``; docs/analytics.md). ``advisor run`` starts it when
``EVENT_BROKER_URL`` is set. Without that setting: status 2 and one line.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading

from bot.cli.base import SubParsers, UsageError

logger = logging.getLogger("bot.analytics")
SCHEMA_RETRY_SECONDS = 5.0


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "analytics",
        help="run the analytics consumer (Rasa's events from RabbitMQ)",
        description="Conversation analytics (see docs/analytics.md).",
    )
    actions = parser.add_subparsers(dest="analytics_action", metavar="ACTION", required=True)
    consume = actions.add_parser("consume", help="read EVENT_BROKER_URL's queue into DATABASE_URL")
    consume.set_defaults(func=run_consume)


def run_consume(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError

    from bot.analytics.broker import parse_broker_url
    from bot.analytics.consumer import Consumer
    from bot.db import create_schema, make_engine
    from bot.settings import get_settings

    settings = get_settings()
    if not settings.event_broker_url:
        raise UsageError("EVENT_BROKER_URL is not set: the event broker and analytics are off")
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("pika").setLevel(logging.WARNING)  # its INFO lines name every socket
    address = parse_broker_url(settings.event_broker_url)
    engine = make_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
    )
    consumer = Consumer(address, engine)
    stopped = threading.Event()

    def stop(*_: object) -> None:
        stopped.set()
        consumer.stop()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, stop)
    print(f"advisor analytics: starting (queue {address.queue})", file=sys.stderr)
    try:
        while not stopped.is_set():  # the database may still be starting
            try:
                create_schema(engine)
                break
            except OperationalError as error:
                logger.warning("database unavailable (%s); retrying", type(error).__name__)
                stopped.wait(SCHEMA_RETRY_SECONDS)
        consumer.run()
    finally:
        engine.dispose()
    tally = consumer.tally
    print(
        f"advisor analytics: stopped ({tally.stored} stored, {tally.ignored} ignored)",
        file=sys.stderr,
    )
    return 0
