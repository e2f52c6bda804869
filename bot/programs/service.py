"""The program list for one applicant, from the stored knowledge base (``advisor programs``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.kb.repository import ProgramRepository
from bot.profile import ApplicantProfile
from bot.programs.models import Track
from bot.programs.ranking import ProgramList, list_groups, rank_programs, tracks_needed
from bot.report import StrategyReport


class EmptyKnowledgeBaseError(RuntimeError):
    """No programs are stored: the operator has to run ``advisor kb load`` first."""

    def __init__(self) -> None:
        super().__init__("the knowledge base is empty; load it first with: advisor kb load")


def program_list(
    session: Session,
    profile: ApplicantProfile,
    report: StrategyReport,
    *,
    track: Track | None = None,
    limit: int | None = None,
) -> ProgramList:
    """Rank the stored programs for this applicant and strategy report."""
    repository = ProgramRepository(session)
    groups = list_groups(report, track)
    records = repository.for_tracks(tracks_needed(groups), visa_need=profile.visa_need)
    if not records and repository.count() == 0:
        raise EmptyKnowledgeBaseError()
    return rank_programs(records, profile, report, track=track, limit=limit)
