"""Hard filters and request filters over one track's programs (masks, with plain reasons).

Hard filters apply to every list: a visa the applicant needs that a solid or second-hand
source says the program does not sponsor, a closure, a minimum Step 2 CK score or a
graduation-year cut-off stated by the program's own page. Request filters are what the
applicant asked for: places, distance from a city, visa sponsors only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from bot.profile import ApplicantProfile, VisaNeed
from bot.programs.catalog import TrackPrograms
from bot.programs.evidence import Claim
from bot.programs.places import Gazetteer, miles_between
from bot.programs.request import ProgramRequest
from bot.regions import STATE_REGION

BoolArray = npt.NDArray[np.bool_]


def visa_mask(programs: TrackPrograms, need: VisaNeed | None) -> BoolArray:
    """False where the needed visa is known (verified) not to be sponsored."""
    if need is VisaNeed.J1:
        return ~programs.j1_excluded
    if need is VisaNeed.H1B:
        return ~programs.h1b_excluded
    if need is VisaNeed.UNDECIDED:
        return ~(programs.j1_excluded & programs.h1b_excluded)
    return np.ones(len(programs.records), dtype=np.bool_)


def hard_mask(programs: TrackPrograms, profile: ApplicantProfile, current_year: int) -> BoolArray:
    mask = visa_mask(programs, profile.visa_need) & ~programs.closed
    if profile.step2ck_score is not None:
        with np.errstate(invalid="ignore"):
            mask &= ~(programs.min_step2ck > profile.step2ck_score)
    if profile.graduation_year is not None:
        years = current_year - profile.graduation_year
        with np.errstate(invalid="ignore"):
            mask &= ~(programs.yog_cutoff < years)
    return mask


def hard_reason(
    programs: TrackPrograms, index: int, profile: ApplicantProfile, current_year: int
) -> str | None:
    """Why a program is left out of this applicant's lists (plain words), or None."""
    evidence = programs.evidence[index]
    if evidence.closed is not None:
        fact = evidence.closed
        return f"it is {fact.value} (source: {fact.source_label}, {fact.source_url})"
    need = profile.visa_need
    for name, visa, needed in (
        ("J-1", programs.j1[index], (VisaNeed.J1,)),
        ("H-1B", programs.h1b[index], (VisaNeed.H1B,)),
    ):
        both_refused = (
            need is VisaNeed.UNDECIDED
            and programs.j1[index].excludes
            and (programs.h1b[index].excludes)
        )
        if visa.excludes and (need in needed or both_refused):
            where = (
                f"{visa.fact.source_label}, {visa.fact.source_url}"
                if visa.fact
                else ("program list")
            )
            return f"it does not sponsor the {name} visa you need (source: {where})"
    cutoff = evidence.min_step2ck
    if cutoff and profile.step2ck_score is not None and profile.step2ck_score < cutoff.value:
        return (
            f"its page asks for Step 2 CK {cutoff.value} or more and yours is "
            f"{profile.step2ck_score} (source: {cutoff.fact.source_url})"
        )
    yog = evidence.yog_cutoff_years
    if yog and profile.graduation_year is not None:
        years = current_year - profile.graduation_year
        if years > yog.value:
            return (
                f"its page takes graduates of the last {yog.value} years and you graduated "
                f"{years} years ago (source: {yog.fact.source_url})"
            )
    return None


@dataclass
class RequestNotes:
    """What the request filters left out that the applicant should hear about."""

    unplaced: int = 0  # programs whose town we could not place (distance filter)
    sponsor_unknown: int = 0  # programs with no source either way on the asked visa
    sponsor_reported: int = 0  # sponsors only from a weak source (shown, marked unverified)
    towns: set[str] = field(default_factory=set)


def request_mask(
    programs: TrackPrograms,
    request: ProgramRequest,
    gazetteer: Gazetteer | None,
    notes: RequestNotes,
) -> BoolArray:
    count = len(programs.records)
    mask = np.ones(count, dtype=np.bool_)
    if request.states:
        mask &= np.fromiter((s in request.states for s in programs.states), np.bool_, count)
    if request.exclude_states:
        mask &= np.fromiter(
            (s not in request.exclude_states for s in programs.states), np.bool_, count
        )
    if request.regions or request.exclude_regions:
        regions = [STATE_REGION[s] for s in programs.states]
        if request.regions:
            mask &= np.fromiter((r in request.regions for r in regions), np.bool_, count)
        mask &= np.fromiter((r not in request.exclude_regions for r in regions), np.bool_, count)
    if request.near is not None and gazetteer is not None:
        centre = (request.near.latitude, request.near.longitude)
        for i, record in enumerate(programs.records):
            if not mask[i]:
                continue
            place = gazetteer.lookup(record.city, record.state)
            if place is None:
                mask[i] = False
                if record.state == request.near.state:  # elsewhere: too far to matter
                    notes.unplaced += 1
                    notes.towns.add(f"{record.city}, {record.state}")
            elif miles_between(centre, (place.latitude, place.longitude)) > request.radius_miles:
                mask[i] = False
    if request.sponsors is not None:
        visas = programs.j1 if request.sponsors is VisaNeed.J1 else programs.h1b
        for i, visa in enumerate(visas):
            if not mask[i]:
                continue
            if visa.claim is Claim.UNKNOWN:
                notes.sponsor_unknown += 1
            if visa.claim not in (Claim.YES, Claim.CONDITIONAL):
                mask[i] = False
            elif not visa.verified:
                notes.sponsor_reported += 1
    return mask
