"""The program list for one applicant, from the stored knowledge base (``advisor programs``)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from bot.profile import ApplicantProfile
from bot.programs.catalog import CATALOGS, Catalog, CatalogCache
from bot.programs.models import Track
from bot.programs.places import Gazetteer, default_gazetteer
from bot.programs.ranking import ProgramList, rank_catalog
from bot.programs.request import ProgramRequest
from bot.report import StrategyReport


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
    return rank_catalog(catalog, profile, report, track=track, request=request,
                        gazetteer=gazetteer, limit=limit)  # fmt: skip
