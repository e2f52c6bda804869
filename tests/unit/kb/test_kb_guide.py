"""The guide YAML and the citable ids: every id the team uses resolves to stored knowledge."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.db import make_engine, transaction
from bot.guide import GuideError, default_guide_path, get_section, load_guide
from bot.kb.loader import default_knowledge_dir, load
from bot.kb.repository import FactRepository
from bot.sources import GUIDE_SECTIONS, SOURCES


def test_guide_has_every_section_once_with_the_shared_titles() -> None:
    guide = load_guide()
    assert [section.id for section in guide.sections] == list(GUIDE_SECTIONS)
    assert get_section("guide:usmle.step2ck").title == GUIDE_SECTIONS["guide:usmle.step2ck"]
    assert all(section.summary for section in guide.sections)


def test_unknown_section_id() -> None:
    with pytest.raises(KeyError, match="guide:nope"):
        get_section("guide:nope")


def _broken_copy(tmp_path: Path, edit: Callable[[Any], object]) -> Path:
    data = yaml.safe_load(default_guide_path().read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "guide.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "field", "fragment"),
    [
        (lambda d: d["sections"].pop(), "sections", "missing section(s): guide:faq.older_graduate"),
        (lambda d: d["sections"][1].update(id="guide:made_up"), "id", "unknown section id"),
        (lambda d: d["sections"][1].update(title="Other"), "title", "expected"),
        (lambda d: d["sections"].append(d["sections"][0]), "id", "appears twice"),
        (lambda d: d["sections"][2].update(related=["guide:x"]), "related", "unknown section"),
        (lambda d: d["sections"][2].pop("summary"), "sections.2.summary", "Field required"),
    ],
)
def test_broken_guide_is_reported_with_line_and_field(
    tmp_path: Path, edit: Callable[[Any], object], field: str, fragment: str
) -> None:
    path = _broken_copy(tmp_path, edit)
    with pytest.raises(GuideError) as raised:
        load_guide(path)
    assert raised.value.field == field
    assert fragment in raised.value.message
    assert raised.value.line >= 1


def test_invalid_yaml_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "guide.yaml"
    path.write_text("version: 1\nsections: [\n  - id: x\n", encoding="utf-8")
    with pytest.raises(GuideError) as raised:
        load_guide(path)
    assert raised.value.field == "yaml"
    assert raised.value.line > 1


def test_every_cited_data_id_is_in_the_loaded_knowledge_base(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    load(engine, default_knowledge_dir())
    with transaction(engine) as session:
        facts = FactRepository(session)
        missing = [sid for sid in SOURCES if sid.startswith("data:") and facts.get(sid) is None]
        for source_id, source in SOURCES.items():
            stored = facts.get(source_id)
            if stored is not None:
                assert stored.source_url == source.url, source_id
    engine.dispose()
    assert missing == []
