"""Stored programs and their sourced facts, kept in memory per process as scoring arrays.

Ranking scores every program of the wanted tracks for each request; reading thousands of rows
from the database each time would dominate the latency. The catalog holds the records, the
weighed evidence of each program (``bot.programs.evidence``) and the scoring inputs as arrays;
one cheap query (the knowledge version, bumped by every load that changes a row) tells when to
read them again, so a ``kb load`` in another process is picked up on the next request.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from sqlalchemy.orm import Session

from bot.kb.repository import (
    ProgramFactRecord,
    ProgramFactRepository,
    ProgramRecord,
    ProgramRepository,
    knowledge_version,
)
from bot.profile import Region
from bot.programs.evidence import (
    NO_EVIDENCE,
    Claim,
    FactLike,
    ProgramEvidence,
    VisaEvidence,
    evidence_by_program,
)
from bot.programs.models import Track
from bot.programs.scoring import (
    ACADEMIC,
    ESIR,
    IR_INSTITUTION,
    PRESTIGE_SPAN,
    RESEARCH_SPAN,
    TRACK_SELECTIVITY,
    FloatArray,
    TrackArrays,
    visa_value,
)

REGION_CODES = {region.value: code for code, region in enumerate(Region)}
IR_VALUE = {"yes": 1.0, "unknown": 0.4, "no": 0.0}
_ROW_CLAIM = {"yes": Claim.YES, "no": Claim.NO}


def row_visa(evidence: VisaEvidence, row_value: str) -> VisaEvidence:
    """Sourced facts first; else the program row's own yes/no (from its ``visa_source_url``)."""
    if evidence.fact is None and row_value in _ROW_CLAIM:
        return VisaEvidence(_ROW_CLAIM[row_value], True, None)
    return evidence


@dataclass(frozen=True)
class TrackPrograms:
    """One track's programs (id order): records, evidence, scoring arrays, hard filters."""

    records: tuple[ProgramRecord, ...]
    evidence: tuple[ProgramEvidence, ...]
    j1: tuple[VisaEvidence, ...]
    h1b: tuple[VisaEvidence, ...]
    arrays: TrackArrays
    j1_excluded: npt.NDArray[np.bool_]
    h1b_excluded: npt.NDArray[np.bool_]
    closed: npt.NDArray[np.bool_]
    min_step2ck: FloatArray  # nan: no hard minimum
    yog_cutoff: FloatArray  # nan: no hard cut-off
    states: tuple[str, ...]
    id_rank: npt.NDArray[np.int64]  # each program's place in the id order of all programs
    positions: dict[str, int] = field(default_factory=dict)  # id -> index

    def index(self, program_id: str) -> int | None:
        return self.positions.get(program_id)


def _selectivity(record: ProgramRecord, evidence: ProgramEvidence, track: Track) -> float:
    value = TRACK_SELECTIVITY[track]
    if record.setting == "academic":
        value += ACADEMIC
    if track is Track.DR and record.ir_affiliated == "yes":
        value += IR_INSTITUTION
    if track is Track.DR and evidence.esir is not None:
        value += ESIR
    return value + PRESTIGE_SPAN * evidence.prestige + RESEARCH_SPAN * evidence.research


def track_programs(
    records: Sequence[ProgramRecord],
    evidence: dict[str, ProgramEvidence],
    id_rank: dict[str, int] | None = None,
) -> TrackPrograms:
    """Arrays for the programs of one track (callers pass id order)."""
    track = Track(records[0].track)
    found = tuple(evidence.get(r.id, NO_EVIDENCE) for r in records)
    j1 = tuple(row_visa(e.j1, r.visa_j1) for r, e in zip(records, found, strict=True))
    h1b = tuple(row_visa(e.h1b, r.visa_h1b) for r, e in zip(records, found, strict=True))
    friendly = [
        1.0 if e.img_friendly or r.img_history == "yes" else 0.0
        for r, e in zip(records, found, strict=True)
    ]

    def floats(values: Iterable[float]) -> FloatArray:
        return np.fromiter(values, dtype=np.float64, count=len(records))

    def flags(values: Iterable[bool]) -> npt.NDArray[np.bool_]:
        return np.fromiter(values, dtype=np.bool_, count=len(records))

    nan = float("nan")
    arrays = TrackArrays(
        track=track,
        base_selectivity=floats(
            _selectivity(r, e, track) for r, e in zip(records, found, strict=True)
        ),
        img_friendly=floats(friendly),
        j1=floats(visa_value(v) for v in j1),
        h1b=floats(visa_value(v) for v in h1b),
        img=floats(1.0 if f else 0.4 for f in friendly),
        ir=floats(IR_VALUE[r.ir_affiliated] for r in records),
        region=np.fromiter((REGION_CODES[r.region] for r in records), np.int8, len(records)),
        prestige=floats(e.prestige for e in found),
        research=floats(e.research for e in found),
    )
    return TrackPrograms(
        records=tuple(records),
        evidence=found,
        j1=j1,
        h1b=h1b,
        arrays=arrays,
        j1_excluded=flags(v.excludes for v in j1),
        h1b_excluded=flags(v.excludes for v in h1b),
        closed=flags(e.closed is not None for e in found),
        min_step2ck=floats(e.min_step2ck.value if e.min_step2ck else nan for e in found),
        yog_cutoff=floats(e.yog_cutoff_years.value if e.yog_cutoff_years else nan for e in found),
        states=tuple(r.state for r in records),
        id_rank=np.fromiter(
            ((id_rank or {}).get(r.id, i) for i, r in enumerate(records)), np.int64, len(records)
        ),
        positions={r.id: i for i, r in enumerate(records)},
    )


@dataclass(frozen=True)
class Catalog:
    version: int
    by_track: dict[str, TrackPrograms]  # track value -> its programs (id order)

    @property
    def size(self) -> int:
        return sum(len(programs.records) for programs in self.by_track.values())

    def find(self, program_id: str) -> tuple[TrackPrograms, int] | None:
        for programs in self.by_track.values():
            index = programs.index(program_id)
            if index is not None:
                return programs, index
        return None


def make_catalog(
    records: Iterable[ProgramRecord], facts: Iterable[FactLike], version: int = 0
) -> Catalog:
    """A catalog from records and facts in memory (id order within each track)."""
    evidence = evidence_by_program(facts)
    grouped: dict[str, list[ProgramRecord]] = {}
    ordered = sorted(records, key=lambda r: r.id)
    for record in ordered:
        grouped.setdefault(record.track, []).append(record)
    rank = {record.id: i for i, record in enumerate(ordered)}
    return Catalog(
        version=version,
        by_track={track: track_programs(items, evidence, rank) for track, items in grouped.items()},
    )


def build_catalog(session: Session, version: int) -> Catalog:
    facts: list[ProgramFactRecord] = ProgramFactRepository(session).all()
    return make_catalog(ProgramRepository(session).all(), facts, version)


class CatalogCache:
    """One catalog per database URL; thread-safe (the action server may serve in threads)."""

    def __init__(self) -> None:
        self._catalogs: dict[str, Catalog] = {}
        self._lock = threading.Lock()

    def get(self, session: Session) -> Catalog:
        key = str(session.get_bind().engine.url)
        version = knowledge_version(session)
        catalog = self._catalogs.get(key)
        if catalog is not None and catalog.version == version:
            return catalog
        fresh = build_catalog(session, version)
        with self._lock:
            self._catalogs[key] = fresh
        return fresh

    def clear(self) -> None:
        with self._lock:
            self._catalogs.clear()


# The process-wide cache (empty until the first request; nothing is read at import).
CATALOGS = CatalogCache()
