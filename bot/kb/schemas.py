"""Row validation for the knowledge CSV files (pydantic at the boundary).

Two kinds of file share one folder: program files (a ``track`` column) and fact files (a
``key`` column; the file's stem names the data set, so a fact's id is
``data:<stem>:<key>``). ``README.md`` in ``knowledge/`` documents every column.
"""

from __future__ import annotations

import re
from datetime import date
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.domain.tracks import Track, VisaSponsorship
from bot.profile import Region
from bot.regions import UnknownStateError, region_of_state


class Known(str, Enum):
    """A yes/no fact the knowledge base may not have (IMG history, IR at the institution)."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Setting(str, Enum):
    ACADEMIC = "academic"
    COMMUNITY = "community"
    UNKNOWN = "unknown"


class SourceKind(str, Enum):
    """How solid a source is: the original publication, a report of it, or an opinion."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    COMMERCIAL = "commercial"


_URL = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/\S*)?$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,149}$")

PROGRAM_REQUIRED = (
    "id",
    "name",
    "institution",
    "city",
    "state",
    "track",
    "source_url",
    "last_verified",
)
PROGRAM_OPTIONAL = (
    "region",
    "positions",
    "visa_j1",
    "visa_h1b",
    "visa_source_url",
    "img_history",
    "img_source_url",
    "setting",
    "setting_source",
    "ir_affiliated",
    "ir_affiliated_source",
    "source_label",
    "source_year",
    "notes",
)
FACT_REQUIRED = ("key", "value", "statement", "source_url", "last_verified")
FACT_OPTIONAL = (
    "topic",
    "year",
    "unit",
    "n",
    "median",
    "mean",
    "q1",
    "q3",
    "source_label",
    "source_kind",
    "notes",
)


def check_url(value: str) -> str:
    if not _URL.match(value):
        raise ValueError(f"malformed URL {value!r}; expected http(s)://host/path")
    return value


def _blank_to_none(data: Any) -> Any:
    """CSV cells are strings; an empty cell means 'not given'."""
    if isinstance(data, dict):
        return {key: (None if value is None or value.strip() == "" else value.strip())
                for key, value in data.items()}  # fmt: skip
    return data


class ProgramRow(BaseModel):
    """One row of a program file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str = Field(min_length=1, max_length=300)
    institution: str = Field(min_length=1, max_length=300)
    city: str = Field(min_length=1, max_length=120)
    state: str
    region: Region | None = None
    track: Track
    positions: int | None = Field(None, ge=0, le=1000)
    visa_j1: VisaSponsorship = VisaSponsorship.UNKNOWN
    visa_h1b: VisaSponsorship = VisaSponsorship.UNKNOWN
    visa_source_url: str | None = None
    img_history: Known = Known.UNKNOWN
    img_source_url: str | None = None
    setting: Setting = Setting.UNKNOWN
    setting_source: str | None = Field(None, max_length=500)
    ir_affiliated: Known = Known.UNKNOWN
    ir_affiliated_source: str | None = Field(None, max_length=500)
    source_url: str
    source_label: str | None = Field(None, max_length=300)
    source_year: int | None = Field(None, ge=1990, le=2100)
    last_verified: date
    notes: str | None = Field(None, max_length=2000)

    @model_validator(mode="before")
    @classmethod
    def _blank(cls, data: Any) -> Any:
        return _blank_to_none(data)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(
                f"bad id {value!r}; use up to 64 letters, digits, '.', '_', ':' or '-'"
            )
        return value

    @field_validator("state")
    @classmethod
    def _state(cls, value: str) -> str:
        try:
            region_of_state(value)
        except UnknownStateError as error:
            raise ValueError(str(error)) from None
        return value.upper()

    @field_validator("source_url", "visa_source_url", "img_source_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else check_url(value)

    @model_validator(mode="after")
    def _region_matches_state(self) -> ProgramRow:
        expected = region_of_state(self.state)
        if self.region is not None and self.region != expected:
            raise ValueError(
                f"region: {self.region.value!r} does not match state {self.state} "
                f"(expected {expected.value!r})"
            )
        return self

    @property
    def resolved_region(self) -> Region:
        return self.region or region_of_state(self.state)


class FactRow(BaseModel):
    """One row of a fact file: a sourced aggregate figure or rule."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    topic: str | None = Field(None, max_length=120)
    year: int | None = Field(None, ge=1900, le=2100)
    value: str = Field(min_length=1, max_length=500)
    unit: str | None = Field(None, max_length=120)
    statement: str = Field(min_length=1, max_length=2000)
    n: float | None = None
    median: float | None = None
    mean: float | None = None
    q1: float | None = None
    q3: float | None = None
    source_url: str
    source_label: str | None = Field(None, max_length=500)
    source_kind: SourceKind = SourceKind.SECONDARY
    last_verified: date
    notes: str | None = Field(None, max_length=2000)

    @model_validator(mode="before")
    @classmethod
    def _blank(cls, data: Any) -> Any:
        return _blank_to_none(data)

    @field_validator("key")
    @classmethod
    def _key(cls, value: str) -> str:
        if not _KEY.match(value):
            raise ValueError(f"bad key {value!r}; use letters, digits, '.', '_' or '-'")
        return value

    @field_validator("source_url")
    @classmethod
    def _url(cls, value: str) -> str:
        return check_url(value)


def fact_id(dataset: str, key: str) -> str:
    """The citable id of a fact (team convention ``data:<csv stem>:<row key>``)."""
    return f"data:{dataset}:{key}"
