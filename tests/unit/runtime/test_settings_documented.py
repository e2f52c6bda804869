"""Every setting of bot/settings.py is named in README's settings table and in .env.example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("name", sorted(field.upper() for field in Settings.model_fields))
def test_each_setting_is_documented(name: str) -> None:
    assert re.search(rf"`{name}`", (ROOT / "README.md").read_text()), f"{name} not in README"
    assert re.search(rf"^#? ?{name}=", (ROOT / ".env.example").read_text(), re.M), name
