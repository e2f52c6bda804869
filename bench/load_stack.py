"""The product stack for the scaled benchmarks: ``make run-scaled`` on free ports, PostgreSQL
(fresh databases, dropped afterwards) and Redis, as an operator starts it.

Used by bench/load_scaled.py, bench/faults_scaled.py and bench/memory_scaled.py.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432"
LOCK_DB = 14
STARTUP_TIMEOUT = 900.0
_SETTING_PREFIXES = ("RASA_", "ACTIONS_", "WEB_", "BIND_", "DATABASE_", "TRACKER_", "LOCK_")
_SETTING_PREFIXES += ("TELEGRAM_", "ADVISOR_", "CHANNEL_", "INSTANCE_", "LOG_")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def free_base(count: int) -> int:
    """A base port whose instance ports (base + i, base + 100 + i) are free."""
    while True:
        base = free_port() // 10 * 10
        if base + 100 + count >= 65535:
            continue
        try:
            for port in [*range(base, base + count), *range(base + 100, base + 100 + count)]:
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", port))
        except OSError:
            continue
        return base


@contextmanager
def databases() -> Iterator[dict[str, str]]:
    """Fresh PostgreSQL databases ``kb`` and ``tracker``; their SQLAlchemy URLs."""
    names = {kind: f"advisor_bench_{kind}_{uuid.uuid4().hex[:8]}" for kind in ("kb", "tracker")}
    admin = create_engine(f"{POSTGRES}/test", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for name in names.values():
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield {kind: f"{POSTGRES}/{name}" for kind, name in names.items()}
    finally:
        with admin.connect() as connection:
            for name in names.values():
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@dataclass
class Stack:
    """One ``make run-scaled`` (its own process group) and where to reach it."""

    env: dict[str, str]
    process: subprocess.Popen[bytes]
    log: Path
    instances: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.env['RASA_PORT']}"

    @property
    def instance_urls(self) -> list[str]:
        if self.instances == 1:
            return [self.url]
        base = int(self.env["INSTANCE_BASE_PORT"])
        return [f"http://127.0.0.1:{base + i}" for i in range(self.instances)]

    @property
    def token(self) -> dict[str, str]:
        return {"token": self.env["RASA_AUTH_TOKEN"]}

    def ready(self) -> bool:
        if b"[advisor run] ready" not in self.log.read_bytes():
            return False
        for url in self.instance_urls:
            try:
                status = httpx.get(f"{url}/status", params=self.token, timeout=3)
            except httpx.HTTPError:
                return False
            if not (status.is_success and status.json().get("model_id")):
                return False
        return True

    def stop(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGINT)
            self.process.wait(timeout=60)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def processes(self) -> list[tuple[int, str]]:
        """(pid, short name) of every service process (each service is a session of its own)."""
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                parents[int(entry.name)] = int(stat[1])
        # make -> supervisor, or the supervisor itself (train=False); services are its children.
        supervisors = {self.process.pid}
        supervisors |= {pid for pid, parent in parents.items() if parent == self.process.pid}
        leaders = {pid for pid, parent in parents.items() if parent in supervisors}
        found: list[tuple[int, str]] = []
        for pid in parents:
            try:
                if os.getsid(pid) not in leaders:
                    continue
                argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            found.append((pid, _short_name(argv)))
        return sorted(found)


def _short_name(argv: list[bytes]) -> str:
    joined = b" ".join(argv).decode(errors="replace")
    for marker, name in (
        ("rasa_sdk", "action server"),
        ("rasa run", "rasa"),
        ("nginx", "nginx"),
        ("bot.cli.main web", "web"),
        ("bot.cli.main telegram", "telegram gateway"),
    ):
        if marker in joined:
            return name
    return joined[:40]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def start(
    folder: Path,
    stores: dict[str, str],
    *,
    instances: int,
    action_servers: int,
    train: bool = True,
    lock_store_url: str = f"redis://127.0.0.1:6379/{LOCK_DB}",
    settings: Mapping[str, str] | None = None,
) -> Stack:
    """``make run-scaled`` with these counts; returns once every instance has its model.

    ``train=False`` runs ``advisor run`` (the same supervisor) with the model in ``models/``.
    ``settings`` override the environment (e.g. ``TELEGRAM_BOT_TOKEN``, ``LOG_LEVEL``).
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(_SETTING_PREFIXES)}
    env.update(
        RASA_PORT=str(free_port()),
        ACTIONS_PORT=str(free_port()),
        WEB_PORT=str(free_port()),
        INSTANCE_BASE_PORT=str(free_base(max(instances, action_servers))),
        RASA_INSTANCES=str(instances),
        ACTION_SERVERS=str(action_servers),
        DATABASE_URL=stores["kb"],
        TRACKER_STORE_URL=stores["tracker"].replace("+psycopg", ""),
        LOCK_STORE_URL=lock_store_url,
        RASA_AUTH_TOKEN=secrets.token_hex(16),
        CHANNEL_SECRET=secrets.token_hex(32),
        LOG_LEVEL="WARNING",
        RASA_TELEMETRY_ENABLED="false",
    )
    env.update(settings or {})
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / f"run-scaled-{instances}.log"
    argv = ["make", "--no-print-directory", "run-scaled"]
    if not train:
        argv = [str(ROOT / ".venv/bin/advisor"), "run", "--instances", str(instances)]
        argv += ["--action-servers", str(action_servers)]
    process = subprocess.Popen(
        argv,
        cwd=ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    stack = Stack(env, process, log, instances)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not stack.ready():
        if process.poll() is not None:
            raise SystemExit(f"{argv[-4:]} exited:\n{log.read_text(errors='replace')[-3000:]}")
        if time.monotonic() > deadline:
            stack.stop()
            raise SystemExit(f"make run-scaled did not start within {STARTUP_TIMEOUT:.0f} s")
        time.sleep(0.5)
    return stack
