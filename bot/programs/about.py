"""One named program for one applicant: "why isn't Mayo on my list?", "what about Emory?".

Pure: finds the programs a name points to in a catalog and says, for each, its tier for this
applicant and why, whether it is on the applicant's list (and where, or why not), and what we
know and do not know about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.profile import ApplicantProfile, Region
from bot.programs.catalog import Catalog, TrackPrograms
from bot.programs.explain import Placement, explain, plain_reasons
from bot.programs.filters import hard_reason
from bot.programs.models import Tier, Track
from bot.programs.ranking import ProgramList, competitiveness_of, rank_catalog
from bot.programs.request import TRACK_WORDS
from bot.programs.scoring import TIER_BY_CODE, score_arrays, tier_codes
from bot.report import StrategyReport
from bot.strategy.clock import default_current_year

MAX_PROGRAMS = 3
# Words of the question that are not part of a program's name.
_FILLER_WORDS = (
    "why isn't isnt is not no on in my the list what about how tell me more of program programs "
    "residency hospital do does you think and a an there any chance chances for with it its "
    "radiology dr ir integrated independent diagnostic interventional should i apply to at "
    "show give list please which best good near only sponsor sponsors visa programs' can could "
    "get find see fit fits match recommend recommended suggest top where ones one some few many "
    "much need want like would also else other others less help place places now again new them "
    "they that this these those will am are was were be been has have had give"
)
_FILLER = frozenset(_FILLER_WORDS.split(" "))
# Short names people use for institutions, as the program lists spell them.
ALIASES = {
    "ucsf": "california (san francisco)",
    "ucla": "california (los angeles)",
    "ucsd": "california (san diego)",
    "nyu": "new york university",
    "mgh": "massachusetts general",
    "bidmc": "beth israel deaconess",
    "uab": "alabama hospital",
    "hopkins": "johns hopkins",
    "jhu": "johns hopkins",
    "penn": "pennsylvania",
    "upenn": "pennsylvania",
    "washu": "washington university",
    "utsw": "southwestern",
    "bwh": "brigham",
    "columbia": "columbia campus",
    "cornell": "cornell",
    "upmc": "pittsburgh",
    "umich": "michigan",
}
_WORD = re.compile(r"[a-z][a-z'-]*")
_TRACK_ORDER = {Track.DR: 0, Track.INTEGRATED_IR: 1, Track.INDEPENDENT_IR: 2}


@dataclass(frozen=True)
class ProgramAbout:
    """What we can say about one program for one applicant."""

    program_id: str
    name: str
    city: str
    state: str
    track: Track
    tier: Tier | None  # None when it is left out by a hard filter
    rank: int | None  # place in the applicant's list (1 = first), None when not on it
    list_size: int
    left_out: str | None  # a hard filter's reason (closed, visa refused, stated cut-off)
    not_listed: str | None  # eligible but not chosen: why, in plain words
    reasons: list[str]  # plain words, tier first
    unknowns: list[str]
    source: str  # the "Source:" line


def name_query(text: str) -> list[str]:
    """The words of a question that may name a program (aliases expanded)."""
    words = [w.strip("'") for w in _WORD.findall(text.lower())]
    out: list[str] = []
    for word in words:
        if word in _FILLER or len(word) < 3:
            continue
        out.extend(ALIASES.get(word, word).replace("(", " ").replace(")", " ").split())
    return out


def find_programs(catalog: Catalog, text: str) -> list[tuple[TrackPrograms, int]]:
    """Programs whose name or institution holds every word of the question's name part."""
    words = name_query(text)
    if not words:
        return []
    found: list[tuple[TrackPrograms, int]] = []
    for programs in catalog.by_track.values():
        for index, record in enumerate(programs.records):
            haystack = f"{record.name} {record.institution}".lower()
            if all(re.search(rf"\b{re.escape(w)}", haystack) for w in words):
                found.append((programs, index))
    found.sort(
        key=lambda item: (_TRACK_ORDER.get(item[0].arrays.track, 3), item[0].records[item[1]].id)
    )
    return found


def _not_listed(placement: Placement, result: ProgramList, track: Track) -> str:
    group = next((g for g in result.groups if track in g.tracks), None)
    if group is None and track is Track.INDEPENDENT_IR:
        return (
            "Independent IR is applied to during DR residency, after the DR match, so it is not "
            "on this cycle's list; DR programs at hospitals with IR training lead there"
        )
    if group is None:
        kind = TRACK_WORDS[track]
        return (
            f"your strategy does not put {kind} programs on this cycle's list; ask for "
            f"{kind} programs to see them anyway"
        )
    same_tier = sum(
        1 for item in result.items if item.track in group.tracks and item.tier is placement.tier
    )
    return (
        f"your list takes {group.size} programs of this kind, balanced across reach, target and "
        f"likely; the {same_tier} {placement.tier.value} places went to programs that fit you "
        "better on what we know (visa, IMG record, IR at the hospital, region)"
    )


def about_program(
    catalog: Catalog,
    text: str,
    profile: ApplicantProfile,
    report: StrategyReport,
    *,
    current_year: int | None = None,
) -> list[ProgramAbout]:
    """Up to ``MAX_PROGRAMS`` programs the question names, each for this applicant."""
    year = default_current_year() if current_year is None else current_year
    matches = find_programs(catalog, text)[:MAX_PROGRAMS]
    if not matches:
        return []
    result = rank_catalog(catalog, profile, report, current_year=year)
    ranks = {item.program_id: n for n, item in enumerate(result.items, start=1)}
    competitiveness = competitiveness_of(report)
    preferred = frozenset(list(Region).index(r) for r in profile.preferred_regions or ())
    answers: list[ProgramAbout] = []
    for programs, index in matches:
        record = programs.records[index]
        scored = score_arrays(programs.arrays, profile, competitiveness, preferred)
        code = int(tier_codes(scored.gap[index : index + 1])[0])
        placement = Placement(TIER_BY_CODE[code], float(scored.gap[index]), scored.strength)
        left_out = hard_reason(programs, index, profile, year)
        visas = (programs.j1[index], programs.h1b[index])
        evidence = programs.evidence[index]
        reasons, unknowns = explain(
            record, evidence, visas, placement, profile, competitiveness, year
        )
        rank = ranks.get(record.id)
        not_listed = None
        if rank is None and left_out is None:
            not_listed = _not_listed(placement, result, Track(record.track))
        answers.append(
            ProgramAbout(
                program_id=record.id,
                name=record.name,
                city=record.city,
                state=record.state,
                track=Track(record.track),
                tier=None if left_out else placement.tier,
                rank=rank,
                list_size=len(result.items),
                left_out=left_out,
                not_listed=not_listed,
                reasons=plain_reasons(reasons),
                unknowns=unknowns,
                source=reasons[-1],
            )
        )
    return answers
