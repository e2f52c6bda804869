"""``advisor web`` as a subprocess: bad settings fail with one line; good ones serve the page."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from support.stack import free_port

ADVISOR = [sys.executable, "-m", "bot.cli.main"]
ROOT = Path(__file__).resolve().parents[3]


def clean_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WEB_", "ADVISOR_", "RASA_"))}
    env.update(values)
    return env


def test_production_wildcard_exits_2_with_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [*ADVISOR, "web", "--port", str(free_port())],
        env=clean_env(ADVISOR_MODE="production", WEB_ALLOWED_ORIGINS='["*"]'),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("advisor: error: WEB_ALLOWED_ORIGINS: got '*'")


def test_serves_the_demo_page_on_the_configured_port(tmp_path: Path) -> None:
    web_port, rasa_port = free_port(), free_port()
    process = subprocess.Popen(
        [*ADVISOR, "web"],
        env=clean_env(WEB_PORT=str(web_port), RASA_PORT=str(rasa_port), PYTHONPATH=str(ROOT)),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                page = httpx.get(f"http://127.0.0.1:{web_port}/", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.communicate()[1]
                assert time.monotonic() < deadline, "advisor web did not start"
                time.sleep(0.2)
        assert page.status_code == 200
        assert f'data-server-url="http://127.0.0.1:{rasa_port}"' in page.text
        assert httpx.get(f"http://127.0.0.1:{web_port}/healthz").json() == {"status": "ok"}
    finally:
        process.terminate()
        process.wait(timeout=10)
