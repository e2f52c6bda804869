"""What fact extraction returns to the dialogue (pydantic, so the actions can log and test it)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class RejectedFact(BaseModel):
    """A value the user gave that cannot be right (out of range, negative, a range)."""

    field: str
    raw: str = Field(description="the words of the message the value came from")
    reason: str = Field(description="one line naming the valid range, e.g. to show the user")


class Extraction(BaseModel):
    """The profile facts found in one message.

    ``facts`` maps profile field names to values that are already valid for
    ``ApplicantProfile`` (enums as their string values, regions as a list of strings).
    """

    facts: dict[str, Any] = Field(default_factory=dict)
    rejected: list[RejectedFact] = Field(default_factory=list)
    skipped: bool = Field(False, description="the user declined or does not know yet")
    correction: bool = Field(False, description="the user is correcting an earlier answer")

    def rejected_fields(self) -> list[str]:
        return [item.field for item in self.rejected]
