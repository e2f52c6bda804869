"""The application calendar, signals, fees and rules: ``knowledge/calendar.yaml``.

A faithful copy of the sourced ``application_calendar_rules.csv`` (ERAS and NRMP dates, SOAP,
program signals, fees, ECFMG and Match rules, program types, prelim vs transitional year,
Step 2 CK score release, ESIR and Independent IR), one row per fact with a stable ``key``.
Rows whose value is "NOT FOUND" are gaps kept on purpose: answers say them as not found.

The file is read on first use (``calendar_rules()``), never at import; a row is cited as
``data:application_calendar_rules:<key>``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

CALENDAR_FILE = "calendar.yaml"
DATASET = "application_calendar_rules"
NOT_FOUND = "NOT FOUND"

# Who published a row, by the host of its URL (the rest are named by their host).
_PUBLISHERS: dict[str, str] = {
    "aamc.org": "AAMC",
    "nrmp.org": "NRMP",
    "ecfmg.org": "ECFMG",
    "usmle.org": "USMLE",
    "sirweb.org": "SIR",
    "scvir.org": "SIR news page",
    "modernpubsonline.com": "SIR IR Quarterly",
    "prnewswire.com": "NRMP press release",
    "studylib.net": "ACGME ESIR guideline (copy)",
    "github.com": "third-party app code",
    "manerakai.com": "Reddit post (mirror)",
    "elsevierpure.com": "JACR abstract",
    "medschool.umaryland.edu": "U Maryland advising page",
}
_KINDS: dict[str, str] = {
    "primary": "primary",
    "secondary": "secondary",
    "third_party_dataset": "third-party, unverified",
    "forum": "forum report",
}


class CalendarError(ValueError):
    """The calendar file is missing or invalid."""


class CalendarRow(BaseModel):
    """One sourced fact of the calendar file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    topic: str
    season: str
    item: str
    value: str
    source_url: str
    source_type: str
    quote: str
    notes: str

    @property
    def found(self) -> bool:
        """False for a gap recorded on purpose (the value is "NOT FOUND")."""
        return self.value.strip().upper() != NOT_FOUND

    @property
    def source_id(self) -> str:
        return f"data:{DATASET}:{self.key}"

    @property
    def citation(self) -> str:
        """Who says it and how solid it is, e.g. 'AAMC (primary)'; '' for a gap."""
        if not self.found or not self.source_url:
            return ""
        host = (urlparse(self.source_url).hostname or "").removeprefix("www.")
        publisher = next(
            (name for domain, name in _PUBLISHERS.items() if host.endswith(domain)), host
        )
        kind = _KINDS.get(self.source_type, self.source_type.replace("_", " "))
        return f"{publisher} ({kind})" if kind else publisher


def default_calendar_file() -> Path:
    """``knowledge/calendar.yaml`` of this project (next to the ``bot`` package)."""
    return Path(__file__).resolve().parents[2] / "knowledge" / CALENDAR_FILE


_KEY = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")


def read_calendar(path: Path) -> dict[str, CalendarRow]:
    """Every row of a calendar file by key, or ``CalendarError`` naming the problem."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise CalendarError(f"{path.name}: cannot read: {error}") from None
    raw_rows = data.get("rows") if isinstance(data, dict) else None
    if not isinstance(raw_rows, list) or not raw_rows:
        raise CalendarError(f"{path.name}: expected a non-empty 'rows' list")
    rows: dict[str, CalendarRow] = {}
    for number, raw in enumerate(raw_rows, start=1):
        try:
            row = CalendarRow.model_validate(raw)
        except ValidationError as error:
            raise CalendarError(f"{path.name}: row {number}: {error}") from None
        if not _KEY.match(row.key) or row.key in rows:
            raise CalendarError(f"{path.name}: row {number}: bad or repeated key {row.key!r}")
        if row.found and not row.source_url.startswith(("http://", "https://")):
            raise CalendarError(f"{path.name}: row {number}: a found value needs its source_url")
        rows[row.key] = row
    return rows


@lru_cache(maxsize=1)
def calendar_rules() -> dict[str, CalendarRow]:
    """The project's calendar rows by key (read once, on first use)."""
    return read_calendar(default_calendar_file())


def calendar_row(key: str) -> CalendarRow:
    """One row by key; ``KeyError`` naming the key otherwise."""
    try:
        return calendar_rules()[key]
    except KeyError:
        raise KeyError(f"no calendar row {key!r} in knowledge/{CALENDAR_FILE}") from None
