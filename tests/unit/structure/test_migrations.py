"""The migrations (bot/adapters/migrations) and the models agree, on SQLite and PostgreSQL; a
database made before migrations existed is brought up without losing its rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, text
from support.postgres import fresh_schema

import bot.bootstrap  # noqa: F401  (imports every table module: the full metadata)
from bot.adapters.orm import Base, StoredProfile, create_schema


def differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))


def revision(engine: Engine) -> str:
    with engine.connect() as connection:
        return str(connection.execute(text("SELECT version_num FROM alembic_version")).scalar())


@pytest.fixture
def postgres() -> Iterator[Engine]:
    with fresh_schema("migrations") as engine:
        yield engine


def test_migrations_make_exactly_the_models_schema_on_sqlite(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    create_schema(engine)
    create_schema(engine)  # idempotent
    assert differences(engine) == []
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    assert revision(engine) == "0002"


def test_migrations_make_exactly_the_models_schema_on_postgresql(postgres: Engine) -> None:
    create_schema(postgres)
    assert differences(postgres) == []
    assert revision(postgres) == "0002"


def test_a_database_from_before_migrations_keeps_its_rows(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'legacy.db'}")
    Base.metadata.create_all(engine, tables=[StoredProfile.__table__])  # the old way, one table
    with engine.begin() as connection:
        connection.execute(
            StoredProfile.__table__.insert().values(
                sender_id="web:1",
                profile={"step2ck_score": 250},
                updated_at=datetime.now(timezone.utc),
            )
        )
    create_schema(engine)
    assert differences(engine) == []
    with engine.connect() as connection:
        kept = connection.execute(text("SELECT sender_id FROM applicant_profiles")).scalars()
        assert list(kept) == ["web:1"]


def test_processes_opening_one_postgresql_together_migrate_it_once(postgres: Engine) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: create_schema(postgres), range(4)))
    assert differences(postgres) == []
    with postgres.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
