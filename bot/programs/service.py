"""The program list for one applicant, from the stored knowledge base (``advisor programs``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from bot.profile import ApplicantProfile
from bot.programs.about import ProgramAbout, about_program
from bot.programs.catalog import CATALOGS, Catalog, CatalogCache
from bot.programs.models import Track
from bot.programs.places import Gazetteer, default_gazetteer
from bot.programs.ranking import ProgramList, rank_catalog
from bot.programs.request import ProgramRequest, parse_request
from bot.report import StrategyReport

ABOUT_CUE = re.compile(r"\b(what|how) about\b|\bwhy\b|\btell me about\b", re.IGNORECASE)


class EmptyKnowledgeBaseError(RuntimeError):
    """No programs are stored: the operator has to run ``advisor kb load`` first."""

    def __init__(self) -> None:
        super().__init__("the knowledge base is empty; load it first with: advisor kb load")


def stored_catalog(session: Session, cache: CatalogCache = CATALOGS) -> Catalog:
    catalog = cache.get(session)
    if catalog.size == 0:
        raise EmptyKnowledgeBaseError()
    return catalog


def program_list(
    session: Session,
    profile: ApplicantProfile,
    report: StrategyReport,
    *,
    track: Track | Sequence[Track] | None = None,
    request: ProgramRequest | None = None,
    limit: int | None = None,
    cache: CatalogCache = CATALOGS,
    gazetteer: Gazetteer | None = None,
) -> ProgramList:
    """Rank the stored programs for this applicant, strategy report and request."""
    catalog = stored_catalog(session, cache)
    if request is not None and request.near is not None and gazetteer is None:
        gazetteer = default_gazetteer()
    return rank_catalog(
        catalog, profile, report, track=track, request=request, gazetteer=gazetteer, limit=limit
    )


@dataclass
class ProgramAnswer:
    """The answer to a program question: a list (with its filters) or named programs."""

    result: ProgramList | None = None
    about: list[ProgramAbout] = field(default_factory=list)


def answer_program_question(
    session: Session,
    profile: ApplicantProfile,
    report: StrategyReport,
    text: str = "",
    *,
    cache: CatalogCache = CATALOGS,
    gazetteer: Gazetteer | None = None,
) -> ProgramAnswer:
    """A question about programs, as asked: filters in it narrow the list ("near Chicago",
    "only Integrated IR", "H-1B sponsors"); a question naming a program without filters
    ("what about Emory?") gets that program for this applicant."""
    catalog = stored_catalog(session, cache)
    if gazetteer is None and text:
        gazetteer = default_gazetteer()  # read once per process
    request = parse_request(text, gazetteer) if text else ProgramRequest()
    # "what about Columbia?" names a program even though Columbia is also a city.
    if text and (request.is_empty or ABOUT_CUE.search(text)):
        about = about_program(catalog, text, profile, report)
        if about:
            return ProgramAnswer(about=about)
    result = rank_catalog(catalog, profile, report, request=request, gazetteer=gazetteer)
    return ProgramAnswer(result=result)
