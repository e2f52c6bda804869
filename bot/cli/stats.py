"""``advisor stats [--days N] [--channel C]``: the conversation funnel per day and channel.

Reads the analytics table in ``DATABASE_URL`` (filled by ``advisor analytics consume`` while
``EVENT_BROKER_URL`` is set; docs/analytics.md). A database it cannot reach: one line on
standard error and status 1.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone

from bot.cli.base import SubParsers, UsageError

MAX_DAYS = 366
UNREACHABLE_STATUS = 1


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "stats",
        help="the conversation funnel per day and channel",
        description="Conversations started, reached advice, asked for programs, fell back and "
        "forgot themselves, per day (UTC) and channel (see docs/analytics.md).",
    )
    parser.add_argument("--days", type=int, default=7, help="how many days up to today (7)")
    parser.add_argument("--channel", help="only this channel (rest, socketio, telegram, ...)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.days <= MAX_DAYS:
        raise UsageError(f"--days: got {args.days}; allowed: a whole number from 1 to {MAX_DAYS}")
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    from bot.analytics.funnel import format_table, funnel
    from bot.db import create_schema, make_engine
    from bot.settings import get_settings

    settings = get_settings()
    engine = make_engine(settings.database_url)
    try:
        create_schema(engine)  # a database from before the analytics table gets it (empty)
        rows = funnel(
            engine, today=datetime.now(timezone.utc).date(), days=args.days, channel=args.channel
        )
    except OperationalError as error:
        where = make_url(settings.database_url).render_as_string(hide_password=True)
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        print(f"advisor: error: cannot reach the database {where}: {reason}", file=sys.stderr)
        return UNREACHABLE_STATUS
    finally:
        engine.dispose()
    scope = f"channel {args.channel}" if args.channel else "all channels"
    print(f"Conversation funnel, last {args.days} day(s) (UTC), {scope}:")
    print(format_table(rows))
    if not rows:
        print("(no conversations recorded in this period)")
    if not settings.event_broker_url:
        print("(EVENT_BROKER_URL is not set: no new events are being recorded)")
    return 0
