"""The program list as CSV, for the applicant's own spreadsheet (``--csv FILE``)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TextIO

from bot.programs.models import ProgramFit

CSV_COLUMNS = (
    "rank",
    "program_id",
    "name",
    "institution",
    "city",
    "state",
    "region",
    "track",
    "tier",
    "score",
    "visa_j1",
    "visa_h1b",
    "reasons",
    "unknowns",
    "source_url",
)
LIST_SEPARATOR = " | "


def write_csv(items: Sequence[ProgramFit], out: TextIO) -> None:
    """One row per program, best fit first; reasons and unknowns joined with ' | '."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for rank, item in enumerate(items, start=1):
        data = item.model_dump(mode="json")
        data["rank"] = rank
        data["reasons"] = LIST_SEPARATOR.join(item.reasons)
        data["unknowns"] = LIST_SEPARATOR.join(item.unknowns)
        writer.writerow([data[column] for column in CSV_COLUMNS])
