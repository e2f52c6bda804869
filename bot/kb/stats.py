"""Counts for ``advisor kb stats``: programs by track, visa and source year; facts by year;
program facts by kind and source strength."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from bot.kb.models import Fact, Program, ProgramFact

UNKNOWN_YEAR = "unknown"


@dataclass(frozen=True)
class KnowledgeStats:
    programs: int
    facts: int
    by_track: dict[str, int]
    visa_j1: dict[str, int]
    visa_h1b: dict[str, int]
    img_history: dict[str, int]
    ir_affiliated_dr: dict[str, int]
    programs_by_source_year: dict[str, int]
    facts_by_year: dict[str, int]
    facts_by_source_kind: dict[str, int]
    program_facts: int = 0
    program_facts_by_kind: dict[str, int] | None = None
    program_facts_by_strength: dict[str, int] | None = None

    def to_json_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def _grouped(
    session: Session, column: InstrumentedAttribute[object], *where: ColumnElement[bool]
) -> dict[str, int]:
    query = select(column, func.count()).group_by(column).order_by(column)
    for condition in where:
        query = query.where(condition)
    return {
        (UNKNOWN_YEAR if key is None else str(key)): int(count)
        for key, count in session.execute(query)
    }


def knowledge_stats(session: Session) -> KnowledgeStats:
    return KnowledgeStats(
        programs=int(session.scalar(select(func.count()).select_from(Program)) or 0),
        facts=int(session.scalar(select(func.count()).select_from(Fact)) or 0),
        by_track=_grouped(session, Program.track),
        visa_j1=_grouped(session, Program.visa_j1),
        visa_h1b=_grouped(session, Program.visa_h1b),
        img_history=_grouped(session, Program.img_history),
        ir_affiliated_dr=_grouped(session, Program.ir_affiliated, Program.track == "dr"),
        programs_by_source_year=_grouped(session, Program.source_year),
        facts_by_year=_grouped(session, Fact.year),
        facts_by_source_kind=_grouped(session, Fact.source_kind),
        program_facts=int(session.scalar(select(func.count()).select_from(ProgramFact)) or 0),
        program_facts_by_kind=_grouped(session, ProgramFact.fact),
        program_facts_by_strength=_grouped(session, ProgramFact.strength),
    )
