"""Rasa's SQL tracker store as our processes see it: its URL for each environment, its table.

Rasa (``.venv-rasa``, SQLAlchemy 1.4 with psycopg2) and our action server (``.venv``, SQLAlchemy
2.0 with psycopg 3) open the same database from ``TRACKER_STORE_URL``, but a PostgreSQL URL needs a
different driver on each side. Rasa owns the table (``events``, created by Rasa's
``SQLTrackerStore``); we only read and delete rows of one sender (``bot.forget``).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text
from sqlalchemy.engine import make_url

_POSTGRES_BACKENDS = ("postgresql", "postgres")

# Rasa's ``SQLTrackerStore.SQLEvent`` (rasa/core/tracker_store.py, 3.6): the columns we touch.
# A separate MetaData keeps it out of ``bot.db.Base``: ``create_schema`` must never create it.
TRACKER_METADATA = MetaData()
EVENTS = Table(
    "events",
    TRACKER_METADATA,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)


def _with_driver(url: str, driver: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() not in _POSTGRES_BACKENDS:
        return url
    return parsed.set(drivername=f"postgresql+{driver}").render_as_string(hide_password=False)


def rasa_tracker_url(url: str) -> str:
    """``TRACKER_STORE_URL`` as Rasa's environment opens it (psycopg2 for PostgreSQL)."""
    return _with_driver(url, "psycopg2")


def project_tracker_url(url: str) -> str:
    """``TRACKER_STORE_URL`` as the project's environment opens it (psycopg 3 for PostgreSQL)."""
    return _with_driver(url, "psycopg")


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL (relative to the working directory), else None."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)
