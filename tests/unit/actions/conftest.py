"""Fixtures for the action unit tests: the domain as Rasa sends it, temporary databases.

Only rasa_sdk is used (``Tracker``, ``CollectingDispatcher``); Rasa itself is not installed in
the project environment.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from actions.storage import database_engine, tracker_engine
from bot.settings import get_settings

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    """domain.yml as a dict: the shape Rasa sends to the action server."""
    return dict(yaml.safe_load((ROOT / "domain.yml").read_text()))


@pytest.fixture
def databases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Fresh SQLite files for DATABASE_URL and TRACKER_STORE_URL (engines re-created)."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'advisor.db'}")
    monkeypatch.setenv("TRACKER_STORE_URL", f"sqlite:///{tmp_path / 'tracker.db'}")
    for cached in (get_settings, database_engine, tracker_engine):
        cached.cache_clear()
    yield tmp_path
    for cached in (database_engine, tracker_engine):
        if cached.cache_info().currsize:
            cached().dispose()
        cached.cache_clear()
    get_settings.cache_clear()
