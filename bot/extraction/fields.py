"""How each profile field is read from a message: its kind, unit, words and valid range."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.extraction.number_words import Unit
from bot.profile import GRADUATION_YEAR_RANGE, STEP2CK_RANGE

FieldKind = Literal["score", "year", "count", "duration", "bool", "enum", "regions"]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: FieldKind
    label: str  # how a message to the user names the field
    unit: Unit | None = None  # durations: the unit the profile stores


SPECS: dict[str, FieldSpec] = {
    spec.name: spec
    for spec in (
        FieldSpec("applicant_type", "enum", "applicant type"),
        FieldSpec("graduation_year", "year", "graduation year"),
        FieldSpec("step1", "enum", "Step 1 result"),
        FieldSpec("step2ck_score", "score", "Step 2 CK score"),
        FieldSpec("step2ck_first_attempt", "bool", "whether Step 2 CK was your first attempt"),
        FieldSpec("step3", "enum", "Step 3 result"),
        FieldSpec("visa_need", "enum", "visa need"),
        FieldSpec("usce_months", "duration", "US clinical experience", "month"),
        FieldSpec("observership_weeks", "duration", "observership time", "week"),
        FieldSpec("ir_elective_weeks", "duration", "IR elective time", "week"),
        FieldSpec("us_ir_letters", "count", "the number of US IR letters"),
        FieldSpec("us_dr_letters", "count", "the number of US DR letters"),
        FieldSpec("us_other_letters", "count", "the number of other US letters"),
        FieldSpec("ir_publications", "count", "the number of publications"),
        FieldSpec("ir_abstracts", "count", "the number of abstracts and posters"),
        FieldSpec("research_years", "duration", "research time", "year"),
        FieldSpec("clinically_active", "bool", "whether you work in medicine now"),
        FieldSpec("match_cycles", "count", "the number of earlier match cycles"),
        FieldSpec("prior_interviews", "count", "the number of earlier interviews"),
        FieldSpec("preferred_regions", "regions", "preferred regions"),
        FieldSpec("cycle_stage", "enum", "where you are this season"),  # read by stage.py
    )
}

LETTER_FIELDS = ("us_ir_letters", "us_dr_letters", "us_other_letters")
# Fields where several mentions in one message add up ("2 posters and 1 presentation").
SUMMED_FIELDS = frozenset({*LETTER_FIELDS, "ir_abstracts", "prior_interviews"})

# Our one convention for units: 4 weeks = 1 month, 12 months = 1 year (so 48 weeks = 1 year).
_IN_WEEKS: dict[Unit, float] = {"week": 1.0, "month": 4.0, "year": 48.0}


def convert(value: float, unit: Unit, to: Unit) -> float:
    """``value`` in ``unit`` expressed in ``to``, rounded to 2 decimals."""
    return round(value * _IN_WEEKS[unit] / _IN_WEEKS[to], 2)


def valid_range(field: str) -> str:
    """One line naming what the field accepts (used as the rejection reason)."""
    spec = SPECS[field]
    if field == "step2ck_score":
        return f"Step 2 CK scores run from {STEP2CK_RANGE[0]} to {STEP2CK_RANGE[1]}"
    if field == "graduation_year":
        low, high = GRADUATION_YEAR_RANGE
        return f"graduation years run from {low} to {high}"
    if spec.kind == "duration":
        return f"{spec.label} is counted in {spec.unit}s, 0 or more"
    return f"{spec.label} is a whole number, 0 or more"


def check(field: str, value: float) -> str | None:
    """Why ``value`` is impossible for ``field``, or None when it is fine."""
    spec = SPECS[field]
    if field == "step2ck_score":
        ok = value.is_integer() and STEP2CK_RANGE[0] <= value <= STEP2CK_RANGE[1]
    elif field == "graduation_year":
        ok = value.is_integer() and GRADUATION_YEAR_RANGE[0] <= value <= GRADUATION_YEAR_RANGE[1]
    elif spec.kind == "count":
        ok = value.is_integer() and value >= 0
    else:
        ok = value >= 0
    return None if ok else valid_range(field)


def range_reason(field: str) -> str:
    """Rejection reason for a range or a vague amount: we ask again instead of guessing."""
    return f"give one number, not a range or an estimate: {valid_range(field)}"
