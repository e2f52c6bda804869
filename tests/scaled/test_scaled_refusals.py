"""``advisor run --instances N`` refuses, with one line and status 2, without shared stores."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({}, "TRACKER_STORE_URL on PostgreSQL"),
        ({"TRACKER_STORE_URL": "postgresql://postgres@127.0.0.1:5432/test"}, "LOCK_STORE_URL"),
    ],
)
def test_several_instances_without_postgresql_or_redis_refuse_to_start(settings, named):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRACKER_", "LOCK_", "RASA_"))}
    result = subprocess.run(
        [str(ROOT / ".venv/bin/advisor"), "run", "--instances", "2"],
        env={**env, **settings},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert named in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "started" not in result.stdout
