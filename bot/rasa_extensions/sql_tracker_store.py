"""Rasa's SQL tracker store, made cheaper per message; runs INSIDE the Rasa process.

``advisor run`` names ``bot.rasa_extensions.sql_tracker_store.AdvisorSQLTrackerStore`` as the
tracker store type in the endpoints file it renders. The table, its rows and what survives a
restart are exactly Rasa's ``SQLTrackerStore`` (table ``events``); two things change:

- SQLite engine: SQLAlchemy 1.4 (Rasa's) opens a new SQLite connection for every session
  (``NullPool``) and commits with a full fsync in rollback-journal mode. This store keeps a
  connection pool and switches the file to write-ahead logging (``journal_mode=WAL``,
  ``synchronous=NORMAL``): a commit no longer waits for two fsyncs, and readers in the action
  server (``bot.forget``) do not block Rasa's writes. Durability: a power cut can lose the last
  commits, never corrupt the file. PostgreSQL is left as Rasa configures it.
- A verified tracker cache: Rasa rebuilds the tracker from every stored event of the session on
  each message (fetch, ``json.loads``, replay) and counts the stored events again before each
  save; profiling showed that as ~25% of Rasa's time per message. The store keeps the tracker it
  last saved or loaded per sender, with a fingerprint of the sender's rows (their count and
  largest id, both read from the ``sender_id`` index) and the tracker's event count then.
  ``retrieve`` reuses the tracker only when both still match: rows written or deleted by anyone
  else (another Rasa instance, ``forget_me`` in the action server) change the fingerprint, and a
  tracker changed in memory but never saved (a failed turn) changes the event count, so either
  way it is read from the database as before. ``save`` of that same tracker appends only the
  events after the remembered count. One limit: SQLite may reuse the largest ids after a delete,
  so a second writer that deleted a sender's rows and wrote exactly as many new ones would go
  unnoticed; run several Rasa instances on PostgreSQL (ids from a sequence), as Rasa advises.
  With an event broker configured the cache is off (Rasa diffs the stored tracker to stream).
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)

# Trackers kept in memory; a tracker of a long conversation is a few hundred KB at most.
DEFAULT_CACHE_SIZE = 1000

# (number of rows, largest id) of one sender's events.
Fingerprint = tuple[int, int | None]


@dataclass
class _CachedTracker:
    tracker: DialogueStateTracker
    fingerprint: Fingerprint
    event_count: int


def _tune_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _is_sqlite_file(engine: sa.engine.Engine) -> bool:
    return engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:")


class AdvisorSQLTrackerStore(SQLTrackerStore):  # type: ignore[misc]
    """``SQLTrackerStore`` with a pooled WAL SQLite engine and a verified per-sender cache."""

    engine: sa.engine.Engine

    def __init__(self, *args: Any, cache_size: int = DEFAULT_CACHE_SIZE, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if _is_sqlite_file(self.engine):
            self.engine.dispose()
            self.engine = sa.create_engine(
                self.engine.url,
                poolclass=sa.pool.QueuePool,
                connect_args={"check_same_thread": False},
            )
            sa.event.listen(self.engine, "connect", _tune_sqlite_connection)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        self._cache: OrderedDict[str, _CachedTracker] = OrderedDict()
        self._cache_size = 0 if self.event_broker is not None else max(0, int(cache_size))
        table = self.SQLEvent.__table__
        self._fingerprint_query = sa.select(
            sa.func.count(table.c.id), sa.func.max(table.c.id)
        ).where(table.c.sender_id == sa.bindparam("sender_id"))

    def _fingerprint(self, connection: sa.engine.Connection, sender_id: str) -> Fingerprint:
        count, largest_id = connection.execute(
            self._fingerprint_query, {"sender_id": sender_id}
        ).one()
        return int(count), largest_id

    def _remember(self, tracker: DialogueStateTracker, fingerprint: Fingerprint) -> None:
        # A tracker capped by max_event_history drops old events: counting them breaks.
        if not self._cache_size or getattr(tracker.events, "maxlen", None) is not None:
            return
        sender_id = tracker.sender_id
        self._cache[sender_id] = _CachedTracker(tracker, fingerprint, len(tracker.events))
        self._cache.move_to_end(sender_id)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The latest session's tracker: the cached one if the database still matches it."""
        cached = self._cache.pop(sender_id, None)
        with self.engine.connect() as connection:
            fingerprint = self._fingerprint(connection, sender_id)
        if (
            cached is not None
            and len(cached.tracker.events) == cached.event_count
            and fingerprint == cached.fingerprint
        ):
            self._cache[sender_id] = cached
            return cached.tracker
        tracker: DialogueStateTracker | None = await super().retrieve(sender_id)
        if tracker is not None:
            self._remember(tracker, fingerprint)
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append the tracker's new events in one transaction, then remember the tracker.

        New events are those after the remembered count when this very tracker is cached, else
        (Rasa's way) those after the number of stored events of the latest session. The tracker
        is remembered only if nobody else changed the sender's rows meanwhile.
        """
        await self.stream_events(tracker)
        cached = self._cache.pop(tracker.sender_id, None)
        with self.session_scope() as session:
            connection = session.connection()
            before = self._fingerprint(connection, tracker.sender_id)
            if cached is not None and cached.tracker is tracker:
                new_events = list(tracker.events)[cached.event_count :]
                unchanged = before == cached.fingerprint
            else:
                new_events = list(self._additional_events(session, tracker))
                unchanged = True
            if new_events:
                connection.execute(
                    self.SQLEvent.__table__.insert(), self._rows(tracker.sender_id, new_events)
                )
            after = self._fingerprint(connection, tracker.sender_id)
            session.commit()
        if unchanged and after[0] == before[0] + len(new_events):
            self._remember(tracker, after)

    @staticmethod
    def _rows(sender_id: str, events: Iterable[Event]) -> list[dict[str, Any]]:
        """The ``events`` rows exactly as ``SQLTrackerStore.save`` writes them."""
        rows = []
        for event in events:
            data = event.as_dict()
            rows.append(
                {
                    "sender_id": sender_id,
                    "type_name": event.type_name,
                    "timestamp": data.get("timestamp"),
                    "intent_name": data.get("parse_data", {}).get("intent", {}).get("name"),
                    "action_name": data.get("name"),
                    "data": json.dumps(data),
                }
            )
        return rows
