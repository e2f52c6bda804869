"""Check and load a folder of knowledge CSV files (``advisor kb check`` / ``advisor kb load``).

Every ``*.csv`` under the folder is read. Its header decides its kind: a ``track`` column makes
it a program file, ``program_id`` and ``fact`` columns a program fact file (one sourced fact
about one program, ``bot.kb.program_fact_rows``), a ``key`` column a fact file (the file's stem
is the fact's data set). Each problem is reported as ``file:row:column: message`` (row 1 is
the header). A program fact must name a program of the folder when the folder has programs.

Loading is all or nothing: every file is validated first, and only a folder without errors is
written, in one transaction. Rows replace stored rows with the same id (incremental updates);
stored rows that a folder does not mention stay, so an organisation can load its own CSV on
top of the project's files. Loading the same folder twice leaves the same database.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.db import create_schema, transaction
from bot.kb.models import Fact, KnowledgeVersion, Program, ProgramFact
from bot.kb.program_fact_rows import (
    PROGRAM_FACT_OPTIONAL,
    PROGRAM_FACT_REQUIRED,
    ProgramFactRow,
)
from bot.kb.schemas import (
    FACT_OPTIONAL,
    FACT_REQUIRED,
    PROGRAM_OPTIONAL,
    PROGRAM_REQUIRED,
    FactRow,
    ProgramRow,
    fact_id,
)

HEADER_ROW = 1
_DATASET = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_ID_CHUNK = 500  # ids per IN (...) query: well under SQLite's bound-parameter limit


def default_knowledge_dir() -> Path:
    """The project's own ``knowledge/`` folder (next to the ``bot`` package)."""
    return Path(__file__).resolve().parents[2] / "knowledge"


@dataclass(frozen=True, order=True)
class RowError:
    """One problem in one cell (or the header, row 1) of one file."""

    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}:{self.column}: {self.message}"


class KnowledgeSourceError(ValueError):
    """The folder itself is unusable (missing, not a folder, no CSV files): one line."""


class KnowledgeValidationError(ValueError):
    """The folder has row errors; nothing was written."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        super().__init__(f"{len(errors)} error(s) in the knowledge files; nothing was loaded")
        self.errors = list(errors)


@dataclass(frozen=True)
class ProgramEntry:
    file: str
    row: int
    data: ProgramRow


@dataclass(frozen=True)
class FactEntry:
    file: str
    row: int
    dataset: str
    data: FactRow

    @property
    def id(self) -> str:
        return fact_id(self.dataset, self.data.key)


@dataclass(frozen=True)
class ProgramFactEntry:
    file: str
    row: int
    data: ProgramFactRow


@dataclass
class ParsedKnowledge:
    """What a folder holds: valid rows and every error found (empty when all is well)."""

    programs: list[ProgramEntry] = field(default_factory=list)
    facts: list[FactEntry] = field(default_factory=list)
    program_facts: list[ProgramFactEntry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LoadResult:
    programs_added: int
    programs_updated: int
    programs_unchanged: int
    facts_added: int
    facts_updated: int
    facts_unchanged: int
    files: tuple[str, ...]
    program_facts_added: int = 0
    program_facts_updated: int = 0
    program_facts_unchanged: int = 0


def csv_files(source: Path) -> list[Path]:
    """The CSV files under ``source`` in a stable order, or ``KnowledgeSourceError``."""
    if not source.exists():
        raise KnowledgeSourceError(f"--source: {str(source)!r} does not exist")
    if not source.is_dir():
        raise KnowledgeSourceError(f"--source: {str(source)!r} is not a folder")
    files = sorted(path for path in source.rglob("*.csv") if path.is_file())
    if not files:
        raise KnowledgeSourceError(f"--source: no .csv files under {str(source)!r}")
    return files


def read_knowledge(source: Path) -> ParsedKnowledge:
    """Validate every CSV file under ``source``; never touches the database."""
    parsed = ParsedKnowledge()
    for path in csv_files(source):
        name = str(path)
        parsed.files.append(name)
        _read_file(path, name, parsed)
    _check_duplicates(parsed)
    _check_program_facts(parsed)
    parsed.errors.sort()
    return parsed


def check(source: Path) -> list[RowError]:
    """Every error in the folder's files, in file and row order (empty: the folder is valid)."""
    return read_knowledge(source).errors


def load(engine: Engine, source: Path) -> LoadResult:
    """Validate the folder, then write it in one transaction (``KnowledgeValidationError``)."""
    parsed = read_knowledge(source)
    if parsed.errors:
        raise KnowledgeValidationError(parsed.errors)
    create_schema(engine)
    with transaction(engine) as session:
        programs = _upsert(
            session, Program, {e.data.id: _program_values(e, source) for e in parsed.programs}
        )
        facts = _upsert(session, Fact, {e.id: _fact_values(e, source) for e in parsed.facts})
        program_facts = _upsert(
            session,
            ProgramFact,
            {e.data.id: _program_fact_values(e, source) for e in parsed.program_facts},
        )
        if any(counts[0] or counts[1] for counts in (programs, facts, program_facts)):
            _bump_version(session)
    return LoadResult(
        *programs,
        *facts,
        files=tuple(parsed.files),
        program_facts_added=program_facts[0],
        program_facts_updated=program_facts[1],
        program_facts_unchanged=program_facts[2],
    )


def _bump_version(session: Session) -> None:
    stored = session.get(KnowledgeVersion, 1)
    if stored is None:
        session.add(KnowledgeVersion(id=1, version=1))
    else:
        stored.version += 1


# --- reading ---------------------------------------------------------------------------


def _read_file(path: Path, name: str, parsed: ParsedKnowledge) -> None:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        parsed.errors.append(RowError(name, HEADER_ROW, "file", "not UTF-8 text"))
        return
    except OSError as error:
        parsed.errors.append(RowError(name, HEADER_ROW, "file", f"cannot read: {error}"))
        return
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    if not header:
        parsed.errors.append(RowError(name, HEADER_ROW, "header", "empty file; no header row"))
        return
    header = [column.strip() for column in header]
    kind_errors, model, dataset = _classify(path, name, header)
    if kind_errors:
        parsed.errors.extend(kind_errors)
        return
    width = len(header)
    for row_number, cells in enumerate(reader, start=HEADER_ROW + 1):
        if not any(cell.strip() for cell in cells):
            continue  # blank line
        if len(cells) != width:
            parsed.errors.append(
                RowError(name, row_number, "row", f"{len(cells)} cells; the header has {width}")
            )
            continue
        raw = dict(zip(header, cells, strict=True))  # widths checked above
        try:
            if model is ProgramRow:
                parsed.programs.append(
                    ProgramEntry(name, row_number, ProgramRow.model_validate(raw))
                )
            elif model is ProgramFactRow:
                parsed.program_facts.append(
                    ProgramFactEntry(name, row_number, ProgramFactRow.model_validate(raw))
                )
            else:
                assert dataset is not None
                parsed.facts.append(
                    FactEntry(name, row_number, dataset, FactRow.model_validate(raw))
                )
        except ValidationError as error:
            parsed.errors.extend(_row_errors(name, row_number, error))


def _classify(
    path: Path, name: str, header: list[str]
) -> tuple[list[RowError], type[BaseModel] | None, str | None]:
    errors: list[RowError] = []
    for column in {c for c in header if header.count(c) > 1}:
        errors.append(RowError(name, HEADER_ROW, column, "column appears more than once"))
    if "track" in header:
        model: type[BaseModel] = ProgramRow
        required: tuple[str, ...] = PROGRAM_REQUIRED
        optional: tuple[str, ...] = PROGRAM_OPTIONAL
        dataset = None
    elif "program_id" in header and "fact" in header:
        model, required, optional = ProgramFactRow, PROGRAM_FACT_REQUIRED, PROGRAM_FACT_OPTIONAL
        dataset = None
    elif "key" in header:
        model, required, optional = FactRow, FACT_REQUIRED, FACT_OPTIONAL
        dataset = path.stem
        if not _DATASET.match(dataset):
            errors.append(
                RowError(name, HEADER_ROW, "file", "a fact file's name must be lower-case "
                         "letters, digits, '_' or '-' (it becomes the data set in its ids)")
            )  # fmt: skip
    else:
        return (
            [
                RowError(
                    name,
                    HEADER_ROW,
                    "header",
                    "not a knowledge file: a program file needs a 'track' column, a program "
                    "fact file 'program_id' and 'fact' columns, a fact file a 'key' column",
                )
            ],
            None,
            None,
        )
    for column in required:
        if column not in header:
            errors.append(RowError(name, HEADER_ROW, column, "required column is missing"))
    allowed = set(required) | set(optional)
    for column in header:
        if column not in allowed:
            errors.append(
                RowError(name, HEADER_ROW, column, "unknown column; allowed: "
                         + ", ".join((*required, *optional)))
            )  # fmt: skip
    return errors, model, dataset


_PREFIXED = re.compile(r"^(?P<column>[a-z_0-9]+): (?P<message>.*)$", re.DOTALL)


def _row_errors(name: str, row: int, error: ValidationError) -> Iterator[RowError]:
    for detail in error.errors():
        message = str(detail["msg"]).removeprefix("Value error, ")
        loc = detail["loc"]
        if loc:
            column = str(loc[0])
        else:  # a check across columns names its column first: "region: ..."
            match = _PREFIXED.match(message)
            column = match["column"] if match else "row"
            message = match["message"] if match else message
        if detail["type"] == "missing" or (loc and detail.get("input") is None):
            message = "required value is empty"
        elif detail["type"] not in ("value_error",):
            message = f"got {detail.get('input')!r}: {message}"
        yield RowError(name, row, column, message)


def _check_duplicates(parsed: ParsedKnowledge) -> None:
    first_program: dict[str, ProgramEntry] = {}
    for entry in parsed.programs:
        seen = first_program.setdefault(entry.data.id, entry)
        if seen is not entry:
            parsed.errors.append(
                RowError(entry.file, entry.row, "id", f"duplicate id {entry.data.id!r} "
                         f"(first at {seen.file}:{seen.row})")
            )  # fmt: skip
    first_fact: dict[str, FactEntry] = {}
    for fact in parsed.facts:
        seen_fact = first_fact.setdefault(fact.id, fact)
        if seen_fact is not fact:
            parsed.errors.append(
                RowError(fact.file, fact.row, "key", f"duplicate key {fact.data.key!r} in data "
                         f"set {fact.dataset!r} (first at {seen_fact.file}:{seen_fact.row})")
            )  # fmt: skip


def _check_program_facts(parsed: ParsedKnowledge) -> None:
    """Duplicate rows, and facts about programs the folder does not have (when it has any)."""
    known = {entry.data.id for entry in parsed.programs}
    first: dict[str, ProgramFactEntry] = {}
    for entry in parsed.program_facts:
        seen = first.setdefault(entry.data.id, entry)
        if seen is not entry:
            parsed.errors.append(
                RowError(entry.file, entry.row, "row", f"same fact as {seen.file}:{seen.row}")
            )
        if known and entry.data.program_id not in known:
            parsed.errors.append(
                RowError(entry.file, entry.row, "program_id",
                         f"no program with id {entry.data.program_id!r} in the folder")
            )  # fmt: skip


# --- writing ---------------------------------------------------------------------------


def _relative(file: str, source: Path) -> str:
    try:
        return str(Path(file).relative_to(source))
    except ValueError:
        return file


def _program_values(entry: ProgramEntry, source: Path) -> dict[str, Any]:
    row = entry.data
    values: dict[str, Any] = row.model_dump(mode="python")
    for key in ("track", "visa_j1", "visa_h1b", "img_history", "setting", "ir_affiliated"):
        values[key] = values[key].value
    values["region"] = row.resolved_region.value
    values["source_file"] = _relative(entry.file, source)
    return values


def _fact_values(entry: FactEntry, source: Path) -> dict[str, Any]:
    values: dict[str, Any] = entry.data.model_dump(mode="python")
    values["source_kind"] = values["source_kind"].value
    values.update(id=entry.id, dataset=entry.dataset, source_file=_relative(entry.file, source))
    return values


def _program_fact_values(entry: ProgramFactEntry, source: Path) -> dict[str, Any]:
    row = entry.data
    values: dict[str, Any] = row.model_dump(mode="python")
    values["fact"] = row.fact.value
    values["strength"] = row.strength.value
    values.update(id=row.id, year=row.year, source_file=_relative(entry.file, source))
    return values


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _upsert(
    session: Session,
    table: type[Program | Fact | ProgramFact],
    rows: dict[str, dict[str, Any]],
) -> tuple[int, int, int]:
    """Insert new ids, replace changed rows, leave equal rows alone: (added, updated, same)."""
    ids = list(rows)
    existing: dict[str, Program | Fact | ProgramFact] = {}
    for chunk in _chunks(ids, _ID_CHUNK):
        stored_rows: Iterable[Program | Fact | ProgramFact] = session.scalars(
            select(table).where(table.id.in_(chunk))
        )
        for stored in stored_rows:
            existing[stored.id] = stored
    added = updated = unchanged = 0
    for row_id, values in rows.items():
        stored_row = existing.get(row_id)
        if stored_row is None:
            session.add(table(**values))
            added += 1
            continue
        changed = False
        for key, value in values.items():
            if getattr(stored_row, key) != value:
                setattr(stored_row, key, value)
                changed = True
        if changed:
            updated += 1
        else:
            unchanged += 1
    return added, updated, unchanged
