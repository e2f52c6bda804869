"""The strategy report (CONTRACT section 4): what ``advise()`` returns."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field


class Pathway(str, Enum):
    INTEGRATED_IR_PLUS_DR = "integrated_ir_plus_dr"
    DR_THEN_INDEPENDENT_IR = "dr_then_independent_ir"
    STRENGTHEN_THEN_APPLY = "strengthen_then_apply"
    RECALIBRATE = "recalibrate"


class IntegratedIRStance(str, Enum):
    RECOMMENDED = "recommended"
    UPSIDE_OPTION = "upside_option"
    NOT_RECOMMENDED = "not_recommended"


class Level(str, Enum):
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class ActionCode(str, Enum):
    TAKE_STEP2CK = "take_step2ck"
    RAISE_STEP2CK = "raise_step2ck"
    TAKE_STEP3 = "take_step3"
    GET_US_IR_LETTER = "get_us_ir_letter"
    GET_US_DR_LETTER = "get_us_dr_letter"
    GET_US_CLINICAL_EXPERIENCE = "get_us_clinical_experience"
    DO_IR_ELECTIVE = "do_ir_elective"
    BUILD_IR_RESEARCH = "build_ir_research"
    RESEARCH_POSITION = "research_position"
    PRELIM_YEAR = "prelim_year"
    SHOW_CONTINUOUS_ENGAGEMENT = "show_continuous_engagement"
    EXPLAIN_GAP = "explain_gap"
    TARGET_VISA_SPONSORS = "target_visa_sponsors"
    APPLY_PGY1 = "apply_pgy1"
    APPLY_BROADLY = "apply_broadly"
    CONSIDER_ALTERNATIVES = "consider_alternatives"


class Competitiveness(BaseModel):
    model_config = ConfigDict(extra="forbid")

    integrated_ir: Level
    dr: Level


class Applications(BaseModel):
    """How many programs of each kind to apply to this cycle (0 = do not apply)."""

    model_config = ConfigDict(extra="forbid")

    integrated_ir: int = Field(ge=0)
    dr: int = Field(ge=0)
    pgy1: int = Field(ge=0)


class Action(BaseModel):
    """One thing to do, with a concrete target a person can check off."""

    model_config = ConfigDict(extra="forbid")

    code: ActionCode
    priority: int = Field(ge=1)
    why: str
    target: str


class StrategyReport(BaseModel):
    """The personal strategy. Extra keys beyond the contract's are allowed only here."""

    model_config = ConfigDict(extra="allow")

    pathway: Pathway
    integrated_ir: IntegratedIRStance
    competitiveness: Competitiveness
    applications: Applications
    actions: list[Action]
    contingency: list[str]
    reasons: list[str]
    sources: list[str]
    missing: list[str]
