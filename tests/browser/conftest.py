"""Fixtures for the browser tests: the real product stack and Debian's chromium via Playwright.

``stack`` starts ``advisor run`` (Rasa + action server + web demo server, the same supervisor as
``make run``) on free ports with temporary databases, after ``make train`` (quick when the model
is current). ``browser`` launches /usr/bin/chromium; Playwright cannot download browsers here.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STARTUP_TIMEOUT = 300.0
# Settings a developer's shell may carry that must not leak into the test stack.
_SETTING_PREFIXES: tuple[str, ...] = (
    "RASA_",
    "ACTIONS_",
    "WEB_",
    "BIND_",
    "DATABASE_",
    "TRACKER_",
    "LOCK_",
    "TELEGRAM_",
    "ADVISOR_",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Stack:
    """The running product: where the demo page and Rasa answer."""

    web_url: str
    rasa_url: str
    web_port: int
    rasa_port: int
    env: dict[str, str]
    log_path: Path

    def tracker(self, sender_id: str) -> dict[str, Any]:
        """Rasa's tracker for a sender (HTTP API; the stack runs without an auth token)."""
        response = httpx.get(f"{self.rasa_url}/conversations/{sender_id}/tracker", timeout=30)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def user_texts(self, sender_id: str) -> list[str]:
        events = self.tracker(sender_id).get("events") or []
        return [str(e.get("text")) for e in events if e.get("event") == "user"]


def _stack_env(tmp: Path, rasa_port: int, actions_port: int, web_port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(_SETTING_PREFIXES)}
    env.update(
        RASA_PORT=str(rasa_port),
        ACTIONS_PORT=str(actions_port),
        WEB_PORT=str(web_port),
        BIND_HOST="127.0.0.1",
        DATABASE_URL=f"sqlite:///{tmp / 'advisor.db'}",
        TRACKER_STORE_URL=f"sqlite:///{tmp / 'tracker.db'}",
        ADVISOR_MODE="development",
        RASA_TELEMETRY_ENABLED="false",
    )
    return env


def _log_tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _wait_ready(process: subprocess.Popen[bytes], stack: Stack) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    with httpx.Client(timeout=3) as client:
        while True:
            if process.poll() is not None:
                pytest.fail(
                    f"advisor run exited ({process.returncode}):\n{_log_tail(stack.log_path)}"
                )
            try:
                web = client.get(f"{stack.web_url}/healthz")
                status = client.get(f"{stack.rasa_url}/status")
                if web.is_success and status.is_success and status.json().get("model_id"):
                    return
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the stack did not start in time:\n{_log_tail(stack.log_path)}")
            time.sleep(1)


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    subprocess.run(["make", "--no-print-directory", "train"], cwd=ROOT, check=True)
    tmp = tmp_path_factory.mktemp("web-stack")
    rasa_port, actions_port, web_port = free_port(), free_port(), free_port()
    env = _stack_env(tmp, rasa_port, actions_port, web_port)
    log_path = tmp / "advisor-run.log"
    stack = Stack(
        web_url=f"http://127.0.0.1:{web_port}",
        rasa_url=f"http://127.0.0.1:{rasa_port}",
        web_port=web_port,
        rasa_port=rasa_port,
        env=env,
        log_path=log_path,
    )
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "advisor"), "run"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_ready(process, stack)
        yield stack
    finally:
        # The supervisor stops its services on SIGTERM; SIGKILL the group if it hangs.
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


# Module scope, not session: Playwright's sync API keeps an asyncio loop running in this thread
# while it is open, which breaks every later test in the session that calls asyncio.run().
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make browser` (part of `make install`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
