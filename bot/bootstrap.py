"""Builds the stores once from settings and hands them to the services (the composition root).

The action server calls ``build_services(get_settings())`` once (``actions.storage``); the CLI
and tests call the same function, tests with ``temporary_settings(folder)`` so that every store
is a fresh SQLite file. Nothing is built at import time.

``build_stores`` imports every table module before it creates the schema, so the schema is
complete whichever module asked first (the tables register on ``bot.adapters.orm.Base``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

import bot.kb.models  # noqa: F401  (registers the knowledge-base tables on the metadata)
from bot.adapters.orm import create_schema, make_engine
from bot.charts.service import ChartService
from bot.corrections.service import CorrectionService
from bot.forget import ForgetService
from bot.runtime.clause_nlu import ClauseIntents, clause_intents_for
from bot.settings import Settings
from bot.tracker_store import project_tracker_url
from bot.understanding.learned_topics import TopicGuesser, load_guesser


@dataclass(frozen=True)
class Stores:
    """The two databases: ours (``DATABASE_URL``) and Rasa's tracker (``TRACKER_STORE_URL``)."""

    database: Engine
    tracker: Engine

    def dispose(self) -> None:
        self.database.dispose()
        self.tracker.dispose()


@dataclass(frozen=True)
class Services:
    """Everything an action needs, built over one set of stores."""

    stores: Stores
    forget: ForgetService
    corrections: CorrectionService
    charts: ChartService
    clause_intents: ClauseIntents  # Rasa's /model/parse on unplaced question clauses
    topic_guess: TopicGuesser | None = None  # the learned main topic; None: keywords only

    def dispose(self) -> None:
        self.stores.dispose()


def build_stores(settings: Settings) -> Stores:
    """Engines for both databases; the project's tables are created if missing."""
    pool = {"pool_size": settings.db_pool_size, "max_overflow": settings.db_max_overflow}
    database = make_engine(settings.database_url, **pool)
    create_schema(database)
    tracker = make_engine(project_tracker_url(settings.tracker_store_url), **pool)
    return Stores(database=database, tracker=tracker)


def build_services(settings: Settings) -> Services:
    """The services over freshly built stores (call once per process)."""
    stores = build_stores(settings)
    return Services(
        stores=stores,
        forget=ForgetService(stores.database, stores.tracker),
        corrections=CorrectionService(stores.database),
        charts=ChartService(stores.database),
        clause_intents=clause_intents_for(settings),
        topic_guess=load_guesser(settings.topic_model_file()) if settings.learned_topics else None,
    )


def temporary_settings(folder: Path, **overrides: object) -> Settings:
    """Settings whose databases are SQLite files in ``folder`` (tests, benchmarks, scratch)."""
    values: dict[str, object] = {
        "database_url": f"sqlite:///{folder / 'advisor.db'}",
        "tracker_store_url": f"sqlite:///{folder / 'tracker.db'}",
        **overrides,
    }
    return Settings.model_validate(values)
