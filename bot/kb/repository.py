"""Queries on the knowledge base, inside the caller's session (the caller owns the transaction)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.kb.models import Fact, KnowledgeVersion, Program, ProgramFact


@dataclass(frozen=True, slots=True)
class ProgramRecord:
    """The facts about one program that ranking and answers use (plain values, no session)."""

    id: str
    name: str
    institution: str
    city: str
    state: str
    region: str
    track: str
    positions: int | None
    visa_j1: str
    visa_h1b: str
    visa_source_url: str | None
    img_history: str
    img_source_url: str | None
    setting: str
    ir_affiliated: str
    ir_affiliated_source: str | None
    source_url: str
    source_label: str | None


_RECORD_COLUMNS = tuple(getattr(Program, name) for name in ProgramRecord.__slots__)


class ProgramRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def count(self) -> int:
        return int(self._session.scalar(select(func.count()).select_from(Program)) or 0)

    def get(self, program_id: str) -> ProgramRecord | None:
        row = self._session.execute(
            select(*_RECORD_COLUMNS).where(Program.id == program_id)
        ).first()
        return None if row is None else ProgramRecord(*row)

    def all(self) -> list[ProgramRecord]:
        """Every stored program, by id."""
        query = select(*_RECORD_COLUMNS).order_by(Program.id)
        return [ProgramRecord(*row) for row in self._session.execute(query)]


@dataclass(frozen=True, slots=True)
class ProgramFactRecord:
    """One sourced fact about one program (``bot.kb.program_fact_rows``), as plain values."""

    program_id: str
    fact: str
    value: str
    as_of: str
    year: int | None
    strength: str
    source_url: str
    source_label: str
    detail: str | None


_FACT_COLUMNS = tuple(getattr(ProgramFact, name) for name in ProgramFactRecord.__slots__)


class ProgramFactRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[ProgramFactRecord]:
        """Every stored program fact, by program and id."""
        query = select(*_FACT_COLUMNS).order_by(ProgramFact.program_id, ProgramFact.id)
        return [ProgramFactRecord(*row) for row in self._session.execute(query)]

    def for_program(self, program_id: str) -> list[ProgramFactRecord]:
        query = (
            select(*_FACT_COLUMNS)
            .where(ProgramFact.program_id == program_id)
            .order_by(ProgramFact.id)
        )
        return [ProgramFactRecord(*row) for row in self._session.execute(query)]


def knowledge_version(session: Session) -> int:
    """A number that changes whenever a load changes the stored knowledge (0: never loaded)."""
    return int(
        session.scalar(select(KnowledgeVersion.version).where(KnowledgeVersion.id == 1)) or 0
    )


class FactRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, fact_id: str) -> Fact | None:
        """The fact cited as ``data:<dataset>:<key>``, or None."""
        return self._session.get(Fact, fact_id)

    def dataset(self, dataset: str) -> list[Fact]:
        return list(
            self._session.scalars(select(Fact).where(Fact.dataset == dataset).order_by(Fact.id))
        )

    def count(self) -> int:
        return int(self._session.scalar(select(func.count()).select_from(Fact)) or 0)
