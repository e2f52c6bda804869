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

from actions import storage
from bot.bootstrap import build_services, temporary_settings
from bot.settings import get_settings

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    """domain.yml as a dict: the shape Rasa sends to the action server."""
    return dict(yaml.safe_load((ROOT / "domain.yml").read_text()))


@pytest.fixture(autouse=True)
def no_clause_parsing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Actions here run without a Rasa server: clause parsing (``CLAUSE_NLU``) is off, so no
    test reaches a server that happens to run on this machine. It is tested on its own and
    through ``make run``. So is the learned topic model (``LEARNED_TOPICS``): the actions' tests
    read the keyword model's order, whether or not ``make train`` has run."""
    monkeypatch.setenv("CLAUSE_NLU", "false")
    monkeypatch.setenv("LEARNED_TOPICS", "false")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def databases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Fresh SQLite files for DATABASE_URL and TRACKER_STORE_URL: the bootstrap's services."""
    settings = temporary_settings(tmp_path)
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("TRACKER_STORE_URL", settings.tracker_store_url)
    get_settings.cache_clear()
    previous = storage.install(build_services(settings))
    yield tmp_path
    installed = storage.install(previous)
    if installed is not None:
        installed.dispose()
    get_settings.cache_clear()
