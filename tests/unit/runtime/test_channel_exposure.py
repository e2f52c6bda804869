"""Settings that would expose private data refuse to start (bot/channels/exposure.py, secret.py)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot.channels.exposure import startup_refusals
from bot.channels.secret import ChannelSecretError, resolve_channel_secret
from bot.settings import Mode, Settings

ROOT = Path(__file__).resolve().parents[3]
TOKEN = "t" * 24
SECRET = "s" * 64


def make(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("values", "fragment"),
    [
        ({"advisor_mode": Mode.PRODUCTION, "channel_secret": SECRET}, "RASA_AUTH_TOKEN is not set"),
        ({"bind_host": "0.0.0.0"}, "BIND_HOST=0.0.0.0"),
        ({"bind_host": "10.1.2.3"}, "reachable from other machines"),
        ({"rasa_auth_token": "short"}, "at least 16"),
        ({"advisor_mode": Mode.PRODUCTION, "rasa_auth_token": TOKEN}, "CHANNEL_SECRET is not set"),
        ({"channel_secret": "tooshort"}, "CHANNEL_SECRET: got 8 characters"),
    ],
)
def test_refusals(values, fragment, tmp_path, monkeypatch):
    monkeypatch.setattr("bot.channels.secret.DEVELOPMENT_SECRET_FILE", tmp_path / "secret")
    problems = startup_refusals(make(**values))
    assert any(fragment in problem for problem in problems), problems


@pytest.mark.parametrize(
    "values",
    [
        {},
        {"bind_host": "localhost"},
        {"bind_host": "::1"},
        {"bind_host": "0.0.0.0", "rasa_auth_token": TOKEN},
        {"advisor_mode": Mode.PRODUCTION, "rasa_auth_token": TOKEN, "channel_secret": SECRET},
    ],
)
def test_safe_settings_start(values, tmp_path, monkeypatch):
    monkeypatch.setattr("bot.channels.secret.DEVELOPMENT_SECRET_FILE", tmp_path / "secret")
    assert startup_refusals(make(**values)) == []


def test_development_secret_is_created_once_owner_only_and_reused(tmp_path):
    path = tmp_path / "var" / "channel-secret"
    first = resolve_channel_secret(make(), dev_file=path)
    assert resolve_channel_secret(make(), dev_file=path) == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(first) >= 32


def test_production_never_falls_back_to_the_file(tmp_path):
    path = tmp_path / "channel-secret"
    path.write_text(SECRET)
    with pytest.raises(ChannelSecretError, match="production mode"):
        resolve_channel_secret(make(advisor_mode=Mode.PRODUCTION), dev_file=path)


def test_advisor_run_in_production_without_a_token_refuses_with_one_line(tmp_path):
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("RASA_", "ADVISOR_", "CHANNEL_"))
    }
    env.update(
        ADVISOR_MODE="production",
        CHANNEL_SECRET=SECRET,
        WEB_ALLOWED_ORIGINS='["https://advising.example.org"]',
        DATABASE_URL=f"sqlite:///{tmp_path / 'a.db'}",
        TRACKER_STORE_URL=f"sqlite:///{tmp_path / 't.db'}",
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "run"],
        cwd=tmp_path,  # no .env of the checkout
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert "RASA_AUTH_TOKEN is not set" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "a.db").exists()  # nothing was started or written
