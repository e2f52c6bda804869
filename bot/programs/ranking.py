"""The personal program list: which programs, how many per track, in what order, and why.

List sizes follow the strategy report's ``applications`` counts: Integrated IR, DR, and the
PGY-1 year (transitional, preliminary medicine and surgery together). A DR list always comes
with its PGY-1 list. Independent IR (applied to during DR residency) is listed only when asked
for. Programs a solid source rules out (visa refused, closed, a stated score or graduation
cut-off) never appear and are counted in ``excluded``; unknown facts are named in
``unknowns``. Within each group the list is balanced across tiers and regions
(``bot.programs.selection``) and ordered by score (``bot.programs.scoring``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from bot.kb.repository import ProgramRecord
from bot.profile import ApplicantProfile, Region
from bot.programs.catalog import Catalog, TrackPrograms, make_catalog
from bot.programs.evidence import FactLike
from bot.programs.explain import Placement, explain
from bot.programs.filters import RequestNotes, hard_mask, request_mask
from bot.programs.models import ProgramFit, Tier, Track, VisaSponsorship
from bot.programs.places import Gazetteer
from bot.programs.request import ProgramRequest
from bot.programs.scoring import PGY1_TRACKS, TIER_BY_CODE, Scored, score_arrays, tier_codes
from bot.programs.selection import IntArray, select
from bot.report import Level, StrategyReport
from bot.strategy.clock import default_current_year

# When a track is asked for explicitly but the report applies to none of it (count 0).
EXPLICIT_TRACK_DEFAULT_SIZE = 20
REGION_CODES = {region.value: code for code, region in enumerate(Region)}
REGIONS = {region.value: region for region in Region}
_SHOWN = {"yes": VisaSponsorship.YES, "no": VisaSponsorship.NO}


@dataclass(frozen=True)
class ListGroup:
    """One part of the list: these tracks, this many programs."""

    name: str
    tracks: tuple[Track, ...]
    size: int


@dataclass
class ProgramList:
    items: list[ProgramFit]
    groups: tuple[ListGroup, ...]
    # How many eligible programs the knowledge base had per group (may be below the size).
    available: dict[str, int]
    excluded: int = 0  # left out by hard filters (visa refused, closed, stated cut-offs)
    request: ProgramRequest = field(default_factory=ProgramRequest)
    notes: RequestNotes = field(default_factory=RequestNotes)

    def shortfalls(self) -> list[str]:
        """One line per group whose list is shorter than the strategy asks for (none when the
        question's own filters made it shorter)."""
        if not self.request.is_empty:
            return []
        return [
            f"{group.name}: the strategy suggests {group.size} programs; the knowledge base has "
            f"{self.available[group.name]} eligible (load more with advisor kb load --source DIR)"
            for group in self.groups
            if self.available[group.name] < group.size
        ]


def list_groups(
    report: StrategyReport, track: Track | Sequence[Track] | None
) -> tuple[ListGroup, ...]:
    """The groups (and sizes) of the list for this report and optional track filter."""
    apps = report.applications
    tracks = (track,) if isinstance(track, Track) else tuple(track or ())

    def sized(count: int) -> int:
        return count if count > 0 or not tracks else EXPLICIT_TRACK_DEFAULT_SIZE

    pgy1 = ListGroup("pgy1", PGY1_TRACKS, sized(apps.pgy1))
    if not tracks:
        groups = (
            ListGroup("integrated_ir", (Track.INTEGRATED_IR,), apps.integrated_ir),
            ListGroup("dr", (Track.DR,), apps.dr),
            pgy1,
        )
        return tuple(group for group in groups if group.size > 0)
    out: list[ListGroup] = []
    if Track.INTEGRATED_IR in tracks:
        out.append(ListGroup("integrated_ir", (Track.INTEGRATED_IR,), sized(apps.integrated_ir)))
    if Track.INDEPENDENT_IR in tracks:
        out.append(
            ListGroup("independent_ir", (Track.INDEPENDENT_IR,), EXPLICIT_TRACK_DEFAULT_SIZE)
        )
    if Track.DR in tracks:
        out.append(ListGroup("dr", (Track.DR,), sized(apps.dr)))
    pgy1_tracks = tuple(t for t in PGY1_TRACKS if t in tracks)
    if Track.DR in tracks and len(tracks) == 1:
        out.append(pgy1)
    elif pgy1_tracks:
        name = pgy1_tracks[0].value if len(pgy1_tracks) == 1 else "pgy1"
        out.append(ListGroup(name, pgy1_tracks, sized(apps.pgy1)))
    return tuple(out)


def competitiveness_of(report: StrategyReport) -> dict[str, Level]:
    return {
        "integrated_ir": report.competitiveness.integrated_ir,
        "dr": report.competitiveness.dr,
    }


def rank_catalog(
    catalog: Catalog,
    profile: ApplicantProfile,
    report: StrategyReport,
    *,
    track: Track | Sequence[Track] | None = None,
    request: ProgramRequest | None = None,
    gazetteer: Gazetteer | None = None,
    limit: int | None = None,
    current_year: int | None = None,
) -> ProgramList:
    """The applicant's list from a catalog, best fit first (ties by program id)."""
    request = request or ProgramRequest()
    year = default_current_year() if current_year is None else current_year
    groups = list_groups(report, track if track is not None else request.tracks or None)
    competitiveness = competitiveness_of(report)
    preferred = frozenset(REGION_CODES[r.value] for r in profile.preferred_regions or ())
    balance = not preferred and not request.has_location
    notes = RequestNotes()
    available: dict[str, int] = {}
    excluded = 0
    placed: list[tuple[float, int, TrackPrograms, int, Placement]] = []
    for group in groups:
        parts: list[tuple[TrackPrograms, IntArray, Scored, npt.NDArray[np.int8]]] = []
        for group_track in group.tracks:
            programs = catalog.by_track.get(group_track.value)
            if programs is None or group.size == 0:
                continue
            hard = hard_mask(programs, profile, year)
            asked = request_mask(programs, request, gazetteer, notes)
            excluded += int((asked & ~hard).sum())  # ruled out among what was asked for
            mask = hard & asked
            eligible = np.flatnonzero(mask).astype(np.int64)
            scored = score_arrays(programs.arrays, profile, competitiveness, preferred)
            parts.append((programs, eligible, scored, tier_codes(scored.gap)))
        available[group.name] = sum(len(part[1]) for part in parts)
        if not parts:
            continue
        owner = np.concatenate([np.full(len(p[1]), n, dtype=np.int64) for n, p in enumerate(parts)])
        local = np.concatenate([p[1] for p in parts])
        chosen = select(
            np.concatenate([p[2].score[p[1]] for p in parts]),
            np.concatenate([p[3][p[1]] for p in parts]).astype(np.int64),
            np.concatenate([p[0].arrays.region[p[1]] for p in parts]).astype(np.int64),
            np.concatenate([p[0].id_rank[p[1]] for p in parts]),
            group.size,
            balance_regions=balance,
        )
        for position in chosen.tolist():
            programs, _, scored, tiers = parts[int(owner[position])]
            i = int(local[position])
            tier = TIER_BY_CODE[int(tiers[i])]
            placement = Placement(tier, float(scored.gap[i]), scored.strength)
            placed.append(
                (float(scored.score[i]), int(programs.id_rank[i]), programs, i, placement)
            )
    placed.sort(key=lambda item: (-item[0], item[1]))
    if limit is not None:
        placed = placed[:limit]
    items = [
        to_fit(programs, i, score, placement, profile, competitiveness, year)
        for score, _, programs, i, placement in placed
    ]
    return ProgramList(items, groups, available, excluded, request, notes)


def to_fit(
    programs: TrackPrograms,
    index: int,
    score: float,
    placement: Placement,
    profile: ApplicantProfile,
    competitiveness: dict[str, Level],
    current_year: int,
) -> ProgramFit:
    record = programs.records[index]
    j1, h1b = programs.j1[index], programs.h1b[index]
    evidence = programs.evidence[index]
    reasons, unknowns = explain(
        record, evidence, (j1, h1b), placement, profile, competitiveness, current_year
    )
    # Every value below is already typed (validated rows; score in 0-1), so the item is built
    # without re-validation: the list is on the request path.
    return ProgramFit.model_construct(
        program_id=record.id,
        name=record.name,
        institution=record.institution,
        city=record.city,
        state=record.state,
        region=REGIONS[record.region],
        track=programs.arrays.track,
        visa_j1=_shown(j1.claim.value, j1.verified),
        visa_h1b=_shown(h1b.claim.value, h1b.verified),
        tier=placement.tier,
        score=round(score, 4),
        reasons=reasons,
        unknowns=unknowns,
        source_url=record.source_url,
    )


def _shown(claim: str, verified: bool) -> VisaSponsorship:
    """CONTRACT visa value: only a verified yes/no is shown as known."""
    return _SHOWN.get(claim, VisaSponsorship.UNKNOWN) if verified else VisaSponsorship.UNKNOWN


def rank_programs(
    programs: Iterable[ProgramRecord],
    profile: ApplicantProfile,
    report: StrategyReport,
    *,
    facts: Iterable[FactLike] = (),
    **options: object,
) -> ProgramList:
    """The list from programs (and their facts) in memory: same path as the stored catalog."""
    return rank_catalog(make_catalog(programs, facts), profile, report, **options)  # type: ignore[arg-type]


def tier_counts(items: Iterable[ProgramFit]) -> dict[Tier, int]:
    counts = dict.fromkeys(Tier, 0)
    for item in items:
        counts[item.tier] += 1
    return counts
