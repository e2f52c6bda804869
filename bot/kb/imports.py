"""Turn the shared research files into knowledge rows (an operator's tool, run by hand).

    python -m bot.kb.imports SHARED_DATA_DIR KNOWLEDGE_DIR

Reads ``program_visa_img_facts.csv``, ``program_signals.csv``, ``esir_programs.csv`` and
``independent_ir_programs.csv`` and writes ``program_facts/*.csv`` and
``programs/independent_ir.csv``; DR rows whose institution trains Independent IR residents get
``ir_affiliated = yes`` with that derivation written in ``ir_affiliated_source``. Each row keeps
its source URL, the source's own label and date; ``strength`` (``bot.kb.program_fact_rows``)
is set from the label by the tables below. Rows without a program id (the source's
institution did not map to one program) are left out and counted.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from bot.kb.program_fact_rows import PROGRAM_FACT_OPTIONAL, PROGRAM_FACT_REQUIRED
from bot.kb.schemas import PROGRAM_OPTIONAL, PROGRAM_REQUIRED

FACT_COLUMNS = (*PROGRAM_FACT_REQUIRED, *PROGRAM_FACT_OPTIONAL)
PROGRAM_COLUMNS = (*PROGRAM_REQUIRED, *PROGRAM_OPTIONAL)
LAST_VERIFIED = "2026-12-02"

# Visa/IMG file: label prefix -> strength (most solid first, as the data README orders them).
VISA_LABEL_STRENGTH = {
    "program_site": "solid",
    "institution_gme_policy_third_party_copy": "secondhand",
    "institution_gme_policy": "solid",
    "institution_statement_on_other_specialty_page": "secondhand",
    "forum_quote_of_program_site": "weak",
    "institution_presentation_third_party_copy": "weak",
    "third_party_profile": "weak",
    "forum_post_unverified": "weak",
}
SIGNAL_LABEL_STRENGTH = {
    "primary": "solid",
    "secondary_copy": "secondhand",
    "third_party_dataset": "secondhand",
    "forum": "weak",
}
RESEARCH_LIST = "Research Rankings"
# Independent IR rows of the Florida NRMP results (positions = 2026 quota) -> ACGME ids.
FLORIDA_INDEPENDENT_QUOTA = {
    "4151142003": ("2317415F0", 6),
    "4151142002": ("1032415F0", 1),
    "4151142005": ("1101415F0", 2),
    "4151142006": ("1824415F0", 3),
    "4151100001": ("1104415F0", 3),
    "4151142004": ("1109415F1", 1),
}
INDEPENDENT_LABEL = (
    "third-party parse of the ACGME accredited-program list (Matchly ACGME_2026.json); "
    "verify on ACGME"
)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _strength(label: str, table: dict[str, str]) -> str:
    for prefix, strength in table.items():
        if label.startswith(prefix):
            return strength
    raise ValueError(f"no strength for source label {label!r}")


def visa_img_facts(rows: Iterable[dict[str, str]]) -> list[dict[str, object]]:
    return [
        {
            "program_id": row["program_key"],
            "fact": row["fact"],
            "value": row["value"],
            "as_of": row["as_of"],
            "strength": _strength(row["source_label"], VISA_LABEL_STRENGTH),
            "source_url": row["source_url"],
            "source_label": row["source_label"][:300],
            "detail": row["quote"],
        }
        for row in rows
    ]


def signal_facts(rows: Iterable[dict[str, str]]) -> tuple[list[dict[str, object]], int]:
    """Signal rows as program facts, and how many rows had no program id."""
    out: list[dict[str, object]] = []
    skipped = 0
    for row in rows:
        if not row["program_key"]:
            skipped += 1
            continue
        fact = row["signal"]
        strength = _strength(row["source_label"], SIGNAL_LABEL_STRENGTH)
        if fact == "reputation_rank":
            strength = "opinion"  # editorial lists and awards: one opinion each
            if RESEARCH_LIST in row["note"]:
                fact = "research_rank"
        out.append(
            {
                "program_id": row["program_key"],
                "fact": fact,
                "value": row["value"],
                "as_of": row["year"],
                "strength": strength,
                "source_url": row["source_url"],
                "source_label": row["source_label"],
                "detail": row["note"],
            }
        )
    return out, skipped


def esir_facts(rows: Iterable[dict[str, str]]) -> list[dict[str, object]]:
    return [
        {
            "program_id": row["dr_acgme_program_id"],
            "fact": "esir",
            "value": "yes",
            "as_of": row["year"],
            "strength": "solid" if row["source_type"] == "primary" else "secondhand",
            "source_url": row["source_url"],
            "source_label": row["source_type"],
            "detail": row["quote"],
        }
        for row in rows
    ]


def independent_programs(
    rows: Iterable[dict[str, str]], dr_rows: Sequence[dict[str, str]] = ()
) -> list[dict[str, object]]:
    """Program rows; a row without a city takes its core DR program's city (noted)."""
    dr_places = {row["id"]: (row["city"], row["state"]) for row in dr_rows}
    out: list[dict[str, object]] = []
    for row in rows:
        city, state = row["city"], row["state"]
        placed_by_dr = not city and row["dr_acgme_program_id"] in dr_places
        if placed_by_dr:
            city, state = dr_places[row["dr_acgme_program_id"]]
        if not city:
            continue  # cannot place it
        quota = FLORIDA_INDEPENDENT_QUOTA.get(row["acgme_id"])
        notes = f"ACGME id {row['acgme_id']}"
        if row["dr_acgme_program_id"]:
            notes += f"; core DR program {row['dr_acgme_program_id']}"
        if placed_by_dr:
            notes += "; no campus in the source: placed at its core DR program's city"
        if quota:
            notes += f"; positions = 2026 NRMP quota (program code {quota[0]})"
        out.append(
            {
                "id": row["acgme_id"],
                "name": row["program_name"],
                "institution": row["institution"],
                "city": city,
                "state": state,
                "track": "independent_ir",
                "positions": quota[1] if quota else "",
                "visa_j1": "unknown",
                "visa_h1b": "unknown",
                "img_history": "unknown",
                "setting": "unknown",
                "ir_affiliated": "unknown",
                "source_url": row["source_url"],
                "source_label": INDEPENDENT_LABEL,
                "source_year": 2026,
                "last_verified": LAST_VERIFIED,
                "notes": notes,
            }
        )
    return out


def mark_dr_with_independent_ir(
    dr_rows: list[dict[str, str]], independent: Iterable[dict[str, str]]
) -> int:
    """Set ``ir_affiliated`` on DR rows that are the core of an Independent IR program."""
    cores = {row["dr_acgme_program_id"]: row["acgme_id"] for row in independent}
    changed = 0
    for row in dr_rows:
        program = cores.get(row["id"])
        if program is None or row["ir_affiliated"] == "yes":
            continue
        row["ir_affiliated"] = "yes"
        row["ir_affiliated_source"] = (
            f"derived: Independent IR program {program} names this DR program as its core "
            "(third-party parse of the ACGME list)"
        )
        changed += 1
    return changed


def run(shared: Path, knowledge: Path) -> list[str]:
    """Write the converted files; one line per file for the operator."""
    lines: list[str] = []
    facts_dir = knowledge / "program_facts"
    count = _write(
        facts_dir / "visa_img.csv",
        FACT_COLUMNS,
        visa_img_facts(_rows(shared / "program_visa_img_facts.csv")),
    )
    lines.append(f"program_facts/visa_img.csv: {count} rows")
    signals, skipped = signal_facts(_rows(shared / "program_signals.csv"))
    count = _write(facts_dir / "signals.csv", FACT_COLUMNS, signals)
    lines.append(f"program_facts/signals.csv: {count} rows ({skipped} without a program id)")
    esir = esir_facts(_rows(shared / "esir_programs.csv"))
    count = _write(facts_dir / "esir.csv", FACT_COLUMNS, esir)
    lines.append(f"program_facts/esir.csv: {count} rows")
    dr_path = knowledge / "programs" / "dr.csv"
    dr_rows = _rows(dr_path)
    columns = list(dr_rows[0]) if dr_rows else list(PROGRAM_COLUMNS)  # keep the file's order
    independent = _rows(shared / "independent_ir_programs.csv")
    count = _write(
        knowledge / "programs" / "independent_ir.csv",
        columns,
        independent_programs(independent, dr_rows),
    )
    lines.append(f"programs/independent_ir.csv: {count} rows")
    changed = mark_dr_with_independent_ir(dr_rows, independent)
    _write(dr_path, columns, dr_rows)
    lines.append(f"programs/dr.csv: {changed} rows now show IR at the institution")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        print("usage: python -m bot.kb.imports SHARED_DATA_DIR KNOWLEDGE_DIR", file=sys.stderr)
        return 2
    for line in run(Path(args[0]), Path(args[1])):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
