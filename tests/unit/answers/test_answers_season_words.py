"""Answers name the season a plan is for: in December no answer says "this cycle" for a season
whose applications went out in September (seen by a new user beside "too late to apply")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import faq_answer
from bot.profile import ApplicantProfile
from bot.strategy import advise

STRONG = ApplicantProfile(
    applicant_type="non_us_img",
    step1="pass_first_attempt",
    step2ck_score=266,
    visa_need="j1",
    us_ir_letters=2,
    ir_publications=3,
    usce_months=4,
    graduation_year=2025,
)


@pytest.mark.parametrize("intent", ["ask_pathway", "ask_application_count"])
@pytest.mark.parametrize("brief", [False, True])
def test_december_answers_name_next_season_not_this_cycle(intent: str, brief: bool) -> None:
    report = advise(STRONG, today=date(2026, 12, 2))
    text = " ".join(m.text for m in faq_answer(intent, STRONG, report, brief=brief))
    assert "this cycle" not in text
    assert "2027" in text
