"""Knowledge-base tables: programs and sourced aggregate facts (SQLAlchemy 2.0).

Closed value sets (track, visa, region...) are stored as their string values; the pydantic
row schemas in ``bot.kb.schemas`` are the gate every value passes before it is stored.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.adapters.orm import Base


class Program(Base):
    """One residency or PGY-1 program, with the source of each fact about it."""

    __tablename__ = "kb_programs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    institution: Mapped[str] = mapped_column(String(300))
    city: Mapped[str] = mapped_column(String(120))
    state: Mapped[str] = mapped_column(String(2))
    region: Mapped[str] = mapped_column(String(16))
    track: Mapped[str] = mapped_column(String(24), index=True)
    positions: Mapped[int | None] = mapped_column(Integer)
    visa_j1: Mapped[str] = mapped_column(String(8))
    visa_h1b: Mapped[str] = mapped_column(String(8))
    visa_source_url: Mapped[str | None] = mapped_column(Text)
    img_history: Mapped[str] = mapped_column(String(8))
    img_source_url: Mapped[str | None] = mapped_column(Text)
    setting: Mapped[str] = mapped_column(String(12))
    setting_source: Mapped[str | None] = mapped_column(Text)
    ir_affiliated: Mapped[str] = mapped_column(String(8))
    ir_affiliated_source: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str] = mapped_column(Text)
    source_label: Mapped[str | None] = mapped_column(Text)
    source_year: Mapped[int | None] = mapped_column(Integer)
    last_verified: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    # Which file the row came from (relative to the loaded folder), for operators.
    source_file: Mapped[str] = mapped_column(String(300))


class Fact(Base):
    """One sourced aggregate figure or rule, cited as ``data:<dataset>:<key>``."""

    __tablename__ = "kb_facts"

    id: Mapped[str] = mapped_column(String(220), primary_key=True)
    dataset: Mapped[str] = mapped_column(String(64), index=True)
    key: Mapped[str] = mapped_column(String(150))
    topic: Mapped[str | None] = mapped_column(String(120))
    year: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(120))
    statement: Mapped[str] = mapped_column(Text)
    n: Mapped[float | None] = mapped_column(Float)
    median: Mapped[float | None] = mapped_column(Float)
    mean: Mapped[float | None] = mapped_column(Float)
    q1: Mapped[float | None] = mapped_column(Float)
    q3: Mapped[float | None] = mapped_column(Float)
    source_url: Mapped[str] = mapped_column(Text)
    source_label: Mapped[str | None] = mapped_column(Text)
    source_kind: Mapped[str] = mapped_column(String(12))
    last_verified: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    source_file: Mapped[str] = mapped_column(String(300))


class KnowledgeVersion(Base):
    """One row: bumped by every load that changes a stored row, so caches know to refresh."""

    __tablename__ = "kb_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class ProgramFact(Base):
    """One sourced fact about one program (visa, IMG policy, cut-offs, signals, status)."""

    __tablename__ = "kb_program_facts"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    fact: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(Text)
    as_of: Mapped[str] = mapped_column(String(200))
    year: Mapped[int | None] = mapped_column(Integer)
    strength: Mapped[str] = mapped_column(String(12))
    source_url: Mapped[str] = mapped_column(Text)
    source_label: Mapped[str] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(Text)
    source_file: Mapped[str] = mapped_column(String(300))
