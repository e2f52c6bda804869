"""The real product stack for the integration tests: ``make run`` on free ports, temp databases.

``stack`` (one per test module: Rasa takes 20-60 s to start) runs ``make run`` in its own
process group with RASA_PORT/ACTIONS_PORT/WEB_PORT on free ports and DATABASE_URL /
TRACKER_STORE_URL in a temporary folder. ``make run`` trains first when the model is stale.
Helpers talk to Rasa's REST channel and HTTP API like any client.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
# Generous: `make run` may have to train first (a couple of minutes on a busy 2-core machine).
STARTUP_TIMEOUT = 900.0
STOP_TIMEOUT = 40.0
_SETTING_PREFIXES = ("RASA_", "ACTIONS_", "WEB_", "BIND_", "DATABASE_", "TRACKER_", "LOCK_")
_SETTING_PREFIXES += ("TELEGRAM_", "ADVISOR_")


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


@dataclass
class Stack:
    """One running ``make run`` and the ways to talk to it."""

    folder: Path
    env: dict[str, str]
    rasa_url: str
    log_path: Path
    process: subprocess.Popen[bytes] | None = None
    started_pids: set[int] = field(default_factory=set)

    @property
    def database_file(self) -> Path:
        return self.folder / "advisor.db"

    @property
    def tracker_file(self) -> Path:
        return self.folder / "tracker.db"

    def start(self) -> None:
        # The log is appended to across restarts: look for "ready" in this run's part only.
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            ["make", "--no-print-directory", "run"],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while b"[advisor run] ready" not in self.log_path.read_bytes()[offset:]:
            if self.process.poll() is not None:
                raise RuntimeError(f"make run exited ({self.process.returncode}):\n{self.log()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"make run not ready in {STARTUP_TIMEOUT} s:\n{self.log()}")
            time.sleep(0.5)
        self.started_pids = descendants(self.process.pid)

    def stop(self, signum: int = signal.SIGINT) -> int:
        """Stop like Ctrl-C does (the signal to make's whole process group); the exit status."""
        assert self.process is not None
        os.killpg(self.process.pid, signum)
        try:
            status = self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            for pid in descendants(self.process.pid):
                os.kill(pid, signal.SIGKILL)
            raise
        self.process = None
        return status

    def orphans(self) -> list[int]:
        """Processes started by the last ``make run`` that are still alive."""
        return sorted(pid for pid in self.started_pids if alive(pid))

    def log(self, lines: int = 60) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    # --- talking to the bot ------------------------------------------------------------

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        response = httpx.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=60,
        )
        response.raise_for_status()
        return list(response.json())

    def tracker(self, sender: str) -> dict[str, Any]:
        response = httpx.get(f"{self.rasa_url}/conversations/{sender}/tracker", timeout=30)
        response.raise_for_status()
        return dict(response.json())

    def slots(self, sender: str) -> dict[str, Any]:
        return dict(self.tracker(sender)["slots"])


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    folder = tmp_path_factory.mktemp("stack")
    env = {k: v for k, v in os.environ.items() if not k.startswith(_SETTING_PREFIXES)}
    rasa_port = free_port()
    env.update(
        RASA_PORT=str(rasa_port),
        ACTIONS_PORT=str(free_port()),
        WEB_PORT=str(free_port()),
        BIND_HOST="127.0.0.1",
        DATABASE_URL=f"sqlite:///{folder / 'advisor.db'}",
        TRACKER_STORE_URL=f"sqlite:///{folder / 'tracker.db'}",
        LOG_LEVEL="WARNING",
    )
    stack = Stack(folder, env, f"http://127.0.0.1:{rasa_port}", folder / "make-run.log")
    stack.start()
    try:
        yield stack
    finally:
        if stack.process is not None:
            stack.stop()


def new_sender(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def all_text(replies: list[dict[str, Any]]) -> str:
    return "\n".join(str(reply.get("text") or "") for reply in replies)


def buttons(replies: list[dict[str, Any]]) -> dict[str, str]:
    """Title -> payload of every button in the replies."""
    return {b["title"]: b["payload"] for reply in replies for b in reply.get("buttons") or []}
