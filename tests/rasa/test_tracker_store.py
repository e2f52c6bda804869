"""``AdvisorSQLTrackerStore`` (runs inside Rasa) on SQLite and PostgreSQL, through a probe script
executed with Rasa's own interpreter; Rasa's ``SQLTrackerStore`` reads back what was stored."""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dialogue_assets import ROOT
from sqlalchemy import create_engine, text

pytestmark = pytest.mark.rasa

RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"
PROBE = Path(__file__).with_name("tracker_store_probe.py")
POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"


def probe(url: str, **env: str) -> dict[str, Any]:
    result = subprocess.run(
        [str(RASA_PYTHON), str(PROBE), url],
        cwd=ROOT,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false", **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.fixture
def postgres_schema() -> Iterator[str]:
    schema = f"trackertest_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://"))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield schema
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def check_behaviour(seen: dict[str, Any]) -> None:
    assert seen["cache_hit_is_same_object"], "a saved tracker is served from the cache"
    assert seen["saved_equals_reference"], "rows are exactly what Rasa's store would write"
    assert seen["second_save_equals_reference"], "a cached save appends only the new events"
    assert seen["rows_after_two_turns"] == 7, "listen + two turns of three events"
    assert seen["unsaved_change_reloads"], "an unsaved in-memory change is never served"
    assert seen["reloaded_equals_reference"]
    assert seen["other_writer_seen"], "rows from another writer invalidate the cache"
    assert seen["after_delete"] is None, "a deleted conversation is gone, not served from memory"
    assert seen["rows_after_forget_turn"] == ["user", "action"], "forgotten events stay deleted"
    assert seen["forget_turn_not_cached"]


def test_on_sqlite_with_write_ahead_logging(tmp_path: Path) -> None:
    seen = probe(f"sqlite:///{tmp_path / 'tracker.db'}")
    check_behaviour(seen)
    assert seen["journal_mode"] == "wal"


@pytest.mark.postgres
def test_on_postgresql(postgres_schema: str) -> None:
    seen = probe(POSTGRES_URL, POSTGRESQL_SCHEMA=postgres_schema)
    check_behaviour(seen)
