"""Checking and loading knowledge folders: every error path, all-or-nothing, idempotence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from kb_test_support import FACT_HEADER, PROGRAM_HEADER, fact, program, write_csv
from sqlalchemy import Engine, select

from bot.db import transaction
from bot.kb.loader import (
    KnowledgeSourceError,
    KnowledgeValidationError,
    check,
    default_knowledge_dir,
    load,
)
from bot.kb.models import Fact, Program
from bot.kb.repository import FactRepository, ProgramRepository
from bot.kb.stats import knowledge_stats

Folder = Callable[..., Path]


def errors_of(folder: Path) -> list[str]:
    return [str(error) for error in check(folder)]


def test_project_knowledge_is_valid() -> None:
    assert check(default_knowledge_dir()) == []


def test_good_folder_has_no_errors(good_folder: Path) -> None:
    assert check(good_folder) == []


@pytest.mark.parametrize(
    ("overrides", "column", "fragment"),
    [
        ({"track": "cardiology"}, "track", "'cardiology'"),
        ({"state": "XX", "region": ""}, "state", "unknown US state code 'XX'"),
        ({"source_url": ""}, "source_url", "required value is empty"),
        ({"source_url": "example.org/no-scheme"}, "source_url", "malformed URL"),
        ({"source_url": "https://exa mple.org/x"}, "source_url", "malformed URL"),
        ({"last_verified": "28/11/2026"}, "last_verified", "'28/11/2026'"),
        ({"last_verified": "2026-02-30"}, "last_verified", "'2026-02-30'"),
        ({"visa_j1": "maybe"}, "visa_j1", "'maybe'"),
        ({"positions": "-1"}, "positions", "'-1'"),
        ({"region": "west"}, "region", "does not match state MA"),
        ({"id": "has space"}, "id", "bad id"),
    ],
)
def test_each_bad_value_is_reported_with_file_row_and_column(
    make_folder: Folder, overrides: dict[str, str], column: str, fragment: str
) -> None:
    folder = make_folder([program("ok"), program("bad", **overrides)])
    errors = errors_of(folder)
    assert len(errors) == 1, errors
    location = f"{folder / 'programs' / 'list.csv'}:3:{column}: "
    assert errors[0].startswith(location), errors[0]
    assert fragment in errors[0]


def test_duplicate_id_in_one_file_and_across_files(make_folder: Folder) -> None:
    folder = make_folder([program("p1"), program("p1")])
    write_csv(folder / "programs" / "more.csv", PROGRAM_HEADER, [program("p1")])
    first = folder / "programs" / "list.csv"
    assert errors_of(folder) == [
        f"{first}:3:id: duplicate id 'p1' (first at {first}:2)",
        f"{folder / 'programs' / 'more.csv'}:2:id: duplicate id 'p1' (first at {first}:2)",
    ]


def test_missing_required_column_and_unknown_column(tmp_path: Path) -> None:
    header = [c for c in PROGRAM_HEADER if c != "source_url"] + ["visa_j-1"]
    rows = [{k: v for k, v in program("p1").items() if k != "source_url"} | {"visa_j-1": "yes"}]
    path = write_csv(tmp_path / "kb" / "p.csv", header, rows)
    errors = errors_of(tmp_path / "kb")
    assert f"{path}:1:source_url: required column is missing" in errors
    assert any(e.startswith(f"{path}:1:visa_j-1: unknown column") for e in errors)


def test_row_with_wrong_number_of_cells(make_folder: Folder) -> None:
    folder = make_folder([program("p1")])
    path = folder / "programs" / "list.csv"
    path.write_text(path.read_text() + "p2,only,three\n")
    assert errors_of(folder) == [f"{path}:3:row: 3 cells; the header has {len(PROGRAM_HEADER)}"]


def test_file_that_is_not_a_knowledge_file(tmp_path: Path) -> None:
    path = tmp_path / "kb" / "notes.csv"
    path.parent.mkdir()
    path.write_text("a,b\n1,2\n")
    errors = errors_of(tmp_path / "kb")
    assert len(errors) == 1
    assert errors[0].startswith(f"{path}:1:header: not a knowledge file")


def test_fact_errors(make_folder: Folder) -> None:
    folder = make_folder(
        None,
        [
            fact("a.b"),
            fact("a.b"),
            fact("c", median="2.2%"),
            fact("d", source_url="ftp://example.org/x"),
            fact("e", year="twenty"),
        ],
    )
    path = folder / "facts" / "sample.csv"
    errors = errors_of(folder)
    assert (
        errors[0] == f"{path}:3:key: duplicate key 'a.b' in data set 'sample' (first at {path}:2)"
    )
    assert errors[1].startswith(f"{path}:4:median: got '2.2%'")
    assert errors[2].startswith(f"{path}:5:source_url: malformed URL")
    assert errors[3].startswith(f"{path}:6:year: got 'twenty'")
    assert len(errors) == 4


def test_folder_problems_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeSourceError, match="does not exist"):
        check(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(KnowledgeSourceError, match=r"no \.csv files"):
        check(tmp_path / "empty")


def _dump(engine: Engine) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with transaction(engine) as session:
        programs = [
            tuple(getattr(p, c.key) for c in Program.__table__.columns)
            for p in session.scalars(select(Program).order_by(Program.id))
        ]
        facts = [
            tuple(getattr(f, c.key) for c in Fact.__table__.columns)
            for f in session.scalars(select(Fact).order_by(Fact.id))
        ]
    return programs, facts


def test_load_stores_rows_and_is_idempotent(engine: Engine, good_folder: Path) -> None:
    first = load(engine, good_folder)
    assert (first.programs_added, first.facts_added) == (3, 2)
    snapshot = _dump(engine)
    second = load(engine, good_folder)
    assert (second.programs_added, second.programs_updated, second.programs_unchanged) == (0, 0, 3)
    assert (second.facts_added, second.facts_updated, second.facts_unchanged) == (0, 0, 2)
    assert _dump(engine) == snapshot
    with transaction(engine) as session:
        record = ProgramRepository(session).get("p1")
        assert record is not None
        assert (record.visa_j1, record.img_history, record.region) == ("yes", "yes", "northeast")
        stored = FactRepository(session).get("data:sample:dr.matched.step2ck")
        assert stored is not None and stored.median == 250.0
        assert stored.source_file == "facts/sample.csv"


def test_bad_folder_changes_nothing(engine: Engine, good_folder: Path, make_folder: Folder) -> None:
    load(engine, good_folder)
    before = _dump(engine)
    # Valid updates and new rows next to one bad row: none of them may be written.
    bad = make_folder(
        [program("p1", visa_j1="no"), program("p9"), program("p10", state="ZZ", region="")],
        [fact("new.fact")],
    )
    with pytest.raises(KnowledgeValidationError) as raised:
        load(engine, bad)
    assert [e.column for e in raised.value.errors] == ["state"]
    assert _dump(engine) == before


def test_incremental_update_replaces_rows_by_id(
    engine: Engine, good_folder: Path, make_folder: Folder
) -> None:
    load(engine, good_folder)
    update = make_folder([program("p1", visa_j1="no", positions="6"), program("p4")])
    result = load(engine, update)
    assert (result.programs_added, result.programs_updated, result.programs_unchanged) == (1, 1, 0)
    with transaction(engine) as session:
        repository = ProgramRepository(session)
        assert repository.count() == 4  # p2 and p3 stay
        p1 = repository.get("p1")
        assert p1 is not None and (p1.visa_j1, p1.positions) == ("no", 6)


def test_stats_count_tracks_visa_and_years(engine: Engine, good_folder: Path) -> None:
    load(engine, good_folder)
    with transaction(engine) as session:
        stats = knowledge_stats(session)
    assert stats.programs == 3 and stats.facts == 2
    assert stats.by_track == {"dr": 1, "integrated_ir": 1, "transitional": 1}
    assert stats.visa_j1 == {"unknown": 2, "yes": 1}
    assert stats.programs_by_source_year == {"2026": 3}
    assert stats.facts_by_year == {"2026": 1, "unknown": 1}


def test_fact_file_header_order_does_not_matter(tmp_path: Path) -> None:
    header = list(reversed(FACT_HEADER))
    write_csv(tmp_path / "kb" / "x.csv", header, [fact("k")])
    assert check(tmp_path / "kb") == []
