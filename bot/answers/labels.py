"""Human labels for profile fields, their values and the report's codes: the one place for them.

Every answer renders a field or a value through these, so the bot names things the same way in
questions, confirmations, summaries and advice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any

from bot.profile import (
    ApplicantType,
    CycleStage,
    Region,
    Step1Result,
    Step3Result,
    VisaNeed,
)
from bot.programs.models import Tier, Track, VisaSponsorship
from bot.report import ActionCode, IntegratedIRStance, Level, Pathway

FIELD_LABELS: dict[str, str] = {
    "applicant_type": "Applicant type",
    "graduation_year": "Graduation year",
    "step1": "Step 1",
    "step2ck_score": "Step 2 CK",
    "step2ck_first_attempt": "Step 2 CK on first attempt",
    "step3": "Step 3",
    "visa_need": "Visa need",
    "usce_months": "US clinical experience (hands-on)",
    "observership_weeks": "US observerships",
    "ir_elective_weeks": "US IR electives",
    "us_ir_letters": "Letters from US IR doctors",
    "us_dr_letters": "Letters from US DR doctors",
    "us_other_letters": "Other US letters",
    "ir_publications": "IR/radiology publications",
    "ir_abstracts": "Abstracts and posters",
    "research_years": "Dedicated research",
    "clinically_active": "Working in medicine now",
    "match_cycles": "Earlier match cycles",
    "prior_interviews": "DR/IR interviews in those cycles",
    "preferred_regions": "Preferred regions",
    "cycle_stage": "Where you are this season",
    "recommended_pathway": "Recommended pathway",
}

# Units after a number, singular and plural.
_UNITS: dict[str, tuple[str, str]] = {
    "usce_months": ("month", "months"),
    "observership_weeks": ("week", "weeks"),
    "ir_elective_weeks": ("week", "weeks"),
    "us_ir_letters": ("letter", "letters"),
    "us_dr_letters": ("letter", "letters"),
    "us_other_letters": ("letter", "letters"),
    "ir_publications": ("publication", "publications"),
    "ir_abstracts": ("abstract", "abstracts"),
    "research_years": ("year", "years"),
    "match_cycles": ("cycle", "cycles"),
    "prior_interviews": ("interview", "interviews"),
}

APPLICANT_TYPE_LABELS: dict[ApplicantType, str] = {
    ApplicantType.NON_US_IMG: "non-US IMG",
    ApplicantType.US_IMG: "US IMG (US citizen or resident, foreign school)",
    ApplicantType.US_MD: "US MD graduate",
    ApplicantType.US_DO: "US DO graduate",
}

STEP1_LABELS: dict[Step1Result, str] = {
    Step1Result.PASS_FIRST_ATTEMPT: "passed on the first attempt",
    Step1Result.PASS_AFTER_RETAKE: "passed after a retake",
    Step1Result.FAILED: "failed",
    Step1Result.NOT_TAKEN: "not taken yet",
}

STEP3_LABELS: dict[Step3Result, str] = {
    Step3Result.PASSED: "passed",
    Step3Result.NOT_TAKEN: "not taken yet",
    Step3Result.FAILED: "failed",
}

VISA_LABELS: dict[VisaNeed, str] = {
    VisaNeed.NONE: "none (US citizen or green card)",
    VisaNeed.J1: "J-1",
    VisaNeed.H1B: "H-1B",
    VisaNeed.UNDECIDED: "undecided",
}

CYCLE_STAGE_LABELS: dict[CycleStage, str] = {
    CycleStage.PREPARING: "not applied yet",
    CycleStage.APPLIED: "applied (no interviews yet)",
    CycleStage.INTERVIEWING: "interviewing",
    CycleStage.RANKED: "rank list certified",
    CycleStage.UNMATCHED: "did not match (SOAP or the next season)",
    CycleStage.MATCHED: "matched",
}

# The stage in a confirmation: "Got it: interviewing this season; Step 2 CK 252."
CYCLE_STAGE_PHRASES: dict[CycleStage, str] = {
    CycleStage.PREPARING: "not applied yet this season",
    CycleStage.APPLIED: "applied this season, no interviews yet",
    CycleStage.INTERVIEWING: "interviewing this season",
    CycleStage.RANKED: "rank list certified this season",
    CycleStage.UNMATCHED: "did not match this season",
    CycleStage.MATCHED: "matched this season",
}

REGION_LABELS: dict[Region, str] = {
    Region.NORTHEAST: "Northeast",
    Region.SOUTHEAST: "Southeast",
    Region.MIDWEST: "Midwest",
    Region.SOUTHWEST: "Southwest",
    Region.WEST: "West",
}

PATHWAY_LABELS: dict[Pathway, str] = {
    Pathway.INTEGRATED_IR_PLUS_DR: "apply to Integrated IR and to DR (with a PGY-1 year) "
    "this cycle",
    Pathway.DR_THEN_INDEPENDENT_IR: "match into DR (with a PGY-1 year), then reach IR through "
    "the Independent IR residency",
    Pathway.STRENGTHEN_THEN_APPLY: "strengthen your profile first (US research position and/or a "
    "preliminary year), then apply to DR",
    Pathway.RECALIBRATE: "step back and weigh other routes and careers alongside IR",
}

PATHWAY_SHORT_LABELS: dict[Pathway, str] = {
    Pathway.INTEGRATED_IR_PLUS_DR: "Integrated IR + DR",
    Pathway.DR_THEN_INDEPENDENT_IR: "DR, then Independent IR",
    Pathway.STRENGTHEN_THEN_APPLY: "strengthen, then apply",
    Pathway.RECALIBRATE: "recalibrate",
}

STANCE_LABELS: dict[IntegratedIRStance, str] = {
    IntegratedIRStance.RECOMMENDED: "worth applying to as a real target",
    IntegratedIRStance.UPSIDE_OPTION: "a bonus shot on top of DR, not your main plan",
    IntegratedIRStance.NOT_RECOMMENDED: "not worth applications this cycle",
}

LEVEL_LABELS: dict[Level, str] = {
    Level.LOW: "low",
    Level.MODERATE: "moderate",
    Level.HIGH: "high",
}

ACTION_LABELS: dict[ActionCode, str] = {
    ActionCode.TAKE_STEP2CK: "Take Step 2 CK",
    ActionCode.RAISE_STEP2CK: "Strengthen your Step 2 CK signal",
    ActionCode.TAKE_STEP3: "Take Step 3",
    ActionCode.GET_US_IR_LETTER: "Get a letter from a US interventional radiologist",
    ActionCode.GET_US_DR_LETTER: "Get a letter from a US diagnostic radiologist",
    ActionCode.GET_US_CLINICAL_EXPERIENCE: "Get hands-on US clinical experience",
    ActionCode.DO_IR_ELECTIVE: "Do a US IR elective",
    ActionCode.BUILD_IR_RESEARCH: "Build IR research output",
    ActionCode.RESEARCH_POSITION: "Take a US IR or radiology research position",
    ActionCode.PRELIM_YEAR: "Do a preliminary (PGY-1) year",
    ActionCode.SHOW_CONTINUOUS_ENGAGEMENT: "Show continuous engagement in medicine",
    ActionCode.EXPLAIN_GAP: "Explain gaps in your training",
    ActionCode.TARGET_VISA_SPONSORS: "Target programs that sponsor your visa",
    ActionCode.APPLY_PGY1: "Apply to PGY-1 years alongside DR",
    ActionCode.APPLY_BROADLY: "Apply broadly",
    ActionCode.CONSIDER_ALTERNATIVES: "Weigh alternative routes and careers",
}

# The FAQ intent that explains each action in depth: the "what should I do first" button.
ACTION_FAQ_INTENT: dict[ActionCode, str] = {
    ActionCode.TAKE_STEP2CK: "ask_usmle",
    ActionCode.RAISE_STEP2CK: "ask_usmle",
    ActionCode.TAKE_STEP3: "ask_usmle",
    ActionCode.GET_US_IR_LETTER: "ask_letters",
    ActionCode.GET_US_DR_LETTER: "ask_letters",
    ActionCode.GET_US_CLINICAL_EXPERIENCE: "ask_clinical_experience",
    ActionCode.DO_IR_ELECTIVE: "ask_clinical_experience",
    ActionCode.BUILD_IR_RESEARCH: "ask_research",
    ActionCode.RESEARCH_POSITION: "ask_research",
    ActionCode.PRELIM_YEAR: "ask_contingency",
    ActionCode.SHOW_CONTINUOUS_ENGAGEMENT: "ask_gaps",
    ActionCode.EXPLAIN_GAP: "ask_gaps",
    ActionCode.TARGET_VISA_SPONSORS: "ask_visa",
    ActionCode.APPLY_PGY1: "ask_application_count",
    ActionCode.APPLY_BROADLY: "ask_application_count",
    ActionCode.CONSIDER_ALTERNATIVES: "ask_contingency",
}

TRACK_LABELS: dict[Track, str] = {
    Track.INTEGRATED_IR: "Integrated IR",
    Track.INDEPENDENT_IR: "Independent IR",
    Track.DR: "Diagnostic Radiology",
    Track.PRELIM_MEDICINE: "Prelim medicine (PGY-1)",
    Track.PRELIM_SURGERY: "Prelim surgery (PGY-1)",
    Track.TRANSITIONAL: "Transitional year (PGY-1)",
}

# For the program list, where every character counts on a phone.
SHORT_TRACK_LABELS: dict[Track, str] = {
    Track.INTEGRATED_IR: "Integrated IR",
    Track.INDEPENDENT_IR: "Independent IR",
    Track.DR: "DR",
    Track.PRELIM_MEDICINE: "Prelim medicine",
    Track.PRELIM_SURGERY: "Prelim surgery",
    Track.TRANSITIONAL: "Transitional year",
}

TIER_LABELS: dict[Tier, str] = {
    Tier.REACH: "reach",
    Tier.TARGET: "target",
    Tier.LIKELY: "likely",
}

SPONSORSHIP_LABELS: dict[VisaSponsorship, str] = {
    VisaSponsorship.YES: "yes",
    VisaSponsorship.NO: "no",
    VisaSponsorship.UNKNOWN: "unknown",
}

_ENUM_FIELDS: dict[str, type[Enum]] = {
    "applicant_type": ApplicantType,
    "step1": Step1Result,
    "step3": Step3Result,
    "visa_need": VisaNeed,
    "cycle_stage": CycleStage,
    "preferred_regions": Region,
    "recommended_pathway": Pathway,
}

_ENUM_LABELS: dict[type[Enum], Mapping[Any, str]] = {
    ApplicantType: APPLICANT_TYPE_LABELS,
    Step1Result: STEP1_LABELS,
    Step3Result: STEP3_LABELS,
    VisaNeed: VISA_LABELS,
    CycleStage: CYCLE_STAGE_LABELS,
    Region: REGION_LABELS,
    Pathway: PATHWAY_SHORT_LABELS,
}


def field_label(field: str) -> str:
    """The label of a profile field; an unknown name is shown readably rather than failing."""
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


def number_text(value: float) -> str:
    """A number without a pointless '.0' (Rasa keeps numeric slots as floats)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:g}"


def count_text(field: str, value: float) -> str:
    """A number with its unit, e.g. '1 publication', '6 months'."""
    singular, plural = _UNITS.get(field, ("", ""))
    number = number_text(value)
    unit = singular if float(value) == 1 else plural
    return f"{number} {unit}".strip()


def _enum_label(enum: type[Enum], raw: object) -> str:
    member: object = raw
    if not isinstance(raw, enum):
        try:
            member = enum(raw)
        except ValueError:
            return str(raw)
    return _ENUM_LABELS[enum].get(member, str(raw))


def value_label(field: str, value: object) -> str:
    """A field's value in words: enums by label, numbers with units, booleans as yes/no.

    Accepts the profile's typed values and the raw slot values Rasa keeps (strings, floats).
    """
    if value is None:
        return "not told yet"
    enum = _ENUM_FIELDS.get(field)
    if enum is not None:
        if isinstance(value, (list, tuple, set)):
            return ", ".join(_enum_label(enum, item) for item in value) or "none"
        return _enum_label(enum, value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        if field in ("graduation_year", "step2ck_score"):
            return number_text(value)
        return count_text(field, value)
    return str(value)


def join_words(items: Iterable[str], last: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'."""
    words = [item for item in items if item]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def fact_phrase(field: str, value: object) -> str:
    """A fact as a short phrase for confirmations, e.g. 'Step 2 CK 251', 'Visa need J-1'."""
    if field == "clinically_active" and isinstance(value, bool):
        return "working in medicine now" if value else "not working in medicine now"
    if field == "step2ck_first_attempt" and isinstance(value, bool):
        return "Step 2 CK on the first attempt" if value else "Step 2 CK after a retake"
    if field == "cycle_stage" and value in {*CycleStage, *(stage.value for stage in CycleStage)}:
        return CYCLE_STAGE_PHRASES[CycleStage(value)]
    return f"{field_label(field)} {value_label(field, value)}"


_RANGES: dict[str, str] = {
    "graduation_year": "a year from 1970 to 2035",
    "step2ck_score": "a score from 1 to 300",
    "usce_months": "a number of months, 0 or more",
    "observership_weeks": "a number of weeks, 0 or more",
    "ir_elective_weeks": "a number of weeks, 0 or more",
    "research_years": "a number of years, 0 or more",
    "step2ck_first_attempt": "yes or no",
    "clinically_active": "yes or no",
}


def allowed_text(field: str) -> str:
    """What a field accepts, in words, for refusals: 'a score from 1 to 300'."""
    enum = _ENUM_FIELDS.get(field)
    if enum is not None:
        return "one of: " + ", ".join(_enum_label(enum, member) for member in enum)
    if field in _RANGES:
        return _RANGES[field]
    if field in _UNITS:
        return "a whole number, 0 or more"
    return "a valid value"
