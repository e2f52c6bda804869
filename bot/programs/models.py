"""The program-list item (CONTRACT section 5) and its closed value sets."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from bot.domain.tracks import Tier, Track, VisaSponsorship
from bot.profile import Region

# The closed value sets live in bot.domain.tracks (shared with bot.kb); re-exported here.
__all__ = ["ProgramFit", "Tier", "Track", "VisaSponsorship"]


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
