"""The stage question among the facts asked: only when the strategy names it, then first."""

from __future__ import annotations

from datetime import date

from bot.dialogue.goals import MAX_ASKED_FIELDS, AdviceGoal, fields_to_ask, missing_fields
from bot.profile import ApplicantProfile, CycleStage
from bot.strategy import advise

KNOWN = ApplicantProfile(
    applicant_type="non_us_img", graduation_year=2023, step1="pass_first_attempt",
    step2ck_score=252, visa_need="j1", us_ir_letters=1, us_dr_letters=1, ir_publications=2,
    usce_months=3, match_cycles=0,
)  # fmt: skip
PATHWAY_LIKE = [AdviceGoal.PATHWAY, AdviceGoal.CHANCES, AdviceGoal.APPLICATION_COUNT]


def test_asked_first_when_the_strategy_names_it() -> None:
    for goal in PATHWAY_LIKE:
        asked = fields_to_ask(goal, ApplicantProfile(), decisive=["cycle_stage", "step2ck_score"])
        assert asked[0] == "cycle_stage" and len(asked) <= MAX_ASKED_FIELDS


def test_never_asked_when_the_strategy_does_not_name_it() -> None:
    for goal in AdviceGoal:
        assert "cycle_stage" not in missing_fields(goal, ApplicantProfile())
        assert "cycle_stage" not in missing_fields(goal, KNOWN, decisive=["step2ck_score"])


def test_not_asked_when_known_skipped_or_for_the_program_list() -> None:
    told = KNOWN.model_copy(update={"cycle_stage": CycleStage.APPLIED})
    assert "cycle_stage" not in missing_fields(AdviceGoal.PATHWAY, told, decisive=["cycle_stage"])
    skipped = missing_fields(
        AdviceGoal.PATHWAY, KNOWN, skipped=["cycle_stage"], decisive=["cycle_stage"]
    )
    assert "cycle_stage" not in skipped
    assert "cycle_stage" not in missing_fields(AdviceGoal.PROGRAMS, KNOWN, decisive=["cycle_stage"])


def test_the_date_decides_through_the_report() -> None:
    december = advise(KNOWN, today=date(2026, 12, 2)).missing
    july = advise(KNOWN, today=date(2026, 7, 1)).missing
    assert fields_to_ask(AdviceGoal.PATHWAY, KNOWN, decisive=december) == ["cycle_stage"]
    assert fields_to_ask(AdviceGoal.PATHWAY, KNOWN, decisive=july) == []
