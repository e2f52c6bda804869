"""Run the real gateway (``advisor telegram``) as a subprocess pointed at loopback servers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tg_bot_api_server import FakeBotApi

# The polling gateway fixture's limits (conftest.py): low enough that the rate-limit test is
# quick, high enough for every other test's chat.
TEST_RATE_LIMIT = 6
TEST_RASA_TIMEOUT = 1.5
TELEGRAM_SETTINGS = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_BASE_URL",
    "TELEGRAM_WEBHOOK_URL",
    "TELEGRAM_WEBHOOK_SECRET",
    "TELEGRAM_WEBHOOK_PORT",
    "TELEGRAM_RATE_LIMIT_PER_MINUTE",
    "TELEGRAM_RASA_TIMEOUT_SECONDS",
)


def gateway_env(api: FakeBotApi | None, rasa_port: int, **settings: str) -> dict[str, str]:
    """The environment of a gateway process: our settings only, nothing from the caller's."""
    env = {k: v for k, v in os.environ.items() if k not in TELEGRAM_SETTINGS}
    env.update(
        {
            "BIND_HOST": "127.0.0.1",
            "RASA_PORT": str(rasa_port),
            "LOG_LEVEL": "INFO",
            "PYTHONUNBUFFERED": "1",
        }
    )
    if api is not None:
        env["TELEGRAM_BOT_TOKEN"] = api.token
        env["TELEGRAM_API_BASE_URL"] = api.base_url
    env.update(settings)
    return env


def run_cli(env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``advisor telegram`` to completion (for start-up errors)."""
    return subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "telegram"],
        env=env,
        cwd=tempfile.gettempdir(),  # no stray .env file
        capture_output=True,
        text=True,
        timeout=timeout,
    )


class GatewayProcess:
    """``advisor telegram`` running in the background; its stderr goes to a file."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.log_path = log_path
        self._log = log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli.main", "telegram"],
            env=env,
            cwd=log_path.parent,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def log(self) -> str:
        return self.log_path.read_text()

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_until(self, api: FakeBotApi, method: str, timeout: float = 30.0) -> None:
        """Wait until the gateway has called ``method`` (e.g. getUpdates: it is polling)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if api.calls(method):
                return
            if not self.alive():
                raise AssertionError(f"gateway exited early:\n{self.log()}")
            time.sleep(0.05)
        raise AssertionError(f"gateway never called {method}:\n{self.log()}")

    def stop(self) -> int:
        """SIGTERM, as make run's supervisor does; returns the exit status."""
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()
        return int(self.process.returncode)
