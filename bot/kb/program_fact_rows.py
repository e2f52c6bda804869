"""Row validation for program fact files: one sourced fact about one program per row.

A program fact file is any knowledge ``.csv`` with ``program_id`` and ``fact`` columns (long
form: visa sponsorship, IMG policy, minimum scores, research and reputation signals, ESIR,
closures). Every row keeps its source: ``source_url``, ``source_label`` (in words), ``as_of``
(the date or year the source states, or ``undated``) and ``strength``, which decides what the
fact may do:

- ``solid``: the program's or its institution's own page. A "no" can exclude a program; a
  minimum score or graduation-year cut-off is a hard filter.
- ``secondhand``: a copy or a report of such a page (news reprint, document copy, a statement
  on another specialty's page, a third-party parse of an official list). A visa "no" still
  excludes (CONTRACT section 5); score cut-offs do not.
- ``weak``: forum posts, undated third-party tags, very old documents. Shown as "reported,
  unverified"; lowers confidence, never eligibility.
- ``opinion``: editorial rankings and tier lists. One opinion, shown as such.
"""

from __future__ import annotations

import hashlib
import re
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.kb.schemas import check_url


class ProgramFactKind(str, Enum):
    SPONSORS_J1 = "sponsors_j1"
    SPONSORS_H1B = "sponsors_h1b"
    ACCEPTS_IMG = "accepts_img"
    MIN_STEP2CK = "min_step2ck"
    YOG_CUTOFF_YEARS = "yog_cutoff_years"
    REQUIRES_USCE = "requires_usce"
    REPUTATION_RANK = "reputation_rank"
    RESEARCH_RANK = "research_rank"
    NIH_RADIOLOGY_RANK = "nih_radiology_rank"
    NIH_RADIOLOGY_DOLLARS = "nih_radiology_dollars"
    POSITIONS_PER_YEAR = "positions_per_year"
    TOTAL_RESIDENTS = "total_residents"
    PROGRAM_TYPE = "program_type"
    IMG_RESIDENTS_COUNT = "img_residents_count"
    ESIR = "esir"
    STATUS = "status"


class SourceStrength(str, Enum):
    SOLID = "solid"
    SECONDHAND = "secondhand"
    WEAK = "weak"
    OPINION = "opinion"


PROGRAM_FACT_REQUIRED = (
    "program_id",
    "fact",
    "value",
    "as_of",
    "strength",
    "source_url",
    "source_label",
)
PROGRAM_FACT_OPTIONAL = ("detail",)

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def year_of(as_of: str) -> int | None:
    """The first year an ``as_of`` text names (``2019-06-10 (...)`` -> 2019), None if undated."""
    match = _YEAR.search(as_of)
    return int(match.group(1)) if match else None


class ProgramFactRow(BaseModel):
    """One row of a program fact file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    program_id: str = Field(min_length=1, max_length=64)
    fact: ProgramFactKind
    value: str = Field(min_length=1, max_length=500)
    as_of: str = Field(min_length=1, max_length=200)
    strength: SourceStrength
    source_url: str
    source_label: str = Field(min_length=1, max_length=300)
    detail: str | None = Field(None, max_length=2000)

    @model_validator(mode="before")
    @classmethod
    def _blank(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {
                key: (None if value is None or value.strip() == "" else value.strip())
                for key, value in data.items()
            }
        return data

    @field_validator("source_url")
    @classmethod
    def _url(cls, value: str) -> str:
        return check_url(value)

    @property
    def year(self) -> int | None:
        return year_of(self.as_of)

    @property
    def id(self) -> str:
        """Stable id: program, fact and a digest of what the row says and where from."""
        digest = hashlib.sha1(
            "|".join((self.value, self.as_of, self.source_url, self.detail or "")).encode()
        ).hexdigest()[:12]
        return f"{self.program_id}:{self.fact.value}:{digest}"
