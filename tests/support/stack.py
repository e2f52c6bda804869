"""The real product stack for end-to-end tests: ``make run`` on free ports, temporary databases.

The integration, browser and Telegram tests all drive the product the way an operator starts
it: ``make run`` (which trains first when the model is stale) in its own process group, with
``RASA_PORT``/``ACTIONS_PORT``/``WEB_PORT`` on free ports and ``DATABASE_URL`` /
``TRACKER_STORE_URL`` in a temporary folder. ``ProductStack`` starts and stops it (Ctrl-C to the
group, as an operator does), finds processes left behind, and talks to Rasa like any client.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
# Generous: `make run` may have to train first (minutes on a busy 2-core machine).
STARTUP_TIMEOUT = 900.0
STOP_TIMEOUT = 40.0
READY_MARKER = b"[advisor run] ready"
# The date the test stacks' action servers advise on (ADVISOR_TODAY).
STACK_TODAY = date(2026, 12, 2)
# Settings a developer's shell may carry that must not leak into the test stack.
SETTING_PREFIXES = (
    *("RASA_", "ACTIONS_", "WEB_", "BIND_", "DATABASE_", "TRACKER_", "LOCK_"),
    *("TELEGRAM_", "ADVISOR_", "LOG_", "CHANNEL_", "EVENT_"),
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (from /proc), including other sessions' members."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def stack_environment(folder: Path, **overrides: str) -> dict[str, str]:
    """The caller's environment minus our settings, plus free ports and databases in ``folder``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(SETTING_PREFIXES)}
    env.update(
        RASA_PORT=str(free_port()),
        ACTIONS_PORT=str(free_port()),
        WEB_PORT=str(free_port()),
        BIND_HOST="127.0.0.1",
        DATABASE_URL=f"sqlite:///{folder / 'advisor.db'}",
        TRACKER_STORE_URL=f"sqlite:///{folder / 'tracker.db'}",
        ADVISOR_MODE="development",
        # One date for every conversation test: the season's calendar (and so whether the
        # applicant's stage is asked) depends on it. December: a season under way.
        ADVISOR_TODAY=STACK_TODAY.isoformat(),
        RASA_TELEMETRY_ENABLED="false",
        # Each stack its own secret: tests can make the gateway's proof (gateway_headers).
        CHANNEL_SECRET=secrets.token_hex(32),
        # Rasa's HTTP API closed as in production; tests pass the token (api_params).
        RASA_AUTH_TOKEN=secrets.token_hex(16),
    )
    env.update(overrides)
    return env


@dataclass
class ProductStack:
    """One ``make run`` and the ways to talk to it."""

    folder: Path
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    started_pids: set[int] = field(default_factory=set)

    @classmethod
    def launch(cls, folder: Path, **settings: str) -> ProductStack:
        """Start a stack whose databases live in ``folder``; ``settings`` override the env."""
        stack = cls(folder, stack_environment(folder, **settings))
        stack.start()
        return stack

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.env['RASA_PORT']}"

    @property
    def web_port(self) -> int:
        return int(self.env["WEB_PORT"])

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    @property
    def log_path(self) -> Path:
        return self.folder / "make-run.log"

    @property
    def database_file(self) -> Path:
        return self.folder / "advisor.db"

    @property
    def tracker_file(self) -> Path:
        return self.folder / "tracker.db"

    def command(self) -> list[str]:
        """What starts the stack (a subclass starts ``make run-scaled``)."""
        return ["make", "--no-print-directory", "run"]

    @property
    def api_urls(self) -> list[str]:
        """Where Rasa's HTTP API answers (every instance's, for a scaled stack)."""
        return [self.rasa_url]

    def start(self) -> None:
        """``command()``; returns once it says it is ready and every Rasa has loaded the model."""
        # The log is appended to across restarts: look for "ready" in this run's part only.
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                self.command(),
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not (READY_MARKER in self.log_path.read_bytes()[offset:] and self._model_loaded()):
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"{self.command()} exited ({self.process.returncode}):\n{self.log()}"
                )
            if time.monotonic() > deadline:
                self.stop(signal.SIGKILL)
                raise RuntimeError(
                    f"{self.command()} not ready in {STARTUP_TIMEOUT} s:\n{self.log()}"
                )
            time.sleep(0.5)
        self.started_pids = descendants(self.process.pid)

    def _model_loaded(self) -> bool:
        for url in self.api_urls:
            try:
                status = httpx.get(f"{url}/status", params=self.api_params, timeout=3)
            except httpx.HTTPError:
                return False
            if not (status.is_success and status.json().get("model_id")):
                return False
        return True

    def stop(self, signum: int = signal.SIGINT) -> int:
        """Stop like Ctrl-C does (the signal to make's whole process group); the exit status."""
        assert self.process is not None
        try:
            os.killpg(self.process.pid, signum)
            status = self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            for pid in descendants(self.process.pid):
                os.kill(pid, signal.SIGKILL)
            raise
        self.process = None
        return status

    def close(self) -> None:
        """Stop the stack if it still runs (fixture teardown)."""
        if self.process is not None and self.process.poll() is None:
            self.stop()

    def service_pids(self, marker: bytes) -> list[int]:
        """The stack's live processes whose command line contains ``marker`` (e.g. b"rasa_sdk"
        for the action server, b"bot.cli.main telegram" for the gateway)."""
        assert self.process is not None
        found = []
        for pid in descendants(self.process.pid):
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                continue
            if marker in command:
                found.append(pid)
        return found

    def orphans(self) -> list[int]:
        """Processes started by the last ``make run`` that are still alive."""
        return sorted(pid for pid in self.started_pids if alive(pid))

    def log(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    # --- talking to the bot ------------------------------------------------------------

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        """Send a message through the REST channel; Rasa's replies."""
        response = httpx.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=60,
        )
        response.raise_for_status()
        return list(response.json())

    @property
    def api_params(self) -> dict[str, str]:
        """Query parameters for Rasa's HTTP API (the stack runs with an auth token)."""
        return {"token": self.env["RASA_AUTH_TOKEN"]}

    def gateway_headers(self) -> dict[str, str]:
        """The headers by which our Telegram gateway proves itself to the REST channel."""
        from bot.channels.sessions import GATEWAY_HEADER, ChannelSecret

        return {GATEWAY_HEADER: ChannelSecret(self.env["CHANNEL_SECRET"]).gateway_token}

    def tracker(self, sender: str) -> dict[str, Any]:
        """Rasa's tracker for a sender (HTTP API, with the stack's auth token)."""
        response = httpx.get(
            f"{self.api_urls[0]}/conversations/{sender}/tracker", params=self.api_params, timeout=30
        )
        response.raise_for_status()
        return dict(response.json())

    def slots(self, sender: str) -> dict[str, Any]:
        return dict(self.tracker(sender)["slots"])

    def user_texts(self, sender: str) -> list[str]:
        events = self.tracker(sender).get("events") or []
        return [str(e.get("text")) for e in events if e.get("event") == "user"]
