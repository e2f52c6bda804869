"""The program-list item (CONTRACT section 5) and its closed value sets."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from bot.profile import Region


class Track(str, Enum):
    INTEGRATED_IR = "integrated_ir"
    INDEPENDENT_IR = "independent_ir"
    DR = "dr"
    PRELIM_MEDICINE = "prelim_medicine"
    PRELIM_SURGERY = "prelim_surgery"
    TRANSITIONAL = "transitional"


class VisaSponsorship(str, Enum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Tier(str, Enum):
    REACH = "reach"
    TARGET = "target"
    LIKELY = "likely"


class ProgramFit(BaseModel):
    """One program in an applicant's list, best fit first in the list."""

    model_config = ConfigDict(extra="forbid")

    program_id: str
    name: str
    institution: str
    city: str
    state: str
    region: Region
    track: Track
    visa_j1: VisaSponsorship
    visa_h1b: VisaSponsorship
    tier: Tier
    score: float = Field(ge=0, le=1)
    reasons: list[str]
    unknowns: list[str]
    source_url: str
