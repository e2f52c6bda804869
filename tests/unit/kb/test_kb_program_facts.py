"""Program fact files: validated, tied to a program, loaded with their source, idempotent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kb_test_support import program, write_csv
from sqlalchemy import Engine

from bot.db import transaction
from bot.kb.loader import check, default_knowledge_dir, load, read_knowledge
from bot.kb.program_fact_rows import PROGRAM_FACT_OPTIONAL, PROGRAM_FACT_REQUIRED, year_of
from bot.kb.repository import ProgramFactRepository
from bot.kb.stats import knowledge_stats

HEADER = [*PROGRAM_FACT_REQUIRED, *PROGRAM_FACT_OPTIONAL]


def row(pid: str = "p1", **overrides: str) -> dict[str, str]:
    data = {
        "program_id": pid,
        "fact": "sponsors_j1",
        "value": "yes (J-1 only)",
        "as_of": "undated",
        "strength": "solid",
        "source_url": "https://example.org/p1/visa",
        "source_label": "program_site (radiology residency page)",
        "detail": "We sponsor J-1 visas only.",
    }
    data.update(overrides)
    return data


def folder_with(make_folder: Callable[..., Path], facts: list[dict[str, str]]) -> Path:
    folder = make_folder([program("p1"), program("p2")])
    write_csv(folder / "program_facts" / "visa.csv", HEADER, facts)
    return folder


def test_program_facts_load_with_source_label_and_date(
    make_folder: Callable[..., Path], engine: Engine
) -> None:
    folder = folder_with(
        make_folder,
        [row(), row("p2", fact="min_step2ck", value="240", as_of="2019-06-10 (policy date)")],
    )
    result = load(engine, folder)
    assert result.program_facts_added == 2
    with transaction(engine) as session:
        facts = ProgramFactRepository(session).all()
        one = ProgramFactRepository(session).for_program("p2")
    assert {f.program_id for f in facts} == {"p1", "p2"}
    assert facts[0].source_label == "program_site (radiology residency page)"
    assert one[0].year == 2019 and one[0].as_of.startswith("2019-06-10")
    again = load(engine, folder)
    assert (again.program_facts_added, again.program_facts_unchanged) == (0, 2)
    with transaction(engine) as session:
        stats = knowledge_stats(session)
    assert stats.program_facts == 2
    assert stats.program_facts_by_kind == {"min_step2ck": 1, "sponsors_j1": 1}
    assert stats.program_facts_by_strength == {"solid": 2}


def test_bad_rows_are_reported_by_file_row_and_column(make_folder: Callable[..., Path]) -> None:
    folder = folder_with(
        make_folder,
        [
            row("nope"),
            row(fact="visa_color"),
            row(strength="very solid"),
            row(source_url="ftp://example.org/x"),
            row(),
            row(),
        ],
    )
    errors = check(folder)
    columns = [(e.row, e.column) for e in errors]
    assert (2, "program_id") in columns
    assert (3, "fact") in columns
    assert (4, "strength") in columns
    assert (5, "source_url") in columns
    assert (7, "row") in columns  # the same fact twice


def test_as_of_years() -> None:
    assert year_of("undated") is None
    assert year_of("undated (text mentions 1/2012)") == 2012
    assert year_of("2006-07") == 2006


def test_project_knowledge_has_the_sourced_program_facts() -> None:
    parsed = read_knowledge(default_knowledge_dir())
    assert not parsed.errors
    kinds = {entry.data.fact.value for entry in parsed.program_facts}
    assert {
        "sponsors_j1",
        "sponsors_h1b",
        "min_step2ck",
        "reputation_rank",
        "esir",
        "status",
    } <= kinds
    independent = [e for e in parsed.programs if e.data.track.value == "independent_ir"]
    assert len(independent) == 90
    weak_no = [
        e
        for e in parsed.program_facts
        if e.data.strength.value == "weak" and e.data.value.startswith("no")
    ]
    assert weak_no  # the forum post's "no" rows are kept, labelled weak
