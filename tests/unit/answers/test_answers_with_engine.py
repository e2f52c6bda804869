"""The answers over the real engine's reports (bot.strategy.advise), not hand-built ones."""

from __future__ import annotations

import pytest
from answers_samples import CURRENT_YEAR, PROFILES, STRONG, WEAK, assert_phone_sized, profiles
from hypothesis import given, settings

from bot.answers import FAQ_INTENTS, faq_answer, strategy_messages
from bot.profile import ApplicantProfile, CycleStage
from bot.strategy import advise


def _text(profile: ApplicantProfile) -> str:
    return "\n".join(m.text for m in strategy_messages(advise(profile), profile))


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_engine_reports_render_within_limits(name: str) -> None:
    profile = PROFILES[name]
    report = advise(profile)
    messages = strategy_messages(report, profile)
    assert_phone_sized(messages)
    text = "\n".join(m.text for m in messages)
    apps = report.applications
    if apps.dr:
        assert f"(DR): {apps.dr}" in text
    top = min(report.actions, key=lambda a: a.priority, default=None)
    if top is not None:
        assert top.target[:40] in text
    for intent in FAQ_INTENTS:
        assert_phone_sized(faq_answer(intent, profile, report, current_year=CURRENT_YEAR))


def test_strong_applicant_sees_engine_chance_ranges() -> None:
    text = _text(STRONG)
    assert "Rough chances" in text
    assert "- DR: about " in text and "of 175 non-US IMGs who preferred DR" in text


def test_weak_applicant_gets_no_invented_number() -> None:
    text = _text(WEAK)
    assert "Chances: no number for you yet." in text
    assert "Rough chances" not in text


@settings(max_examples=30, deadline=None)
@given(profile=profiles)
def test_any_profile_through_the_engine_fits(profile: ApplicantProfile) -> None:
    report = advise(profile)
    assert_phone_sized(strategy_messages(report, profile))
    assert_phone_sized(faq_answer("ask_chances", profile, report, current_year=CURRENT_YEAR))


def test_december_interviewing_applicant_reads_interview_advice_not_an_application_plan() -> None:
    """Issue 11, item 10: in December, an applicant holding interviews is not told to apply."""
    from datetime import date

    profile = STRONG.model_copy(update={"cycle_stage": CycleStage.INTERVIEWING})
    messages = strategy_messages(advise(profile, today=date(2026, 12, 2)), profile)
    assert_phone_sized(messages)
    text = "\n".join(m.text for m in messages)
    assert messages[0].text.startswith("Where you are in the cycle:")
    assert "…" not in messages[0].text  # the stage advice is shown whole
    assert "why you want US training" in messages[0].text
    assert "Applications: none now" in text
    assert "Apply to" not in text and "this cycle" not in text


def test_december_preparing_applicant_reads_the_next_season() -> None:
    from datetime import date

    profile = STRONG.model_copy(update={"cycle_stage": CycleStage.PREPARING})
    text = "\n".join(
        m.text for m in strategy_messages(advise(profile, today=date(2026, 12, 2)), profile)
    )
    assert "too late to apply in it" in text
    unknown = STRONG.model_copy(update={"cycle_stage": None})
    asked = "\n".join(
        m.text for m in strategy_messages(advise(unknown, today=date(2026, 12, 2)), unknown)
    )
    assert "whether you applied this season" in asked
    assert "Applications for September 2027:" in text and "this cycle:" not in text


@settings(max_examples=150, deadline=None)
@given(profile=profiles)
def test_chat_text_never_contradicts_the_counts(profile: ApplicantProfile) -> None:
    """Issue 11, item 9: no "alongside DR" with DR 0, no Integrated IR range for non-US IMGs."""
    report = advise(profile, current_year=CURRENT_YEAR)
    text = "\n".join(m.text for m in strategy_messages(report, profile))
    if report.applications.dr == 0:
        assert "alongside DR" not in text
    if report.applications.integrated_ir == 0 and "Integrated IR:" in text:
        assert "Integrated IR: about" not in text
    if "non-US IMGs who ranked it first" in text:
        assert "Not your odds, and not comparable with DR." in text


@pytest.mark.parametrize("stage", [None, *CycleStage])
@pytest.mark.parametrize("month", [1, 2, 3, 4, 7, 9, 10, 12])
def test_stage_advice_is_shown_whole(stage: CycleStage | None, month: int) -> None:
    """Whatever the stage and month, the 'where you are' message is never cut."""
    from datetime import date

    for base in (STRONG, WEAK):
        profile = base.model_copy(update={"cycle_stage": stage})
        day = date(2027, month, 17)  # 17 March 2027 falls in Match Week
        messages = strategy_messages(advise(profile, today=day), profile)
        assert_phone_sized(messages)
        first = messages[0].text
        if first.startswith("Where you are in the cycle:"):
            assert "…" not in first, first
