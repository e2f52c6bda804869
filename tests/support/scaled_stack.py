"""``make run-scaled`` for the scaled tests: 2 Rasa instances and 2 action servers behind nginx,
PostgreSQL (two fresh databases) and Redis, on free ports (tests/support/stack.py's way).
tests/scaled/conftest.py holds one for the session: its modules share it.

``ADVISOR_TEST_NO_TRAIN=1`` starts ``advisor run --instances 2 --action-servers 2`` with the
model already in ``models/`` instead (the same supervisor, without make's training step): for
a shared tree whose dialogue data is being edited.
"""

from __future__ import annotations

import os

from support.stack import ROOT, ProductStack, free_port

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
    def api_urls(self) -> list[str]:
        return self.instance_urls

    @property
    def instance_urls(self) -> list[str]:
        base = int(self.env["INSTANCE_BASE_PORT"])
        return [f"http://127.0.0.1:{base + i}" for i in range(INSTANCES)]

    def command(self) -> list[str]:
        return command()
