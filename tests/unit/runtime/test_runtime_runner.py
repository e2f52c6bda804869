"""The make-run supervisor: rendered endpoints, process groups, no orphans."""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path

import pytest
import yaml

from bot.runner import (
    TRACKER_STORE_CLASS,
    Service,
    Supervisor,
    render_endpoints,
    write_endpoints,
)
from bot.settings import Settings


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_endpoints_use_the_settings():
    rendered = render_endpoints(
        settings(actions_port=6055, tracker_store_url="sqlite:///tmp/t.db", bind_host="0.0.0.0")
    )
    assert rendered["action_endpoint"] == {
        "url": "http://127.0.0.1:6055/webhook",
        "enable_selective_domain": True,
    }
    assert rendered["tracker_store"] == {"type": TRACKER_STORE_CLASS, "url": "sqlite:///tmp/t.db"}
    assert "lock_store" not in rendered


def test_lock_store_is_redis_when_set_and_postgres_uses_rasas_driver():
    rendered = render_endpoints(
        settings(
            lock_store_url="redis://:secret@127.0.0.1:6380/2",
            tracker_store_url="postgresql+psycopg://advisor:pw@db.example.org:5433/tracker",
        )
    )
    assert rendered["lock_store"] == {
        "type": "bot.rasa_extensions.redis_lock_store.AdvisorRedisLockStore",
        "url": "127.0.0.1",
        "port": 6380,
        "db": 2,
        "key_prefix": "iradvisor",
        "password": "secret",
    }
    assert rendered["tracker_store"]["url"] == (
        "postgresql+psycopg2://advisor:pw@db.example.org:5433/tracker"
    )


def test_written_endpoints_file_is_valid_yaml_and_the_tracker_folder_exists(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write_endpoints(
        settings(tracker_store_url="sqlite:///data/x/tracker.db"),
        tmp_path / "run" / "endpoints.yml",
    )
    assert yaml.safe_load(path.read_text())["tracker_store"]["type"] == TRACKER_STORE_CLASS
    assert (tmp_path / "data" / "x").is_dir()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by init) counts as gone.
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split()[2] != "Z"


# A service that starts a grandchild ignoring SIGTERM, writes both pids, then waits.
_SERVICE = """
import os, signal, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c",
    "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(300)"])
open(sys.argv[1], "w").write(f"{os.getpid()} {child.pid}")
time.sleep(300)
"""


def test_stop_all_leaves_no_process_behind(tmp_path, monkeypatch):
    monkeypatch.setattr("bot.runner.STOP_GRACE_SECONDS", 1.0)
    services = [
        Service(f"svc{n}", [sys.executable, "-c", _SERVICE, str(tmp_path / f"{n}.pids")], url="-")
        for n in range(2)
    ]
    supervisor = Supervisor(services, cwd=tmp_path, out=io.StringIO(), startup_timeout=10)
    supervisor.start_all()
    deadline = time.monotonic() + 20
    while not all((tmp_path / f"{n}.pids").exists() for n in range(2)):
        assert time.monotonic() < deadline, "services did not start"
        time.sleep(0.05)
    time.sleep(0.2)
    pids = [int(p) for n in range(2) for p in (tmp_path / f"{n}.pids").read_text().split()]
    assert all(_alive(pid) for pid in pids)
    supervisor.stop_all()
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in pids)


def test_a_service_that_dies_at_startup_is_reported(tmp_path):
    from bot.runner import RunError

    service = Service(
        "broken",
        [sys.executable, "-c", "raise SystemExit(3)"],
        url="-",
        health_url="http://127.0.0.1:9/",
    )
    supervisor = Supervisor([service], cwd=tmp_path, out=io.StringIO(), startup_timeout=10)
    with pytest.raises(RunError, match="broken exited during startup"):
        supervisor.start_all()
    supervisor.stop_all()
