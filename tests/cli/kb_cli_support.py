"""Run ``advisor`` as a subprocess, the way users and outside checks do (kb and programs tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

Advisor = Callable[..., subprocess.CompletedProcess[str]]


def advisor_runner(database_url: str, cwd: Path) -> Advisor:
    """A function running ``advisor ARGS`` against this database, from a scratch folder."""
    env = {**os.environ, "DATABASE_URL": database_url, "NO_COLOR": "1"}

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot.cli.main", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd,
            timeout=120,
            check=False,
        )

    return run
