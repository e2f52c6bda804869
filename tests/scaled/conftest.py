"""The scaled tests' stack: one ``make run-scaled`` (tests/support/scaled_stack.py) that every
module here shares, on two fresh PostgreSQL databases and Redis. Started at the first scaled
test, stopped at the end of the session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from support.postgres import fresh_databases
from support.scaled_stack import INSTANCES, LOCK_DB, POSTGRES, ScaledStack, free_instance_base


@pytest.fixture(scope="session")
def scaled_databases() -> Iterator[dict[str, str]]:
    with fresh_databases("advisor_scaled") as names:
        yield names


@pytest.fixture(scope="session")
def scaled_stack(
    tmp_path_factory: pytest.TempPathFactory, scaled_databases: dict[str, str]
) -> Iterator[ScaledStack]:
    if shutil.which("nginx") is None:
        pytest.fail("nginx is not installed: run `make balancer` (part of `make install`)")
    stack = ScaledStack.launch(
        tmp_path_factory.mktemp("scaled-stack"),
        DATABASE_URL=f"{POSTGRES}/{scaled_databases['kb']}",
        TRACKER_STORE_URL=f"postgresql://postgres@127.0.0.1:5432/{scaled_databases['tracker']}",
        LOCK_STORE_URL=f"redis://127.0.0.1:6379/{LOCK_DB}",
        RASA_INSTANCES=str(INSTANCES),
        ACTION_SERVERS="2",
        INSTANCE_BASE_PORT=str(free_instance_base()),
        LOG_LEVEL="WARNING",
    )
    try:
        yield stack
    finally:
        stack.close()
