"""Advice for where the applicant is in the cycle (issue 11, item 10).

The date says which season is under way; the applicant's ``cycle_stage`` says whether their
applications for it are already out. An application plan is only ever for a season whose
applications have not gone out yet, and it names that season.
"""

from __future__ import annotations

from bot.profile import CycleStage
from bot.report import ActionCode
from bot.strategy.case import Case
from bot.strategy.season import RANK_DEADLINE, Phase

# This season's applications are out: no new applications, and these to-dos are for later.
_APPLICATIONS_OUT = frozenset(
    {CycleStage.APPLIED, CycleStage.INTERVIEWING, CycleStage.RANKED, CycleStage.MATCHED}
)
# Codes that only make sense while building an application for the plan's season.
APPLICATION_CODES = frozenset(
    {ActionCode.APPLY_BROADLY, ActionCode.APPLY_PGY1, ActionCode.TARGET_VISA_SPONSORS}
)
# After a match, what still matters is the road to Independent IR.
MATCHED_CODES = frozenset(
    {ActionCode.GET_US_IR_LETTER, ActionCode.BUILD_IR_RESEARCH, ActionCode.DO_IR_ELECTIVE}
)

_INTERVIEWS = "Your applications for this season are in: the work now is interviews."
_INTERVIEW_PREP = (
    "Prepare IR cases you saw, why you want US training and how you have adapted to US "
    "medicine, and your answer to 'what if you do not match IR?' (a strong diagnostic "
    "radiologist first, IR through the Independent route)."
)
_INTEGRATED_INTERVIEW = (
    "An Integrated IR interview you hold is worth preparing for and ranking: the advice "
    "against Integrated IR is about new applications."
)
_RANKING = (
    f"Rank every program that interviewed you, in your true order, and certify the list "
    f"before it is due ({RANK_DEADLINE.shown})."
)
_RANKED = (
    "Your list is in. Before Match Week, prepare for SOAP in case you do not match: your "
    "documents ready, and preliminary and transitional PGY-1 programs in mind, since a US "
    "first year is itself a step toward DR."
)
_SOAP = (
    "Match Week: if you did not match, take part in SOAP this week (unfilled positions are "
    "offered in rounds); a preliminary or transitional PGY-1 position is worth accepting as "
    "US experience toward DR."
)
_MATCHED = (
    "You matched: congratulations. If it is DR, you are on a valid IR path: seek IR "
    "rotations, projects and mentors in residency (ESIR if the program has it) and tell your "
    "program director early that you aim for Independent IR."
)


def applications_out(case: Case) -> bool:
    """Whether this season's applications are already with programs (none to plan now)."""
    stage = case.stage
    if stage in _APPLICATIONS_OUT:
        # Applied in the open window (September) counts too: that season is theirs now.
        return (
            case.season.season_under_way
            or case.season.phase is Phase.APPLICATION_WINDOW
            or stage is CycleStage.MATCHED
        )
    return stage is CycleStage.UNMATCHED and case.season.phase is Phase.MATCH_WEEK


def plan_season(case: Case) -> int:
    """The season an application plan is for: the first one not under way, and for students
    not before the September before graduation."""
    season = case.season.next_open
    if applications_out(case) and not case.season.season_under_way:
        season += 1  # the open season is the one they applied in
    graduation = case.profile.graduation_year
    if case.student and graduation is not None:
        season = max(season, graduation - 1)
    return season


def _first_season_later(case: Case) -> bool:
    """A student whose first season comes after the one under way (or the one open)."""
    graduation = case.profile.graduation_year
    if not case.student or graduation is None:
        return False
    return graduation - 1 > (case.season.under_way or case.season.next_open - 1) and (
        graduation - 1 > case.season.next_open or case.season.season_under_way
    )


def stage_unknown_matters(case: Case) -> bool:
    """Ask the stage: a season is under way and the applicant could be in it."""
    if case.stage is not None or not case.season.season_under_way:
        return False
    graduation = case.profile.graduation_year
    under_way = case.season.under_way or 0
    return not (case.student and graduation is not None and graduation - 1 > under_way)


def stage_texts(case: Case) -> list[str]:
    """What to do at this stage, first thing first (empty when only the plan matters)."""
    stage, phase = case.stage, case.season.phase
    season = plan_season(case)
    later = (
        f"Applications for {case.season.label(season)} come later: the plan below is for "
        "that season."
    )
    if stage is CycleStage.MATCHED:
        return [_MATCHED]
    if stage is CycleStage.UNMATCHED:
        if phase is Phase.MATCH_WEEK:
            return [_SOAP, later]
        return [
            "The season ended without a match: the plan below is for the next one and says "
            "what must change, not the same application again.",
            later,
        ]
    if applications_out(case):
        if phase is Phase.MATCH_WEEK:
            return [_SOAP]
        if stage is CycleStage.RANKED:
            return [_RANKED]
        texts = [_RANKING] if phase is Phase.RANKING else [_INTERVIEWS]
        texts.append(_INTERVIEW_PREP)
        if phase is Phase.INTERVIEWS:
            texts.append(_RANKING)
        if stage is CycleStage.INTERVIEWING:
            texts.append(_INTEGRATED_INTERVIEW)
        return texts
    if _first_season_later(case):
        return [
            f"As a student, your first season is {case.season.label(season)}: the plan "
            "below is for it."
        ]
    if case.season.season_under_way:
        head = (
            "This season's applications went to programs in September, so it is too late to "
            "apply in it."
        )
        if case.stage is None:
            head += " If you did apply this season, tell me where you are (applied, "
            head += "interviewing, ranked): the advice then is about interviews and ranking."
        return [head, later]
    return []
