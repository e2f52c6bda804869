"""The supervisor restarts a restartable service (a scaled instance) and stops for the others."""

from __future__ import annotations

import io
import sys
import threading
import time

from bot.runner import Service, Supervisor

# Appends a line to a file at each start, then exits at once (first start) or waits.
_SERVICE = """
import sys, time
from pathlib import Path
log = Path(sys.argv[1])
starts = len(log.read_text().splitlines()) if log.exists() else 0
log.write_text("start\\n" * (starts + 1))
print("service says hello", flush=True)
if starts == 0:
    raise SystemExit(9)
time.sleep(300)
"""


def service(tmp_path, *, restart: bool) -> Service:
    argv = [sys.executable, "-c", _SERVICE, str(tmp_path / "starts")]
    return Service("rasa-1", argv, url="-", restart=restart)


def test_a_restartable_service_that_dies_is_started_again(tmp_path):
    out = io.StringIO()
    supervisor = Supervisor([service(tmp_path, restart=True)], cwd=tmp_path, out=out)
    supervisor.start_all()
    status: list[int] = []
    waiter = threading.Thread(target=lambda: status.append(supervisor.wait()))
    waiter.start()
    deadline = time.monotonic() + 20
    while "restarted" not in out.getvalue() or not (tmp_path / "starts").exists():
        assert time.monotonic() < deadline, out.getvalue()
        time.sleep(0.05)
    while len((tmp_path / "starts").read_text().splitlines()) < 2:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    supervisor.request_stop()
    waiter.join(timeout=10)
    supervisor.stop_all()
    assert status == [0]
    assert "rasa-1 exited with status 9; restarted" in out.getvalue()
    assert "service says hello" in out.getvalue()  # its output reaches the terminal


def test_a_service_without_restart_stops_the_run(tmp_path):
    out = io.StringIO()
    supervisor = Supervisor([service(tmp_path, restart=False)], cwd=tmp_path, out=out)
    supervisor.start_all()
    assert supervisor.wait() == 1
    supervisor.stop_all()
    assert "rasa-1 exited with status 9; stopping" in out.getvalue()
