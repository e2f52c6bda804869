"""How well one program fits one applicant: the documented scoring function.

Every number the ranking uses lives in ``WEIGHTS`` and the tables below, so the ranking can be
explained and tuned in one place. A program's score (0-1) is the weighted mean of the factors
that apply to this applicant and program:

========================  ============================================================
factor                    value (0-1)
========================  ============================================================
``visa``                  needed visa known sponsored 1.0, unknown 0.4 (known refusals
                          never reach scoring: they are excluded). Applies when the
                          applicant needs a J-1 or H-1B or is undecided (best of both).
``img_history``           IMGs among residents/matches: yes 1.0, unknown 0.4, no 0.0.
                          Applies to IMG applicants (and when the applicant type is unknown).
``attainability``         0.5 + (applicant strength - program selectivity), clipped to
                          0-1. Always applies. Strength comes from the strategy engine's
                          competitiveness level; selectivity from the program's track and
                          known facts (see ``program_selectivity``).
``ir_affiliation``        DR programs only: an IR residency at the same institution (the
                          DR -> Independent IR route): yes 1.0, unknown 0.3, no 0.0.
``region``                applies when the applicant named preferred regions: 1.0 inside
                          them, 0.0 outside.
``pathway``               always: how directly the program leads to IR (residencies 1.0,
                          PGY-1 years 0.0), so a mixed list shows the residencies first; it
                          is the same for every program of a track, so it never changes which
                          programs of a track are chosen.
========================  ============================================================

The tier compares strength with selectivity: more than ``TIER_MARGIN`` below is a
``reach``, more than ``TIER_MARGIN`` above is ``likely``, in between ``target``.

These weights are judgement, not a fitted model: no model is trained on NRMP data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bot.kb.repository import ProgramRecord
from bot.profile import ApplicantProfile, ApplicantType, Region, VisaNeed
from bot.programs.models import Tier, Track
from bot.report import Level


@dataclass(frozen=True)
class Weights:
    visa: float = 0.25
    img_history: float = 0.20
    attainability: float = 0.25
    ir_affiliation: float = 0.15
    region: float = 0.15
    pathway: float = 0.20


WEIGHTS = Weights()

VISA_VALUE = {"yes": 1.0, "unknown": 0.4, "no": 0.0}
IMG_HISTORY_VALUE = {"yes": 1.0, "unknown": 0.4, "no": 0.0}
IR_AFFILIATION_VALUE = {"yes": 1.0, "unknown": 0.3, "no": 0.0}
# How directly a program leads to IR. A PGY-1 year supports a DR application but is not itself
# the goal, so in a list with several tracks it comes after the residencies it serves.
PATHWAY_VALUE: dict[Track, float] = {
    Track.INTEGRATED_IR: 1.0,
    Track.INDEPENDENT_IR: 1.0,
    Track.DR: 1.0,
    Track.TRANSITIONAL: 0.0,
    Track.PRELIM_MEDICINE: 0.0,
    Track.PRELIM_SURGERY: 0.0,
}

# How hard each kind of program is to enter, before program facts (0-1).
TRACK_SELECTIVITY: dict[Track, float] = {
    Track.INTEGRATED_IR: 0.85,
    Track.INDEPENDENT_IR: 0.65,
    Track.DR: 0.55,
    Track.TRANSITIONAL: 0.45,
    Track.PRELIM_SURGERY: 0.35,
    Track.PRELIM_MEDICINE: 0.35,
}
ACADEMIC_SELECTIVITY = 0.05  # academic centres draw more applicants
IR_INSTITUTION_SELECTIVITY = 0.05  # DR at an IR institution: the route every IR hopeful wants
IMG_HISTORY_SELECTIVITY = {"yes": -0.10, "unknown": 0.0, "no": 0.10}  # for IMG applicants

LEVEL_STRENGTH: dict[Level, float] = {Level.LOW: 0.35, Level.MODERATE: 0.60, Level.HIGH: 0.85}
PGY1_STRENGTH_BONUS = 0.15  # a PGY-1 year is easier to match than the DR position it serves
TIER_MARGIN = 0.10

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int8]
REGION_CODES = {region.value: code for code, region in enumerate(Region)}

PGY1_TRACKS = (Track.TRANSITIONAL, Track.PRELIM_MEDICINE, Track.PRELIM_SURGERY)
IMG_TYPES = (ApplicantType.NON_US_IMG, ApplicantType.US_IMG)


@dataclass(frozen=True)
class FactorScore:
    name: str
    value: float
    weight: float


@dataclass(frozen=True)
class ProgramScore:
    score: float  # rounded to 4 places, as shown
    raw: float  # unrounded: what the ranking orders by (ties by program id)
    tier: Tier
    strength: float
    selectivity: float
    factors: tuple[FactorScore, ...]


def is_img(profile: ApplicantProfile) -> bool:
    """IMG history matters unless the applicant is known to be a US MD or DO graduate."""
    return profile.applicant_type is None or profile.applicant_type in IMG_TYPES


def visa_value(program: ProgramRecord, need: VisaNeed | None) -> float | None:
    """The visa factor, or None when the applicant needs no visa (or has not said)."""
    if need is VisaNeed.J1:
        return VISA_VALUE[program.visa_j1]
    if need is VisaNeed.H1B:
        return VISA_VALUE[program.visa_h1b]
    if need is VisaNeed.UNDECIDED:
        return max(VISA_VALUE[program.visa_j1], VISA_VALUE[program.visa_h1b])
    return None


def excluded_for_visa(program: ProgramRecord, need: VisaNeed | None) -> bool:
    """True when the program is known not to sponsor the visa the applicant needs."""
    if need is VisaNeed.J1:
        return program.visa_j1 == "no"
    if need is VisaNeed.H1B:
        return program.visa_h1b == "no"
    if need is VisaNeed.UNDECIDED:
        return program.visa_j1 == "no" and program.visa_h1b == "no"
    return False


def applicant_strength(track: Track, competitiveness: dict[str, Level]) -> float:
    """The engine's competitiveness level for this track, as a 0-1 strength."""
    if track in (Track.INTEGRATED_IR, Track.INDEPENDENT_IR):
        return LEVEL_STRENGTH[competitiveness["integrated_ir"]]
    strength = LEVEL_STRENGTH[competitiveness["dr"]]
    if track in PGY1_TRACKS:
        strength += PGY1_STRENGTH_BONUS
    return strength


def program_selectivity(program: ProgramRecord, *, img_applicant: bool) -> float:
    track = Track(program.track)
    selectivity = TRACK_SELECTIVITY[track]
    if program.setting == "academic":
        selectivity += ACADEMIC_SELECTIVITY
    if track is Track.DR and program.ir_affiliated == "yes":
        selectivity += IR_INSTITUTION_SELECTIVITY
    if img_applicant:
        selectivity += IMG_HISTORY_SELECTIVITY[program.img_history]
    return selectivity


def tier_of(strength: float, selectivity: float) -> Tier:
    gap = strength - selectivity
    if gap < -TIER_MARGIN:
        return Tier.REACH
    if gap > TIER_MARGIN:
        return Tier.LIKELY
    return Tier.TARGET


def score_program(
    program: ProgramRecord,
    profile: ApplicantProfile,
    competitiveness: dict[str, Level],
    weights: Weights = WEIGHTS,
) -> ProgramScore:
    """Score one (not excluded) program for one applicant; see the module docstring."""
    track = Track(program.track)
    img_applicant = is_img(profile)
    strength = applicant_strength(track, competitiveness)
    selectivity = program_selectivity(program, img_applicant=img_applicant)
    factors = [
        FactorScore(
            "attainability", min(1.0, max(0.0, 0.5 + strength - selectivity)), weights.attainability
        )
    ]
    visa = visa_value(program, profile.visa_need)
    if visa is not None:
        factors.append(FactorScore("visa", visa, weights.visa))
    if img_applicant:
        factors.append(
            FactorScore("img_history", IMG_HISTORY_VALUE[program.img_history], weights.img_history)
        )
    if track is Track.DR:
        factors.append(
            FactorScore(
                "ir_affiliation",
                IR_AFFILIATION_VALUE[program.ir_affiliated],
                weights.ir_affiliation,
            )
        )
    if profile.preferred_regions:
        inside = program.region in {region.value for region in profile.preferred_regions}
        factors.append(FactorScore("region", 1.0 if inside else 0.0, weights.region))
    factors.append(FactorScore("pathway", PATHWAY_VALUE[track], weights.pathway))
    total_weight = sum(f.weight for f in factors)
    score = sum(f.value * f.weight for f in factors) / total_weight if total_weight else 0.0
    # raw_scores below computes the same sums in the same order, over arrays.
    return ProgramScore(
        score=round(score, 4),
        raw=score,
        tier=tier_of(strength, selectivity),
        strength=strength,
        selectivity=selectivity,
        factors=tuple(factors),
    )


# --- the same function over arrays: ranking thousands of programs per request ----------------


@dataclass(frozen=True)
class TrackArrays:
    """One track's programs (id order) as arrays of scoring inputs, built once per KB version."""

    records: tuple[ProgramRecord, ...]
    base_selectivity: FloatArray  # track + academic + IR-institution terms
    img_selectivity: FloatArray
    j1: FloatArray
    h1b: FloatArray
    img: FloatArray
    ir: FloatArray  # used for DR only
    region: IntArray  # REGION_CODES
    j1_refused: BoolArray
    h1b_refused: BoolArray


def track_arrays(records: Sequence[ProgramRecord]) -> TrackArrays:
    """Arrays for programs of one track, in the order given (callers pass id order)."""
    bases = []
    for program in records:
        track = Track(program.track)
        selectivity = TRACK_SELECTIVITY[track]  # same additions, same order as score_program
        if program.setting == "academic":
            selectivity += ACADEMIC_SELECTIVITY
        if track is Track.DR and program.ir_affiliated == "yes":
            selectivity += IR_INSTITUTION_SELECTIVITY
        bases.append(selectivity)

    def floats(values: Iterable[float]) -> FloatArray:
        return np.fromiter(values, dtype=np.float64, count=len(records))

    def flags(values: Iterable[bool]) -> BoolArray:
        return np.fromiter(values, dtype=np.bool_, count=len(records))

    return TrackArrays(
        records=tuple(records),
        base_selectivity=floats(bases),
        img_selectivity=floats(IMG_HISTORY_SELECTIVITY[p.img_history] for p in records),
        j1=floats(VISA_VALUE[p.visa_j1] for p in records),
        h1b=floats(VISA_VALUE[p.visa_h1b] for p in records),
        img=floats(IMG_HISTORY_VALUE[p.img_history] for p in records),
        ir=floats(IR_AFFILIATION_VALUE[p.ir_affiliated] for p in records),
        region=np.fromiter((REGION_CODES[p.region] for p in records), np.int8, len(records)),
        j1_refused=flags(p.visa_j1 == "no" for p in records),
        h1b_refused=flags(p.visa_h1b == "no" for p in records),
    )


def eligible_mask(arrays: TrackArrays, need: VisaNeed | None) -> BoolArray:
    """False for programs known not to sponsor the needed visa (``excluded_for_visa``)."""
    if need is VisaNeed.J1:
        return ~arrays.j1_refused
    if need is VisaNeed.H1B:
        return ~arrays.h1b_refused
    if need is VisaNeed.UNDECIDED:
        return ~(arrays.j1_refused & arrays.h1b_refused)
    return np.ones(len(arrays.records), dtype=np.bool_)


def raw_scores(
    arrays: TrackArrays,
    track: Track,
    profile: ApplicantProfile,
    competitiveness: dict[str, Level],
    weights: Weights = WEIGHTS,
) -> FloatArray:
    """``score_program(...).raw`` for every program of one track at once.

    The same formula with the same floating-point operations in the same order (IEEE doubles,
    element by element), so both give identical numbers; a test checks it.
    """
    strength = applicant_strength(track, competitiveness)
    img_applicant = is_img(profile)
    selectivity = arrays.base_selectivity
    if img_applicant:
        selectivity = selectivity + arrays.img_selectivity
    attainability = np.minimum(1.0, np.maximum(0.0, 0.5 + strength - selectivity))
    total = 0 + attainability * weights.attainability
    weight = 0 + weights.attainability
    need = profile.visa_need
    if need in (VisaNeed.J1, VisaNeed.H1B, VisaNeed.UNDECIDED):
        if need is VisaNeed.J1:
            visa = arrays.j1
        elif need is VisaNeed.H1B:
            visa = arrays.h1b
        else:
            visa = np.maximum(arrays.j1, arrays.h1b)
        total = total + visa * weights.visa
        weight += weights.visa
    if img_applicant:
        total = total + arrays.img * weights.img_history
        weight += weights.img_history
    if track is Track.DR:
        total = total + arrays.ir * weights.ir_affiliation
        weight += weights.ir_affiliation
    if profile.preferred_regions:
        preferred = [REGION_CODES[region.value] for region in profile.preferred_regions]
        inside = np.isin(arrays.region, preferred).astype(np.float64)
        total = total + inside * weights.region
        weight += weights.region
    total = total + PATHWAY_VALUE[track] * weights.pathway
    weight += weights.pathway
    result: FloatArray = total / weight
    return result
