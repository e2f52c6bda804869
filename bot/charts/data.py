"""The distributions the chart draws: non-US IMGs in NRMP Charting Outcomes, DR and Integrated IR.

Read from the knowledge base's source file ``knowledge/facts/charting_outcomes_radiology.csv``
(the rows ``advisor kb load`` stores; each keeps its source label); the CLI needs no database.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path

FACTS_FILE = (
    Path(__file__).resolve().parents[2] / "knowledge" / "facts" / "charting_outcomes_radiology.csv"
)


class Measure(str, Enum):
    """A measure drawn, with the profile field it is compared with."""

    STEP2CK = "step2ck"
    PUBLICATIONS = "publications"
    ABSTRACTS = "abstracts"


PROFILE_FIELD: dict[Measure, str] = {
    Measure.STEP2CK: "step2ck_score",
    Measure.PUBLICATIONS: "ir_publications",
    Measure.ABSTRACTS: "ir_abstracts",
}
TITLES: dict[Measure, str] = {
    Measure.STEP2CK: "USMLE Step 2 CK score",
    Measure.PUBLICATIONS: "Publications",
    Measure.ABSTRACTS: "Abstracts, posters, presentations",
}
# The groups, top to bottom: (row key prefix, label).
GROUPS: tuple[tuple[str, str], ...] = (
    ("dr.non_us_img.matched", "DR, matched"),
    ("dr.non_us_img.not_matched", "DR, not matched"),
    ("ir.non_us_img.matched", "Integrated IR, matched"),
    ("ir.non_us_img.not_matched", "Integrated IR, not matched"),
)


@dataclass(frozen=True)
class Distribution:
    group: str  # e.g. "DR, matched"
    measure: Measure
    n: int
    median: float
    q1: float
    q3: float
    year: int
    source_id: str
    source_label: str
    source_url: str


class MissingFiguresError(RuntimeError):
    """The facts file lacks a row (or a figure) the chart needs."""


@lru_cache(maxsize=4)
def distributions(path: Path = FACTS_FILE) -> tuple[Distribution, ...]:
    """Every (group, measure) the chart draws, in drawing order (read once per process)."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = {row["key"]: row for row in csv.DictReader(handle)}
    found = []
    for measure in Measure:
        for prefix, label in GROUPS:
            key = f"{prefix}.{measure.value}"
            row = rows.get(key)
            if row is None or not (row["n"] and row["median"] and row["q1"] and row["q3"]):
                raise MissingFiguresError(f"{path.name}: no n/median/q1/q3 for {key}")
            found.append(
                Distribution(
                    group=label,
                    measure=measure,
                    n=int(float(row["n"])),
                    median=float(row["median"]),
                    q1=float(row["q1"]),
                    q3=float(row["q3"]),
                    year=int(row["year"]),
                    source_id=f"data:charting_outcomes_radiology:{key}",
                    source_label=row["source_label"],
                    source_url=row["source_url"],
                )
            )
    return tuple(found)


def of_measure(measure: Measure, path: Path = FACTS_FILE) -> list[Distribution]:
    return [d for d in distributions(path) if d.measure is measure]
