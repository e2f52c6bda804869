"""``ADVISOR_TODAY`` pins the one clock; bad settings are named in one line by the CLI."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pytest
from pydantic import ValidationError

from bot.settings import Settings, get_settings, settings_error_text
from bot.strategy.clock import default_current_year, today


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_the_clock_reads_the_pinned_date(
    monkeypatch: pytest.MonkeyPatch, fresh_settings: None
) -> None:
    monkeypatch.setenv("ADVISOR_TODAY", "2027-07-15")
    assert today() == date(2027, 7, 15)
    assert default_current_year() == 2027


def test_the_clock_reads_the_real_date_by_default(
    monkeypatch: pytest.MonkeyPatch, fresh_settings: None
) -> None:
    monkeypatch.delenv("ADVISOR_TODAY", raising=False)
    assert today() == date.today()


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"advisor_today": "2026-13-40"}, "ADVISOR_TODAY: "),
        ({"db_pool_size": 0}, "DB_POOL_SIZE: Input should be greater than or equal to 1"),
        (
            {"advisor_today": "2026-07-01", "advisor_mode": "production"},
            "ADVISOR_TODAY pins the date for demos and tests; unset it in production",
        ),
    ],
)
def test_bad_settings_are_named_as_spelled_in_the_environment(
    values: dict[str, object], expected: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Settings(_env_file=None, **values)  # type: ignore[arg-type]
    text = settings_error_text(caught.value)
    assert text.startswith("bad setting: ") and expected in text
    assert "\n" not in text and "pydantic" not in text


def test_the_cli_names_a_bad_setting_in_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "advise", "--profile", "-"],
        input=b"{}",
        env={"PATH": "", "ADVISOR_TODAY": "yesterday", "HOME": "/nonexistent"},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == b""
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("advisor: error: bad setting: ADVISOR_TODAY")
