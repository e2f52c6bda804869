"""The action server's database engines, created on first use and kept for the process."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Engine

from bot.db import create_schema, make_engine
from bot.forget import ForgetService
from bot.settings import get_settings
from bot.tracker_store import project_tracker_url


@lru_cache(maxsize=1)
def database_engine() -> Engine:
    """``DATABASE_URL``: the knowledge base and stored profiles (tables created if missing)."""
    engine = make_engine(get_settings().database_url)
    create_schema(engine)
    return engine


@lru_cache(maxsize=1)
def tracker_engine() -> Engine:
    """``TRACKER_STORE_URL``: Rasa's tracker database, opened with our driver."""
    return make_engine(project_tracker_url(get_settings().tracker_store_url))


def forget_service() -> ForgetService:
    """The forget service over both databases."""
    return ForgetService(database_engine(), tracker_engine())
