"""Goal questions (pathway, programs, chances, counts, contingency) and the facts each needs.

A goal question is answered at once for what is known; then at most ``MAX_ASKED_FIELDS`` facts
that would change that answer are asked, most decisive first. A new goal is one enum value here,
its intent in ``GOAL_BY_INTENT`` and its answer in ``actions/advice.py``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from enum import Enum

from bot.profile import CONTEXT_FIELDS, ApplicantProfile

MAX_ASKED_FIELDS = 3


class AdviceGoal(str, Enum):
    """Which question the profile form serves (the ``advice_goal`` slot)."""

    PATHWAY = "pathway"
    PROGRAMS = "programs"
    CHANCES = "chances"
    APPLICATION_COUNT = "application_count"
    CONTINGENCY = "contingency"


# What each goal needs, most decisive first: the order in which the bot asks (dialogue design).
PATHWAY_FIELDS: tuple[str, ...] = (
    "applicant_type",
    "step1",
    "step2ck_score",
    "us_ir_letters",
    "us_dr_letters",
    "ir_publications",
    "usce_months",
    "graduation_year",
    "visa_need",
    "match_cycles",
    # Where the applicant is this season: asked only when the strategy says it matters (a
    # season under way, ``missing`` leads with it); then it comes first.
    "cycle_stage",
)
# Asked only when the report names them as limiting the advice (the date decides, not the goal).
ONLY_WHEN_DECISIVE = frozenset(CONTEXT_FIELDS)
PROGRAM_FIELDS: tuple[str, ...] = (
    "visa_need",
    "preferred_regions",
    "applicant_type",
    "step2ck_score",
)
GOAL_FIELDS: dict[AdviceGoal, tuple[str, ...]] = {
    AdviceGoal.PATHWAY: PATHWAY_FIELDS,
    AdviceGoal.PROGRAMS: PROGRAM_FIELDS,
    AdviceGoal.CHANCES: PATHWAY_FIELDS,
    AdviceGoal.APPLICATION_COUNT: PATHWAY_FIELDS,
    AdviceGoal.CONTINGENCY: PATHWAY_FIELDS,
}

# The question (intent) each goal answers.
GOAL_BY_INTENT: dict[str, AdviceGoal] = {
    "ask_pathway": AdviceGoal.PATHWAY,
    "ask_programs": AdviceGoal.PROGRAMS,
    "ask_chances": AdviceGoal.CHANCES,
    "ask_application_count": AdviceGoal.APPLICATION_COUNT,
    "ask_contingency": AdviceGoal.CONTINGENCY,
}


def parse_goal(value: object) -> AdviceGoal:
    """The ``advice_goal`` slot as an enum; an unset or unknown value means the pathway."""
    try:
        return AdviceGoal(str(value))
    except ValueError:
        return AdviceGoal.PATHWAY


def missing_fields(
    goal: AdviceGoal,
    profile: ApplicantProfile,
    *,
    skipped: Collection[str] = (),
    decisive: Sequence[str] = (),
) -> list[str]:
    """The goal's unknown facts, most decisive first: those the strategy names as limiting the
    advice (``decisive``, the report's ``missing``) lead, then the goal's own order."""
    known = {field for field, value in profile.to_json_dict().items() if value not in (None, [])}
    wanted = GOAL_FIELDS[goal]
    if goal is AdviceGoal.PROGRAMS:
        decisive = ()  # the list turns on visa sponsorship and regions first, in its own order
    order = [field for field in decisive if field in wanted]
    order += [field for field in wanted if field not in order and field not in ONLY_WHEN_DECISIVE]
    return [field for field in order if field not in known and field not in skipped]


def fields_to_ask(
    goal: AdviceGoal,
    profile: ApplicantProfile,
    *,
    skipped: Collection[str] = (),
    decisive: Sequence[str] = (),
) -> list[str]:
    """What to ask before the first personal answer: at most ``MAX_ASKED_FIELDS`` facts."""
    missing = missing_fields(goal, profile, skipped=skipped, decisive=decisive)
    return missing[:MAX_ASKED_FIELDS]
