"""How well one program fits one applicant: the documented scoring function, over arrays.

Two numbers per program, both in 0-1:

- **selectivity** (how hard the program is to enter, from its sourced signals, built once per
  knowledge version): the track's base, plus academic setting, IR at the institution and ESIR
  (DR), an editorial reputation rank (one opinion, ``PRESTIGE_SPAN``), a research ranking or
  NIH radiology funding rank (``RESEARCH_SPAN``); minus ``IMG_FRIENDLY`` for IMG applicants
  when a solid or second-hand source says the program takes IMGs.
- **strength** (the applicant, per track): the strategy report's competitiveness level
  (``LEVEL_STRENGTH``), moved by at most ``STEP2_SPAN`` by the Step 2 CK score against the
  sourced median of non-US IMGs who matched (Charting Outcomes 2026).

``chance`` = logistic((strength - selectivity) / ``CHANCE_SCALE``); the tier compares the gap
with ``TIER_MARGIN`` (below: reach, above: likely, between: target). The score is the weighted
mean of ``chance`` and what the applicant wants from a program (``Weights``): visa sponsorship
(verified 1.0, conditional 0.6, reported but unverified 0.6, unknown 0.4, reported "no" 0.15),
IMG-friendliness, IR at the institution (DR), preferred regions, a research-strong centre (more
when the applicant has research), reputation, and how directly the track leads to IR. So a
strong applicant's list leads with sought-after programs within reach and a weaker applicant's
with programs that take people like them. These weights are judgement, not a fitted model.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bot.profile import ApplicantProfile, ApplicantType, VisaNeed
from bot.programs.evidence import Claim, VisaEvidence
from bot.programs.models import Tier, Track
from bot.report import Level
from bot.strategy.figures import (
    DR_IMG_MATCHED_STEP2_MEDIAN,
    IR_IMG_MATCHED_STEP2_MEDIAN,
    STEP2_SD,
)

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Weights:
    chance: float = 0.50
    visa: float = 0.14
    img: float = 0.08
    ir: float = 0.07
    region: float = 0.12
    research: float = 0.05
    prestige: float = 0.04
    pathway: float = 0.60


WEIGHTS = Weights()

TRACK_SELECTIVITY: dict[Track, float] = {
    Track.INTEGRATED_IR: 0.62,
    Track.INDEPENDENT_IR: 0.55,
    Track.DR: 0.45,
    Track.TRANSITIONAL: 0.40,
    Track.PRELIM_SURGERY: 0.32,
    Track.PRELIM_MEDICINE: 0.32,
}
ACADEMIC = 0.04
IR_INSTITUTION = 0.03
ESIR = 0.02
PRESTIGE_SPAN = 0.30
RESEARCH_SPAN = 0.08
IMG_FRIENDLY = 0.07

LEVEL_STRENGTH: dict[Level, float] = {Level.LOW: 0.42, Level.MODERATE: 0.55, Level.HIGH: 0.68}
STEP2_SPAN = 0.045  # at most this much either way, 1.5 SD from the matched median
PGY1_BONUS = 0.10  # a PGY-1 year is easier to match than the DR position it serves
CHANCE_SCALE = 0.06
TIER_MARGIN = 0.08

VISA_VALUE = {
    "verified_yes": 1.0,
    "conditional": 0.6,
    "reported_yes": 0.6,
    "unknown": 0.4,
    "reported_no": 0.15,
}
PATHWAY_VALUE: dict[Track, float] = {
    Track.INTEGRATED_IR: 1.0,
    Track.INDEPENDENT_IR: 1.0,
    Track.DR: 1.0,
    Track.TRANSITIONAL: 0.0,
    Track.PRELIM_MEDICINE: 0.0,
    Track.PRELIM_SURGERY: 0.0,
}
PGY1_TRACKS = (Track.TRANSITIONAL, Track.PRELIM_MEDICINE, Track.PRELIM_SURGERY)
IR_TRACKS = (Track.INTEGRATED_IR, Track.INDEPENDENT_IR)
IMG_TYPES = (ApplicantType.NON_US_IMG, ApplicantType.US_IMG)


def is_img(profile: ApplicantProfile) -> bool:
    """IMG facts matter unless the applicant is known to be a US MD or DO graduate."""
    return profile.applicant_type is None or profile.applicant_type in IMG_TYPES


def has_research(profile: ApplicantProfile) -> bool:
    return bool(profile.ir_publications or profile.ir_abstracts or profile.research_years)


def visa_value(evidence: VisaEvidence) -> float:
    if evidence.claim is Claim.YES:
        return VISA_VALUE["verified_yes" if evidence.verified else "reported_yes"]
    if evidence.claim is Claim.CONDITIONAL:
        return VISA_VALUE["conditional"]
    if evidence.claim is Claim.NO:  # a verified "no" never reaches scoring (excluded)
        return VISA_VALUE["reported_no"]
    return VISA_VALUE["unknown"]


def applicant_strength(
    track: Track, competitiveness: dict[str, Level], profile: ApplicantProfile
) -> float:
    """The report's level for this track as 0-1, moved a little by the Step 2 CK score."""
    ir_track = track in IR_TRACKS
    strength = LEVEL_STRENGTH[competitiveness["integrated_ir" if ir_track else "dr"]]
    if profile.step2ck_score is not None:
        median = IR_IMG_MATCHED_STEP2_MEDIAN if ir_track else DR_IMG_MATCHED_STEP2_MEDIAN
        z = max(-1.5, min(1.5, (profile.step2ck_score - median) / STEP2_SD))
        strength += z / 1.5 * STEP2_SPAN
    if track in PGY1_TRACKS:
        strength += PGY1_BONUS
    return strength


@dataclass(frozen=True)
class TrackArrays:
    """One track's scoring inputs, one element per program (catalog order)."""

    track: Track
    base_selectivity: FloatArray
    img_friendly: FloatArray  # 1.0 when a verified source says the program takes IMGs
    j1: FloatArray
    h1b: FloatArray
    img: FloatArray  # IMG-friendliness for the score: verified 1.0, unknown 0.4
    ir: FloatArray
    region: npt.NDArray[np.int8]
    prestige: FloatArray
    research: FloatArray


def selectivity(arrays: TrackArrays, img_applicant: bool) -> FloatArray:
    if img_applicant:
        result: FloatArray = arrays.base_selectivity - IMG_FRIENDLY * arrays.img_friendly
        return result
    return arrays.base_selectivity


def chances(gap: FloatArray) -> FloatArray:
    result: FloatArray = 1.0 / (1.0 + np.exp(-gap / CHANCE_SCALE))
    return result


def tier_of(gap: float) -> Tier:
    if gap < -TIER_MARGIN:
        return Tier.REACH
    if gap > TIER_MARGIN:
        return Tier.LIKELY
    return Tier.TARGET


def tier_codes(gap: FloatArray) -> npt.NDArray[np.int8]:
    """0 reach, 1 target, 2 likely (``tier_of`` over an array)."""
    codes: npt.NDArray[np.int8] = np.ones(len(gap), dtype=np.int8)
    codes[gap < -TIER_MARGIN] = 0
    codes[gap > TIER_MARGIN] = 2
    return codes


TIER_BY_CODE = (Tier.REACH, Tier.TARGET, Tier.LIKELY)


@dataclass(frozen=True)
class Scored:
    score: FloatArray
    gap: FloatArray  # strength - selectivity
    strength: float


def score_arrays(
    arrays: TrackArrays,
    profile: ApplicantProfile,
    competitiveness: dict[str, Level],
    preferred_regions: frozenset[int] = frozenset(),
    weights: Weights = WEIGHTS,
) -> Scored:
    """Score every program of one track for this applicant (see the module docstring)."""
    track = arrays.track
    img_applicant = is_img(profile)
    strength = applicant_strength(track, competitiveness, profile)
    gap = strength - selectivity(arrays, img_applicant)
    total = chances(gap) * weights.chance
    weight = weights.chance
    need = profile.visa_need
    if need in (VisaNeed.J1, VisaNeed.H1B, VisaNeed.UNDECIDED):
        visa = {VisaNeed.J1: arrays.j1, VisaNeed.H1B: arrays.h1b}.get(
            need, np.maximum(arrays.j1, arrays.h1b)
        )
        total = total + visa * weights.visa
        weight += weights.visa
    if img_applicant:
        total = total + arrays.img * weights.img
        weight += weights.img
    if track is Track.DR:
        total = total + arrays.ir * weights.ir
        weight += weights.ir
    if preferred_regions:
        inside = np.isin(arrays.region, list(preferred_regions)).astype(np.float64)
        total = total + inside * weights.region
        weight += weights.region
    research_weight = weights.research * (2.0 if has_research(profile) else 1.0)
    total = total + arrays.research * research_weight + arrays.prestige * weights.prestige
    weight += research_weight + weights.prestige
    total = total + PATHWAY_VALUE[track] * weights.pathway
    weight += weights.pathway
    return Scored(score=total / weight, gap=gap, strength=strength)
