"""Fresh PostgreSQL databases for one test module (the machine's server, trust auth)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, text

from bot.adapters.orm import make_engine

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432"


@contextmanager
def fresh_databases(
    prefix: str, kinds: tuple[str, ...] = ("kb", "tracker")
) -> Iterator[dict[str, str]]:
    """``{kind: database name}``, created empty and dropped (with their connections) after."""
    names = {kind: f"{prefix}_{kind}_{uuid.uuid4().hex[:8]}" for kind in kinds}
    admin = create_engine(f"{POSTGRES}/test", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for name in names.values():
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield names
    finally:
        with admin.connect() as connection:
            for name in names.values():
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def fresh_schema(prefix: str) -> Iterator[Engine]:
    """An engine of the ``test`` database whose tables live in a new schema, dropped after."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = make_engine(f"{POSTGRES}/test")
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(f"{POSTGRES}/test?options=-csearch_path%3D{schema}")
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
