"""What the sourced program facts say about one program, weighed by how solid each source is.

Pure: takes the fact records of ``bot.kb.repository.ProgramFactRecord`` (or anything with the
same attributes) and returns a ``ProgramEvidence``. The rules (``bot.kb.program_fact_rows``):

- a visa "no" excludes a program only from a solid or second-hand source; from a weak source it
  is "reported, unverified" and only lowers the program's visa value;
- a minimum Step 2 CK score or a graduation-year cut-off is a hard filter only when a solid
  source states it as a number (not "recommended", not "none");
- a closure excludes a program when a solid or second-hand source reports it;
- editorial rankings are opinions: they feed the program's selectivity, never eligibility.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

OLD_AFTER_YEARS = 3  # a fact dated more than this many years ago "may be out of date"
_STRENGTH_ORDER = {"solid": 0, "secondhand": 1, "weak": 2, "opinion": 3}
VERIFIED = frozenset({"solid", "secondhand"})
_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)?)")
# Rank lists and their length, to turn a rank into 0-1 (1 = top of the list).
REPUTATION_LIST_LENGTH = 70
RESEARCH_LIST_LENGTH = 44
NIH_LIST_LENGTH = 60
RANKING_MIN_YEAR = 2021  # older awards and lists are shown, not scored


class FactLike(Protocol):
    @property
    def program_id(self) -> str: ...
    @property
    def fact(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def as_of(self) -> str: ...
    @property
    def year(self) -> int | None: ...
    @property
    def strength(self) -> str: ...
    @property
    def source_url(self) -> str: ...
    @property
    def source_label(self) -> str: ...
    @property
    def detail(self) -> str | None: ...


class Claim(str, Enum):
    YES = "yes"
    NO = "no"
    CONDITIONAL = "conditional"
    UNKNOWN = "unknown"


def claim_of(value: str) -> Claim:
    """The claim a value starts with: ``yes (...)``, ``no for radiology``, ``conditional``."""
    word = value.strip().split(" ", 1)[0].lower().strip("(,;:")
    return {"yes": Claim.YES, "no": Claim.NO, "conditional": Claim.CONDITIONAL}.get(
        word, Claim.UNKNOWN
    )


def number_of(value: str) -> float | None:
    match = _NUMBER.match(value)
    return float(match.group(1)) if match else None


def freshness(fact: FactLike, current_year: int) -> str | None:
    """``None`` when recent; otherwise a short note (undated, or may be out of date)."""
    if fact.year is None:
        return "undated"
    if current_year - fact.year > OLD_AFTER_YEARS:
        return f"from {fact.year}, may be out of date"
    return None


@dataclass(frozen=True)
class VisaEvidence:
    claim: Claim = Claim.UNKNOWN
    verified: bool = False  # from a solid or second-hand source
    fact: FactLike | None = None

    @property
    def excludes(self) -> bool:
        return self.claim is Claim.NO and self.verified


@dataclass(frozen=True)
class Cutoff:
    value: int
    fact: FactLike


@dataclass(frozen=True)
class ProgramEvidence:
    j1: VisaEvidence = VisaEvidence()
    h1b: VisaEvidence = VisaEvidence()
    accepts_img: FactLike | None = None
    img_residents: FactLike | None = None
    min_step2ck: Cutoff | None = None  # hard filter
    yog_cutoff_years: Cutoff | None = None  # hard filter
    guidance: tuple[FactLike, ...] = ()  # scores or years a program recommends, weak cut-offs
    prestige: float = 0.0  # 0-1, editorial lists (opinion)
    prestige_fact: FactLike | None = None
    research: float = 0.0  # 0-1, research rankings and NIH radiology funding rank
    research_fact: FactLike | None = None
    positions: int | None = None
    positions_fact: FactLike | None = None
    esir: FactLike | None = None
    closed: FactLike | None = None
    caution: FactLike | None = None  # a weak status report (e.g. possible withdrawal)
    facts: tuple[FactLike, ...] = field(default=())

    @property
    def img_friendly(self) -> bool:
        """A solid or second-hand source says the program takes IMGs (or has IMG residents)."""
        return any(
            fact is not None and fact.strength in VERIFIED and claim_of(fact.value) is Claim.YES
            for fact in (self.accepts_img,)
        ) or (self.img_residents is not None and self.img_residents.strength in VERIFIED)


NO_EVIDENCE = ProgramEvidence()


def _strongest(facts: Sequence[FactLike]) -> FactLike | None:
    """The most solid fact, most recent first among equals (undated last)."""
    if not facts:
        return None
    return min(facts, key=lambda f: (_STRENGTH_ORDER[f.strength], -(f.year or 0), f.value))


def _visa(facts: Sequence[FactLike]) -> VisaEvidence:
    best = _strongest(facts)
    if best is None:
        return VisaEvidence()
    return VisaEvidence(claim_of(best.value), best.strength in VERIFIED, best)


def _cutoff(facts: Sequence[FactLike], guidance: list[FactLike]) -> Cutoff | None:
    hard: Cutoff | None = None
    for fact in facts:
        number = number_of(fact.value)
        if fact.strength == "solid" and number is not None:
            if hard is None or number > hard.value:
                hard = Cutoff(int(number), fact)
        elif number is not None or fact.value.lower().startswith("recommended"):
            guidance.append(fact)
    return hard


def _best_rank(facts: Iterable[FactLike], length: int) -> tuple[float, FactLike | None]:
    """1.0 for the top of a list, 0.5 for its last place: a list of the best ~70 of ~190 DR
    programs names upper-third programs only, so its tail is still selective."""
    best, best_fact = 0.0, None
    for fact in facts:
        rank = number_of(fact.value)
        if rank is None or (fact.year is not None and fact.year < RANKING_MIN_YEAR):
            continue
        value = max(0.0, 1.0 - (rank - 1) / (2 * length))
        if value > best:
            best, best_fact = value, fact
    return best, best_fact


def program_evidence(facts: Sequence[FactLike]) -> ProgramEvidence:
    """Weigh one program's facts (all with the same ``program_id``)."""
    if not facts:
        return NO_EVIDENCE
    by_kind: dict[str, list[FactLike]] = {}
    for fact in facts:
        by_kind.setdefault(fact.fact, []).append(fact)
    guidance: list[FactLike] = []
    min_step2 = _cutoff(by_kind.get("min_step2ck", []), guidance)
    yog = _cutoff(by_kind.get("yog_cutoff_years", []), guidance)
    prestige, prestige_fact = _best_rank(by_kind.get("reputation_rank", []), REPUTATION_LIST_LENGTH)
    research, research_fact = _best_rank(by_kind.get("research_rank", []), RESEARCH_LIST_LENGTH)
    nih, nih_fact = _best_rank(by_kind.get("nih_radiology_rank", []), NIH_LIST_LENGTH)
    if nih > research:
        research, research_fact = nih, nih_fact
    positions_fact = _strongest(
        [f for f in by_kind.get("positions_per_year", []) if number_of(f.value) is not None]
    )
    status = by_kind.get("status", [])
    closed = next(
        (f for f in status if f.strength in VERIFIED and f.value.startswith("closed")), None
    )
    caution = next((f for f in status if f is not closed), None)
    return ProgramEvidence(
        j1=_visa(by_kind.get("sponsors_j1", [])),
        h1b=_visa(by_kind.get("sponsors_h1b", [])),
        accepts_img=_strongest(by_kind.get("accepts_img", [])),
        img_residents=_strongest(by_kind.get("img_residents_count", [])),
        min_step2ck=min_step2,
        yog_cutoff_years=yog,
        guidance=tuple(guidance),
        prestige=prestige,
        prestige_fact=prestige_fact,
        research=research,
        research_fact=research_fact,
        positions=int(number_of(positions_fact.value) or 0) if positions_fact else None,
        positions_fact=positions_fact,
        esir=_strongest(by_kind.get("esir", [])),
        closed=closed,
        caution=caution,
        facts=tuple(facts),
    )


def evidence_by_program(facts: Iterable[FactLike]) -> dict[str, ProgramEvidence]:
    grouped: dict[str, list[FactLike]] = {}
    for fact in facts:
        grouped.setdefault(fact.program_id, []).append(fact)
    return {program_id: program_evidence(items) for program_id, items in grouped.items()}
