"""The program list for one applicant, from the stored knowledge base (``advisor programs``)."""

from __future__ import annotations

import heapq

import numpy as np
from sqlalchemy.orm import Session

from bot.kb.repository import ProgramRecord
from bot.profile import ApplicantProfile
from bot.programs.catalog import CATALOGS, CatalogCache
from bot.programs.models import Track
from bot.programs.ranking import ProgramList, competitiveness_of, finish_list, list_groups
from bot.programs.scoring import eligible_mask, raw_scores
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
    cache: CatalogCache = CATALOGS,
) -> ProgramList:
    """Rank the stored programs for this applicant and strategy report."""
    catalog = cache.get(session)
    if catalog.size == 0:
        raise EmptyKnowledgeBaseError()
    groups = list_groups(report, track)
    competitiveness = competitiveness_of(report)
    chosen: list[tuple[float, ProgramRecord]] = []
    available: dict[str, int] = {}
    for group in groups:
        # Best ``size`` of each track by (score, id), then the best ``size`` of those.
        candidates: list[tuple[float, str, ProgramRecord]] = []
        eligible_count = 0
        for group_track in group.tracks:
            arrays = catalog.by_track.get(group_track.value)
            if arrays is None or group.size == 0:
                continue
            eligible = np.flatnonzero(eligible_mask(arrays, profile.visa_need))
            eligible_count += len(eligible)
            scores = raw_scores(arrays, group_track, profile, competitiveness)[eligible]
            # A stable sort keeps id order among equal scores (records are in id order).
            order = np.argsort(-scores, kind="stable")[: group.size]
            for position in order:
                record = arrays.records[eligible[position]]
                candidates.append((float(scores[position]), record.id, record))
        available[group.name] = eligible_count
        top = heapq.nsmallest(group.size, candidates, key=lambda item: (-item[0], item[1]))
        chosen.extend((raw, record) for raw, _, record in top)
    return finish_list(chosen, profile, report, groups, available, limit=limit)
