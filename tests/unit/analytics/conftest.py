"""The analytics tests run on SQLite and on PostgreSQL (a fresh schema each)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from support.postgres import fresh_schema

from bot.db import create_schema, make_engine


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """Our database with every table (the migrations), on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        sqlite = make_engine(f"sqlite:///{tmp_path / 'advisor.db'}")
        create_schema(sqlite)
        yield sqlite
        sqlite.dispose()
        return
    with fresh_schema("analytics") as postgres:
        create_schema(postgres)
        yield postgres
