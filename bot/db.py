"""Database plumbing shared by the knowledge base and the applicant-profile store.

SQLite by default, PostgreSQL in production (``DATABASE_URL``). Engines are created on demand,
never at import time; services open a session per unit of work and own its transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker


class Base(DeclarativeBase):
    """Declarative base of every table the project owns (Rasa's tracker tables are Rasa's)."""


def make_engine(url: str) -> Engine:
    """An engine for ``url``; creates the folder of a SQLite file and turns on its foreign keys."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, pool_pre_ping=True)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
    return engine


def _enable_sqlite_foreign_keys(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_schema(engine: Engine) -> None:
    """Create every project table that does not exist yet (idempotent)."""
    # Import the model modules so their tables are registered on Base.metadata.
    import bot.kb.models
    import bot.profile_store  # noqa: F401

    Base.metadata.create_all(engine)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work commits on success and rolls back on any error."""
    factory = sessionmaker(engine, expire_on_commit=False)
    with factory() as session, session.begin():
        yield session
