"""The personal program list: which programs, how many per track, in what order, and why.

List sizes follow the strategy report's ``applications`` counts: Integrated IR, DR, and the
PGY-1 year (transitional, preliminary medicine and surgery together). A DR list always comes
with its PGY-1 list. Independent IR (applied to during DR residency) is listed only when asked
for with ``track``. Programs known not to sponsor the needed visa never appear; unknown
sponsorship is allowed and named in ``unknowns``.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.kb.repository import ProgramRecord
from bot.profile import ApplicantProfile, Region, VisaNeed
from bot.programs.models import ProgramFit, Tier, Track, VisaSponsorship
from bot.programs.scoring import (
    PGY1_TRACKS,
    WEIGHTS,
    ProgramScore,
    Weights,
    applicant_strength,
    excluded_for_visa,
    is_img,
    program_selectivity,
    score_program,
    tier_of,
)
from bot.report import Level, StrategyReport

# When a track is asked for explicitly but the report applies to none of it (count 0).
EXPLICIT_TRACK_DEFAULT_SIZE = 20

VERIFY = "verify on the program's site"

_TRACK_NAMES = {
    Track.INTEGRATED_IR: "Integrated IR",
    Track.INDEPENDENT_IR: "Independent IR",
    Track.DR: "DR",
    Track.TRANSITIONAL: "transitional-year",
    Track.PRELIM_MEDICINE: "preliminary medicine",
    Track.PRELIM_SURGERY: "preliminary surgery",
}


@dataclass(frozen=True)
class ListGroup:
    """One part of the list: these tracks, this many programs."""

    name: str
    tracks: tuple[Track, ...]
    size: int


@dataclass(frozen=True)
class ProgramList:
    items: list[ProgramFit]
    groups: tuple[ListGroup, ...]
    # How many eligible programs the knowledge base had per group (may be below the size).
    available: dict[str, int]

    def shortfalls(self) -> list[str]:
        """One line per group whose list is shorter than the strategy asks for."""
        return [
            f"{group.name}: the strategy suggests {group.size} programs; the knowledge base has "
            f"{self.available[group.name]} eligible (load more with advisor kb load --source DIR)"
            for group in self.groups
            if self.available[group.name] < group.size
        ]


def list_groups(report: StrategyReport, track: Track | None) -> tuple[ListGroup, ...]:
    """The groups (and sizes) of the list for this report and optional track filter."""
    apps = report.applications

    def sized(count: int) -> int:
        return count if count > 0 or track is None else EXPLICIT_TRACK_DEFAULT_SIZE

    pgy1 = ListGroup("pgy1", PGY1_TRACKS, sized(apps.pgy1))
    if track is None:
        groups = (
            ListGroup("integrated_ir", (Track.INTEGRATED_IR,), apps.integrated_ir),
            ListGroup("dr", (Track.DR,), apps.dr),
            pgy1,
        )
        return tuple(group for group in groups if group.size > 0)
    if track is Track.INTEGRATED_IR:
        return (ListGroup("integrated_ir", (track,), sized(apps.integrated_ir)),)
    if track is Track.DR:
        return (ListGroup("dr", (track,), sized(apps.dr)), pgy1)
    if track is Track.INDEPENDENT_IR:
        return (ListGroup("independent_ir", (track,), EXPLICIT_TRACK_DEFAULT_SIZE),)
    return (ListGroup(track.value, (track,), sized(apps.pgy1)),)


def tracks_needed(groups: Iterable[ListGroup]) -> list[Track]:
    return [track for group in groups for track in group.tracks]


def competitiveness_of(report: StrategyReport) -> dict[str, Level]:
    return {
        "integrated_ir": report.competitiveness.integrated_ir,
        "dr": report.competitiveness.dr,
    }


def rank_programs(
    programs: Sequence[ProgramRecord],
    profile: ApplicantProfile,
    report: StrategyReport,
    *,
    track: Track | None = None,
    limit: int | None = None,
    weights: Weights = WEIGHTS,
) -> ProgramList:
    """The applicant's list from programs in memory, best fit first (ties by program id).

    The reference implementation: ``bot.programs.service`` picks the same programs from the
    process-wide catalog with array scores (``raw_scores``) and then calls ``finish_list``.
    """
    groups = list_groups(report, track)
    competitiveness = competitiveness_of(report)
    chosen: list[tuple[float, ProgramRecord]] = []
    available: dict[str, int] = {}
    for group in groups:
        wanted = {t.value for t in group.tracks}
        scored = [
            (score_program(program, profile, competitiveness, weights).raw, program.id, program)
            for program in programs
            if program.track in wanted and not excluded_for_visa(program, profile.visa_need)
        ]
        available[group.name] = len(scored)
        best = heapq.nsmallest(group.size, scored, key=lambda item: (-item[0], item[1]))
        chosen.extend((raw, program) for raw, _, program in best)
    return finish_list(chosen, profile, report, groups, available, limit=limit)


def finish_list(
    chosen: Sequence[tuple[float, ProgramRecord]],
    profile: ApplicantProfile,
    report: StrategyReport,
    groups: Sequence[ListGroup],
    available: dict[str, int],
    *,
    limit: int | None = None,
) -> ProgramList:
    """Order (best first, ties by id), cut to ``limit`` and explain the chosen programs.

    ``chosen`` pairs each program with its unrounded score (``ProgramScore.raw``); the tier
    is recomputed here from the same strength and selectivity ``score_program`` uses.
    """
    competitiveness = competitiveness_of(report)
    img_applicant = is_img(profile)
    placed: list[tuple[ProgramScore, ProgramRecord]] = []
    for raw, program in chosen:
        if excluded_for_visa(program, profile.visa_need):
            continue
        strength = applicant_strength(Track(program.track), competitiveness)
        selectivity = program_selectivity(program, img_applicant=img_applicant)
        placement = ProgramScore(
            score=round(raw, 4),
            raw=raw,
            tier=tier_of(strength, selectivity),
            strength=strength,
            selectivity=selectivity,
            factors=(),
        )
        placed.append((placement, program))
    placed.sort(key=lambda item: (-item[0].score, item[1].id))
    if limit is not None:
        placed = placed[:limit]
    items = [to_fit(program, result, profile, competitiveness) for result, program in placed]
    return ProgramList(items=items, groups=tuple(groups), available=available)


def to_fit(
    program: ProgramRecord,
    result: ProgramScore,
    profile: ApplicantProfile,
    competitiveness: dict[str, Level],
) -> ProgramFit:
    reasons, unknowns = explain(program, result, profile, competitiveness)
    # Every value below is already typed (enums from validated rows; score in 0-1), so the
    # item is built without re-validation: the list is on the request path.
    return ProgramFit.model_construct(
        program_id=program.id,
        name=program.name,
        institution=program.institution,
        city=program.city,
        state=program.state,
        region=Region(program.region),
        track=Track(program.track),
        visa_j1=VisaSponsorship(program.visa_j1),
        visa_h1b=VisaSponsorship(program.visa_h1b),
        tier=result.tier,
        score=result.score,
        reasons=reasons,
        unknowns=unknowns,
        source_url=program.source_url,
    )


def explain(
    program: ProgramRecord,
    result: ProgramScore,
    profile: ApplicantProfile,
    competitiveness: dict[str, Level],
) -> tuple[list[str], list[str]]:
    """Reasons a person can check (each names its fact and source) and the facts we lack."""
    track = Track(program.track)
    reasons: list[str] = []
    unknowns: list[str] = []
    visa_source = program.visa_source_url or program.source_url
    needs = {
        VisaNeed.J1: (("J-1", program.visa_j1),),
        VisaNeed.H1B: (("H-1B", program.visa_h1b),),
        VisaNeed.UNDECIDED: (("J-1", program.visa_j1), ("H-1B", program.visa_h1b)),
    }.get(profile.visa_need) if profile.visa_need else None  # fmt: skip
    for visa, known in needs or ():
        if known == "yes":
            reasons.append(f"Sponsors the {visa} visa (source: {visa_source})")
        elif known == "unknown":
            unknowns.append(f"{visa} visa sponsorship: not in our data; {VERIFY}")
    if profile.visa_need is VisaNeed.H1B and program.visa_h1b != "no":
        reasons.append("H-1B sponsorship usually needs USMLE Step 3 passed before the petition")
    if is_img(profile):
        img_source = program.img_source_url or program.source_url
        if program.img_history == "yes":
            reasons.append(f"Has had IMG residents (source: {img_source})")
        elif program.img_history == "no":
            reasons.append(f"No IMG residents on record (source: {img_source})")
        else:
            unknowns.append(f"IMG history (IMGs among residents or recent matches): {VERIFY}")
    if track is Track.DR:
        if program.ir_affiliated == "yes":
            reasons.append(
                "Same institution has an IR residency, which helps the DR -> Independent IR route "
                f"({program.ir_affiliated_source or 'source: ' + program.source_url})"
            )
        elif program.ir_affiliated == "unknown":
            unknowns.append(f"IR residency at the same institution: {VERIFY}")
    if profile.preferred_regions:
        preferred = {region.value for region in profile.preferred_regions}
        where = f"{program.city}, {program.state}"
        if program.region in preferred:
            reasons.append(f"In a region you prefer ({program.region}: {where})")
        else:
            reasons.append(f"Outside your preferred regions ({program.region}: {where})")
    level_key = "integrated_ir" if track in (Track.INTEGRATED_IR, Track.INDEPENDENT_IR) else "dr"
    level = competitiveness[level_key]
    level_name = "DR" if level_key == "dr" else "Integrated IR"
    harder: list[str] = []
    if program.setting == "academic":
        harder.append("academic")
    if track is Track.DR and program.ir_affiliated == "yes":
        harder.append("IR at the institution draws IR-minded applicants")
    if is_img(profile) and program.img_history == "no":
        harder.append("no IMG residents on record")
    if is_img(profile) and program.img_history == "yes":
        harder.append("has taken IMGs")
    detail = f" ({'; '.join(harder)})" if harder else ""
    compared = {
        Tier.REACH: "is below what this program is likely to ask",
        Tier.TARGET: "is about what this program is likely to ask",
        Tier.LIKELY: "is above what this program is likely to ask",
    }[result.tier]
    reasons.append(
        f"Tier {result.tier.value}: your {level_name} competitiveness ({level.value}, from your "
        f"strategy report) {compared} as a {_TRACK_NAMES[track]} program{detail}"
    )
    if program.positions is not None:
        reasons.append(f"{program.positions} position(s) a year (knowledge base row)")
    reasons.append(f"Listed in: {program.source_label or 'source'} ({program.source_url})")
    return reasons, unknowns


def tier_counts(items: Iterable[ProgramFit]) -> dict[Tier, int]:
    counts = dict.fromkeys(Tier, 0)
    for item in items:
        counts[item.tier] += 1
    return counts
