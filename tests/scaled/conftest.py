"""``make run-scaled`` for the scaled tests: 2 Rasa instances and 2 action servers behind nginx,
PostgreSQL (two fresh databases) and Redis, on free ports (tests/support/stack.py's way).

``ADVISOR_TEST_NO_TRAIN=1`` starts ``advisor run --instances 2 --action-servers 2`` with the
model already in ``models/`` instead (the same supervisor, without make's training step): for
a shared tree whose dialogue data is being edited.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text
from support.stack import READY_MARKER, ROOT, STARTUP_TIMEOUT, ProductStack, free_port

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432"
LOCK_DB = 12
INSTANCES = 2


def command() -> list[str]:
    if os.environ.get("ADVISOR_TEST_NO_TRAIN") == "1":
        return [str(ROOT / ".venv/bin/advisor"), "run", "--instances", str(INSTANCES)]
    return ["make", "--no-print-directory", "run-scaled"]


def free_instance_base() -> int:
    """A base port whose Rasa (base + i) and action (base + 100 + i) ports are all free."""
    for _ in range(50):
        base = free_port() // 10 * 10
        if base > 65000 - 110:
            continue
        ports = [base + i for i in range(INSTANCES)] + [base + 100 + i for i in range(INSTANCES)]
        try:
            for port in ports:
                with __import__("socket").socket() as sock:
                    sock.bind(("127.0.0.1", port))
        except OSError:
            continue
        return base
    raise RuntimeError("no free port range for the instances")


class ScaledStack(ProductStack):
    """``make run-scaled``; Rasa's HTTP API is reached on an instance's own loopback port."""

    @property
    def instance_urls(self) -> list[str]:
        base = int(self.env["INSTANCE_BASE_PORT"])
        return [f"http://127.0.0.1:{base + i}" for i in range(INSTANCES)]

    def start(self) -> None:
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command(),
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not (READY_MARKER in self.log_path.read_bytes()[offset:] and self._model_loaded()):
            if self.process.poll() is not None:
                raise RuntimeError(f"{command()} exited ({self.process.returncode}):\n{self.log()}")
            if time.monotonic() > deadline:
                self.stop(signal.SIGKILL)
                raise RuntimeError(f"make run-scaled not ready:\n{self.log()}")
            time.sleep(0.5)
        from support.stack import descendants

        self.started_pids = descendants(self.process.pid)

    def _model_loaded(self) -> bool:
        for url in self.instance_urls:
            try:
                status = httpx.get(f"{url}/status", params=self.api_params, timeout=3)
            except httpx.HTTPError:
                return False
            if not (status.is_success and status.json().get("model_id")):
                return False
        return True

    def tracker(self, sender: str) -> dict[str, Any]:
        response = httpx.get(
            f"{self.instance_urls[0]}/conversations/{sender}/tracker",
            params=self.api_params,
            timeout=30,
        )
        response.raise_for_status()
        return dict(response.json())


@pytest.fixture(scope="module")
def scaled_databases() -> Iterator[dict[str, str]]:
    names = {kind: f"advisor_scaled_{kind}_{uuid.uuid4().hex[:8]}" for kind in ("kb", "tracker")}
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


@pytest.fixture(scope="module")
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
