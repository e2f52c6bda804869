"""Connection pools of a server database are sized from settings (DB_POOL_SIZE, DB_MAX_OVERFLOW)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text

from bot.bootstrap import build_stores
from bot.settings import Settings

pytestmark = pytest.mark.postgres
SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"


def test_postgresql_pools_take_their_size_from_settings():
    name = f"advisor_pool_{uuid.uuid4().hex[:8]}"
    admin = create_engine(f"{SERVER}/test", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=f"{SERVER}/{name}",
        tracker_store_url=f"postgresql://postgres@127.0.0.1:5432/{name}",
        db_pool_size=7,
        db_max_overflow=3,
    )
    stores = build_stores(settings)
    try:
        for engine in (stores.database, stores.tracker):
            assert engine.pool.size() == 7  # type: ignore[attr-defined]
            assert engine.pool._max_overflow == 3  # type: ignore[attr-defined]
    finally:
        stores.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
