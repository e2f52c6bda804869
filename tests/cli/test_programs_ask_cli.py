"""``advisor programs --ask TEXT``: the list for a question as people ask it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from kb_cli_support import advisor_runner

from bot.db import make_engine
from bot.kb.loader import default_knowledge_dir, load
from bot.programs.models import ProgramFit

PROFILE = {"applicant_type": "non_us_img", "step2ck_score": 255, "visa_need": "j1"}


@pytest.fixture(scope="module")
def loaded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('ask') / 'kb.db'}"
    engine = make_engine(url)
    load(engine, default_knowledge_dir())
    engine.dispose()
    return url


def run(loaded_db: str, tmp_path: Path, *args: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(PROFILE), encoding="utf-8")
    return advisor_runner(loaded_db, tmp_path)("programs", "--profile", str(path), *args)


def test_ask_near_chicago_gives_chicago_programs(loaded_db: str, tmp_path: Path) -> None:
    result = run(loaded_db, tmp_path, "--ask", "programs near Chicago", "--json")
    assert result.returncode == 0, result.stderr
    items = [ProgramFit.model_validate(item) for item in json.loads(result.stdout)]
    assert items and {item.state for item in items} <= {"IL", "IN", "WI"}


def test_ask_says_what_its_filters_left_out(loaded_db: str, tmp_path: Path) -> None:
    result = run(loaded_db, tmp_path, "--ask", "only J-1 sponsors not in New York")
    assert result.returncode == 0, result.stderr
    assert "You asked for: not in NY; J-1 sponsors." in result.stdout
    assert "no J-1 fact either way" in result.stdout
    assert "the strategy suggests" not in result.stdout
