"""Sample rows and a CSV writer for the knowledge-base tests."""

from __future__ import annotations

import csv
from pathlib import Path

PROGRAM_HEADER = [
    "id", "name", "institution", "city", "state", "region", "track", "positions", "visa_j1",
    "visa_h1b", "img_history", "ir_affiliated", "source_url", "source_label", "source_year",
    "last_verified",
]  # fmt: skip
FACT_HEADER = ["key", "topic", "year", "value", "statement", "median", "source_url",
               "source_kind", "last_verified"]  # fmt: skip


def program(pid: str, **overrides: str) -> dict[str, str]:
    row = {
        "id": pid,
        "name": f"Program {pid}",
        "institution": f"Institution {pid}",
        "city": "Boston",
        "state": "MA",
        "region": "northeast",
        "track": "dr",
        "positions": "4",
        "visa_j1": "unknown",
        "visa_h1b": "unknown",
        "img_history": "unknown",
        "ir_affiliated": "unknown",
        "source_url": "https://example.org/programs",
        "source_label": "test list",
        "source_year": "2026",
        "last_verified": "2026-11-01",
    }
    row.update(overrides)
    return row


def fact(key: str, **overrides: str) -> dict[str, str]:
    row = {
        "key": key,
        "topic": "match_results",
        "year": "2026",
        "value": "250",
        "statement": f"Statement {key}",
        "median": "250",
        "source_url": "https://example.org/facts",
        "source_kind": "secondary",
        "last_verified": "2026-11-01",
    }
    row.update(overrides)
    return row


def write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path
