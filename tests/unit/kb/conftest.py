"""Fixtures for the knowledge-base tests: a small valid folder, SQLite and PostgreSQL engines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kb_test_support import FACT_HEADER, PROGRAM_HEADER, fact, program, write_csv
from sqlalchemy import Engine
from support.postgres import fresh_schema

from bot.db import make_engine


@pytest.fixture
def make_folder(tmp_path: Path) -> Callable[..., Path]:
    """A knowledge folder: programs/list.csv and facts/sample.csv with the given rows."""
    counter = iter(range(1000))

    def build(
        programs: list[dict[str, str]] | None = None, facts: list[dict[str, str]] | None = None
    ) -> Path:
        folder = tmp_path / f"kb{next(counter)}"
        folder.mkdir()
        if programs is not None:
            write_csv(folder / "programs" / "list.csv", PROGRAM_HEADER, programs)
        if facts is not None:
            write_csv(folder / "facts" / "sample.csv", FACT_HEADER, facts)
        return folder

    return build


@pytest.fixture
def good_folder(make_folder: Callable[..., Path]) -> Path:
    return make_folder(
        [
            program("p1", visa_j1="yes", img_history="yes"),
            program("p2", track="integrated_ir", city="Dallas", state="TX", region="southwest"),
            program("p3", track="transitional", positions=""),
        ],
        [fact("dr.matched.step2ck"), fact("ir.matched.step2ck", year="", median="")],
    )


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    yield engine
    engine.dispose()


@pytest.fixture
def postgres_engine() -> Iterator[Engine]:
    """An engine whose tables live in a fresh schema, dropped afterwards."""
    with fresh_schema("kbtest") as engine:
        yield engine


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> Engine:
    """The same test on SQLite and on PostgreSQL."""
    name = "sqlite_engine" if request.param == "sqlite" else "postgres_engine"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]
