"""The ORM's one declarative base and metadata, the project's own tables, and schema creation.

SQLite by default, PostgreSQL in production (``DATABASE_URL``). Engines are created on demand,
never at import time; services open a session per unit of work and own its transaction.

Tables register on ``Base.metadata`` when their module is imported: the applicant-profile,
user-report, chart and analytics-funnel tables are declared here; the knowledge-base tables in
``bot.kb.models`` (which imports ``Base`` from here). ``bot.bootstrap`` imports every table
module before it calls ``create_schema``, so the schema is complete there; this module imports
none of its consumers.
Rasa's tracker table has its own metadata (``bot.tracker_store``) and is never created here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Engine,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    """Declarative base of every table the project owns (Rasa's tracker tables are Rasa's)."""


class StoredProfile(Base):
    """The last known profile of one sender (a Telegram chat, a web session, a REST user)."""

    __tablename__ = "applicant_profiles"

    sender_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    profile: Mapped[dict[str, object]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class UserReport(Base):
    """A fact about a program reported in chat: pending until an operator reviews it.

    ``reporter`` is a one-way hash of the sender id (``bot.corrections.service.reporter_key``),
    never the id itself; ``forget_me`` deletes the sender's pending and rejected reports and
    blanks ``reporter`` on accepted ones (the fact then stands on its link and the review).
    """

    __tablename__ = "user_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    program_name: Mapped[str] = mapped_column(String(300))
    fact: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(String(16))
    link: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    reporter: Mapped[str | None] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(12), index=True)
    reported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    source_label: Mapped[str | None] = mapped_column(Text)


class ChartImage(Base):
    """A rendered picture of where an applicant stands, served under an unguessable token."""

    __tablename__ = "chart_images"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner: Mapped[str] = mapped_column(String(64), index=True)  # hash of the sender id
    png: Mapped[bytes] = mapped_column(LargeBinary)
    alt: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class FunnelMark(Base):
    """One conversation reached one funnel step on one day and channel (``bot.analytics``).

    ``sender_key`` is a one-way hash of the sender id, so one conversation counts once per
    step and day; ``forget_me`` deletes the sender's marks and leaves one ``forgot`` mark with
    no key. Never text, slot values or scores.
    """

    __tablename__ = "analytics_funnel"
    __table_args__ = (
        UniqueConstraint("day", "channel", "step", "sender_key", name="uq_analytics_funnel_mark"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(16))
    sender_key: Mapped[str | None] = mapped_column(String(64), index=True)


def make_engine(
    url: str, *, pool_size: int | None = None, max_overflow: int | None = None
) -> Engine:
    """An engine for ``url``; creates the folder of a SQLite file and turns on its foreign keys.

    ``pool_size``/``max_overflow`` (settings ``DB_POOL_SIZE``, ``DB_MAX_OVERFLOW``) size a
    server database's connection pool; SQLite ignores them.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    pool: dict[str, int] = {}
    if parsed.get_backend_name() != "sqlite":
        pool = {
            k: v
            for k, v in (("pool_size", pool_size), ("max_overflow", max_overflow))
            if v is not None
        }
    engine = create_engine(url, pool_pre_ping=True, **pool)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
    return engine


def _enable_sqlite_foreign_keys(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_schema(engine: Engine) -> None:
    """Bring the project's tables to the newest migration (idempotent; ``bot.adapters.schema``).

    The migrations, not the models, create the tables: the schema is the same whichever table
    modules the caller happened to import, and a test keeps models and migrations in step.
    """
    from bot.adapters.schema import upgrade_schema  # Alembic is loaded only when a store opens

    upgrade_schema(engine)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work commits on success and rolls back on any error."""
    factory = sessionmaker(engine, expire_on_commit=False)
    with factory() as session, session.begin():
        yield session


__all__ = [
    "Base",
    "ChartImage",
    "FunnelMark",
    "StoredProfile",
    "UserReport",
    "create_schema",
    "make_engine",
    "transaction",
    "utc_now",
]
