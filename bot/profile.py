"""The applicant profile: the facts that decide the advice (CONTRACT section 3).

One model, the same field names in the profile JSON file, this model and the Rasa slots.
Every field is optional: ``None`` means the applicant has not told us yet.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class ApplicantType(str, Enum):
    NON_US_IMG = "non_us_img"
    US_IMG = "us_img"
    US_MD = "us_md"
    US_DO = "us_do"


class Step1Result(str, Enum):
    PASS_FIRST_ATTEMPT = "pass_first_attempt"
    PASS_AFTER_RETAKE = "pass_after_retake"
    FAILED = "failed"
    NOT_TAKEN = "not_taken"


class Step3Result(str, Enum):
    PASSED = "passed"
    NOT_TAKEN = "not_taken"
    FAILED = "failed"


class VisaNeed(str, Enum):
    NONE = "none"
    J1 = "j1"
    H1B = "h1b"
    UNDECIDED = "undecided"


class CycleStage(str, Enum):
    """Where the applicant is in the current application cycle (issue 11, item 10)."""

    PREPARING = "preparing"  # not applied yet this season
    APPLIED = "applied"  # applications sent, no interviews yet
    INTERVIEWING = "interviewing"  # holds interviews this season
    RANKED = "ranked"  # rank order list certified, waiting for Match Week
    UNMATCHED = "unmatched"  # did not match this season (SOAP, then the next cycle)
    MATCHED = "matched"  # matched this season


class Region(str, Enum):
    NORTHEAST = "northeast"
    SOUTHEAST = "southeast"
    MIDWEST = "midwest"
    SOUTHWEST = "southwest"
    WEST = "west"


GRADUATION_YEAR_RANGE = (1970, 2035)
STEP2CK_RANGE = (1, 300)


class ApplicantProfile(BaseModel):
    """What an applicant has told us. Unknown fields stay ``None``."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False, validate_assignment=True)

    applicant_type: ApplicantType | None = None
    graduation_year: int | None = Field(
        None, ge=GRADUATION_YEAR_RANGE[0], le=GRADUATION_YEAR_RANGE[1]
    )
    step1: Step1Result | None = None
    step2ck_score: int | None = Field(None, ge=STEP2CK_RANGE[0], le=STEP2CK_RANGE[1])
    step2ck_first_attempt: bool | None = None
    step3: Step3Result | None = None
    visa_need: VisaNeed | None = None
    usce_months: float | None = Field(None, ge=0)
    observership_weeks: float | None = Field(None, ge=0)
    ir_elective_weeks: float | None = Field(None, ge=0)
    us_ir_letters: int | None = Field(None, ge=0)
    us_dr_letters: int | None = Field(None, ge=0)
    us_other_letters: int | None = Field(None, ge=0)
    ir_publications: int | None = Field(None, ge=0)
    ir_abstracts: int | None = Field(None, ge=0)
    research_years: float | None = Field(None, ge=0)
    clinically_active: bool | None = None
    match_cycles: int | None = Field(None, ge=0)
    prior_interviews: int | None = Field(None, ge=0)
    preferred_regions: list[Region] | None = None
    # Not in CONTRACT section 3: the stage in this season, asked when the date makes it matter.
    cycle_stage: CycleStage | None = None

    def known_fields(self) -> set[str]:
        """Names of the fields the applicant has told us."""
        return {name for name, value in self if value is not None}

    def to_json_dict(self) -> dict[str, Any]:
        """The profile as the JSON file and the Rasa slots hold it (enums as strings)."""
        return self.model_dump(mode="json")


# Facts that describe the moment rather than the applicant: kept out of ``PROFILE_FIELDS``
# (the contract's fields, which the profile form asks one by one).
CONTEXT_FIELDS: tuple[str, ...] = ("cycle_stage",)
PROFILE_FIELDS: tuple[str, ...] = tuple(
    name for name in ApplicantProfile.model_fields if name not in CONTEXT_FIELDS
)
ALL_FIELDS: tuple[str, ...] = tuple(ApplicantProfile.model_fields)


class ProfileError(ValueError):
    """A profile value is out of range or unknown; ``str()`` is one line naming the field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _allowed(field: str) -> str:
    """A short description of what a field accepts, for error messages."""
    info = ApplicantProfile.model_fields[field]
    annotation = str(info.annotation)
    for enum in (ApplicantType, Step1Result, Step3Result, VisaNeed, CycleStage, Region):
        if enum.__name__ in annotation:
            prefix = "a list of " if "list" in annotation else "one of "
            return prefix + ", ".join(member.value for member in enum)
    if "bool" in annotation:
        return "true or false"
    low = next((m.ge for m in info.metadata if hasattr(m, "ge")), None)
    high = next((m.le for m in info.metadata if hasattr(m, "le")), None)
    kind = "a whole number" if "int" in annotation else "a number"
    if low is not None and high is not None:
        return f"{kind} from {low} to {high}"
    if low is not None:
        return f"{kind} of {low} or more"
    return kind


def first_error(error: ValidationError) -> ProfileError:
    """Turn pydantic's error into one line that names the field and what is allowed."""
    detail = error.errors()[0]
    loc = [str(part) for part in detail["loc"]]
    field = loc[0] if loc else "profile"
    if detail["type"] == "extra_forbidden":
        return ProfileError(field, "unknown field; allowed fields: " + ", ".join(ALL_FIELDS))
    if field in ApplicantProfile.model_fields:
        return ProfileError(field, f"got {detail.get('input')!r}; allowed: {_allowed(field)}")
    return ProfileError(field, detail["msg"])


def parse_profile(data: Any) -> ApplicantProfile:
    """Validate raw data (e.g. parsed JSON) into a profile or raise ``ProfileError``."""
    if not isinstance(data, dict):
        raise ProfileError("profile", "expected a JSON object with profile fields")
    try:
        return ApplicantProfile.model_validate(data)
    except ValidationError as error:
        raise first_error(error) from None
