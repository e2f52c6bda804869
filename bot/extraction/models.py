"""What fact extraction returns to the dialogue (pydantic, so the actions can log and test it)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class RejectedFact(BaseModel):
    """A value the user gave that cannot be right (out of range, negative, a range)."""

    field: str
    raw: str = Field(description="the words of the message the value came from")
    reason: str = Field(description="one line naming the valid range, e.g. to show the user")


class UncertainFact(BaseModel):
    """A value the message may mean but does not say plainly: confirm it before storing it.

    ``value`` is already valid for ``ApplicantProfile`` (like ``Extraction.facts`` values);
    ``question`` is one short yes/no question in our words that confirms it.
    """

    field: str
    value: Any
    raw: str = Field(description="the words of the message the value came from")
    question: str = Field(description="a short confirming question, e.g. 'Is 240 your CK score?'")


class Extraction(BaseModel):
    """The profile facts found in one message.

    ``facts`` maps profile field names to values that are already valid for
    ``ApplicantProfile`` (enums as their string values, regions as a list of strings).
    ``uncertain`` holds candidates the message does not state plainly (a future letter, a
    number in a question, a paper in another field): never stored, asked about instead.
    """

    facts: dict[str, Any] = Field(default_factory=dict)
    rejected: list[RejectedFact] = Field(default_factory=list)
    uncertain: list[UncertainFact] = Field(default_factory=list)
    skipped: bool = Field(False, description="the user declined or does not know yet")
    correction: bool = Field(False, description="the user is correcting an earlier answer")

    def rejected_fields(self) -> list[str]:
        return [item.field for item in self.rejected]

    def uncertain_fields(self) -> list[str]:
        return [item.field for item in self.uncertain]
