"""Why a program sits where it does, in plain words; identifiers and derivations go last.

``reasons`` starts with the tier and what put the program there, then the visa, IMG, IR and
region facts, each with how solid its source is and its age ("undated", "may be out of date").
The last reason is the "Source:" line: the list the program comes from, derivations and the
fact sources (URLs). ``unknowns`` names what we do not know.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.kb.repository import ProgramRecord
from bot.profile import ApplicantProfile, VisaNeed
from bot.programs.evidence import Claim, FactLike, ProgramEvidence, VisaEvidence, freshness
from bot.programs.models import Tier, Track
from bot.programs.request import TRACK_WORDS
from bot.programs.scoring import IR_TRACKS, is_img
from bot.report import Level

VERIFY = "verify on the program's site"
TRACKS = {track.value: track for track in Track}  # a dict lookup: this runs per listed program
SOURCE_PREFIX = "Source: "
_STRENGTH_WORDS = {
    "solid": "the program's or institution's own page",
    "secondhand": "a copy or report of an official page",
    "weak": "reported, unverified",
    "opinion": "one editorial opinion",
}
_TIER_WORDS = {
    Tier.REACH: "Reach for you",
    Tier.TARGET: "Target for you",
    Tier.LIKELY: "Likely for you",
}
_COMPARED = {
    Tier.REACH: "below what it is likely to ask",
    Tier.TARGET: "about what it is likely to ask",
    Tier.LIKELY: "above what it is likely to ask",
}


@dataclass(frozen=True)
class Placement:
    tier: Tier
    gap: float
    strength: float


def how_solid(fact: FactLike, current_year: int) -> str:
    """How solid a fact's source is and how old, e.g. "reported, unverified, undated"."""
    words = _STRENGTH_WORDS.get(fact.strength, fact.strength)
    age = freshness(fact, current_year)
    return f"{words}, {age}" if age else words


def selectivity_drivers(
    record: ProgramRecord, evidence: ProgramEvidence, img_applicant: bool
) -> list[str]:
    """What makes this program harder or easier to enter, as we know it."""
    drivers: list[str] = []
    if evidence.prestige_fact is not None:
        drivers.append(
            f"a ranking lists it at #{evidence.prestige_fact.value.split(' ')[0]} "
            "(one editorial opinion)"
        )
    if evidence.research_fact is not None:
        kind = (
            "NIH radiology funding"
            if evidence.research_fact.fact.startswith("nih")
            else ("a research ranking")
        )
        drivers.append(f"research-strong department ({kind} #{evidence.research_fact.value})")
    if record.setting == "academic":
        drivers.append("an academic centre")
    if TRACKS[record.track] is Track.DR and record.ir_affiliated == "yes":
        drivers.append("IR training at the same hospital draws IR-minded applicants")
    if evidence.esir is not None and TRACKS[record.track] is Track.DR:
        drivers.append("offers an early IR track (ESIR)")
    if img_applicant and (evidence.img_friendly or record.img_history == "yes"):
        drivers.append("a source says it takes IMGs")
    return drivers


def tier_reason(
    record: ProgramRecord,
    evidence: ProgramEvidence,
    placement: Placement,
    profile: ApplicantProfile,
    competitiveness: dict[str, Level],
    drivers: list[str] | None = None,
) -> str:
    track = TRACKS[record.track]
    ir = track in IR_TRACKS
    level = competitiveness["integrated_ir" if ir else "dr"]
    you = f"your {'Integrated IR' if ir else 'DR'} competitiveness is {level.value}"
    if profile.step2ck_score is not None:
        you += f" (Step 2 CK {profile.step2ck_score})"
    if drivers is None:
        drivers = selectivity_drivers(record, evidence, is_img(profile))
    facts = "ranking, research or IMG facts" if is_img(profile) else "ranking or research facts"
    plain = (
        f"no {facts} set it apart from other {TRACK_WORDS[track]} programs, so it is placed "
        "like them"
    )
    why = "; ".join(drivers) if drivers else plain
    compared = _COMPARED[placement.tier]
    return f"{_TIER_WORDS[placement.tier]}: {why}. Compared with it, {you}: {compared}."


def _visa_lines(
    need: VisaNeed | None, j1: VisaEvidence, h1b: VisaEvidence, current_year: int
) -> tuple[list[str], list[str], list[str]]:
    reasons: list[str] = []
    unknowns: list[str] = []
    sources: list[str] = []
    options = {
        VisaNeed.J1: (("J-1", j1),),
        VisaNeed.H1B: (("H-1B", h1b),),
        VisaNeed.UNDECIDED: (("J-1", j1), ("H-1B", h1b)),
    }
    wanted = options.get(need, ()) if need is not None else ()
    for name, visa in wanted:
        fact = visa.fact
        if visa.claim is Claim.UNKNOWN:
            unknowns.append(f"{name} sponsorship: not in our data; {VERIFY}")
            continue
        said = {
            Claim.YES: f"Sponsors {name}",
            Claim.NO: f"{name}: a source says no",
            Claim.CONDITIONAL: f"{name}: only under conditions",
        }[visa.claim]
        if fact is None:
            reasons.append(f"{said} (program list)")
            continue
        qualifier = fact.value.partition(" ")[2].strip(" ()")
        detail = f": {qualifier}" if qualifier else ""
        reasons.append(f"{said}{detail} ({how_solid(fact, current_year)})")
        if not visa.verified or visa.claim is Claim.CONDITIONAL:
            unknowns.append(f"{name} sponsorship: not confirmed by the program; {VERIFY}")
        sources.append(f"{name}: {fact.source_label} {fact.source_url}")
    return reasons, unknowns, sources


def explain(
    record: ProgramRecord,
    evidence: ProgramEvidence,
    visas: tuple[VisaEvidence, VisaEvidence],
    placement: Placement,
    profile: ApplicantProfile,
    competitiveness: dict[str, Level],
    current_year: int,
) -> tuple[list[str], list[str]]:
    """(reasons, unknowns) for one program in one applicant's list."""
    track = TRACKS[record.track]
    drivers = selectivity_drivers(record, evidence, is_img(profile))
    reasons = [tier_reason(record, evidence, placement, profile, competitiveness, drivers)]
    visa_reasons, unknowns, sources = _visa_lines(profile.visa_need, *visas, current_year)
    reasons.extend(visa_reasons)
    if is_img(profile):
        fact = evidence.accepts_img or evidence.img_residents
        if fact is not None:
            reasons.append(f"IMGs: {fact.value} ({how_solid(fact, current_year)})")
            sources.append(f"IMGs: {fact.source_label} {fact.source_url}")
        elif record.img_history == "unknown":
            unknowns.append(f"Whether it takes IMGs: {VERIFY}")
    for fact in evidence.guidance:
        reasons.append(
            f"Guidance, not a hard cut-off: {fact.fact.replace('_', ' ')} {fact.value} "
            f"({how_solid(fact, current_year)})"
        )
    if track is Track.DR:
        if record.ir_affiliated == "yes":
            reasons.append(
                "The hospital also trains IR residents, which helps the DR then "
                "Independent IR route"
            )
            if record.ir_affiliated_source:
                sources.append(f"IR at the hospital: {record.ir_affiliated_source}")
        elif record.ir_affiliated == "unknown":
            unknowns.append(f"IR training at the same hospital: {VERIFY}")
    if profile.preferred_regions:
        inside = record.region in {r.value for r in profile.preferred_regions}
        where = "a region you prefer" if inside else "outside the regions you prefer"
        reasons.append(f"In the {record.region} ({record.city}, {record.state}): {where}")
    if evidence.positions is not None and evidence.positions_fact is not None:
        reasons.append(
            f"About {evidence.positions} position(s) a year "
            f"({how_solid(evidence.positions_fact, current_year)})"
        )
    elif record.positions is not None:
        reasons.append(f"{record.positions} position(s) a year (program list)")
    if evidence.caution is not None:
        reasons.append(f"Status: {evidence.caution.value}; {VERIFY}")
    if not drivers:
        unknowns.append("How selective it is: no ranking, research or size facts")
    for fact in (evidence.prestige_fact, evidence.research_fact, evidence.esir):
        if fact is not None:
            sources.append(f"{fact.fact.replace('_', ' ')}: {fact.source_label} {fact.source_url}")
    listed = f"listed in {record.source_label or 'program list'} ({record.source_url})"
    reasons.append(SOURCE_PREFIX + "; ".join([listed, *dict.fromkeys(sources)]))
    return reasons, unknowns


def plain_reasons(reasons: Sequence[str]) -> list[str]:
    """The reasons without the source line."""
    return [reason for reason in reasons if not reason.startswith(SOURCE_PREFIX)]
