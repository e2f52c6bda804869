"""Every answer, for any valid profile and report, fits a phone and Telegram's button limit."""

from __future__ import annotations

import pytest
from answers_samples import (
    CURRENT_YEAR,
    PROFILES,
    REPORTS,
    assert_phone_sized,
    opt,
    profiles,
    program,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers import (
    FAQ_INTENTS,
    FactChange,
    acknowledge_facts,
    faq_answer,
    profile_summary,
    program_messages,
    strategy_messages,
)
from bot.answers.faq import NOT_LEGAL_ADVICE
from bot.profile import ApplicantProfile
from bot.report import ActionCode, IntegratedIRStance, Level, Pathway, StrategyReport


@pytest.mark.parametrize("profile_name", sorted(PROFILES))
@pytest.mark.parametrize("report_name", sorted(REPORTS))
def test_visa_answer_always_keeps_the_disclaimer(profile_name: str, report_name: str) -> None:
    messages = faq_answer(
        "ask_visa", PROFILES[profile_name], REPORTS[report_name], current_year=CURRENT_YEAR
    )
    assert NOT_LEGAL_ADVICE in messages[-1].text


@pytest.mark.parametrize("profile_name", sorted(PROFILES))
@pytest.mark.parametrize("report_name", sorted(REPORTS))
def test_every_answer_for_the_sample_profiles(profile_name: str, report_name: str) -> None:
    profile, report = PROFILES[profile_name], REPORTS[report_name]
    for intent in FAQ_INTENTS:
        assert_phone_sized(faq_answer(intent, profile, report, current_year=CURRENT_YEAR))
    if report is not None:
        assert_phone_sized(strategy_messages(report, profile))
    assert_phone_sized(profile_summary(profile))
    assert_phone_sized(program_messages([], offset=0, page_size=5, total=0, profile=profile))


_free_text = st.text(min_size=1, max_size=900)

reports = st.builds(
    StrategyReport,
    pathway=st.sampled_from(Pathway),
    integrated_ir=st.sampled_from(IntegratedIRStance),
    competitiveness=st.fixed_dictionaries(
        {"integrated_ir": st.sampled_from(Level), "dr": st.sampled_from(Level)}
    ),
    applications=st.fixed_dictionaries(
        {
            "integrated_ir": st.integers(0, 200),
            "dr": st.integers(0, 200),
            "pgy1": st.integers(0, 200),
        }
    ),
    actions=st.lists(
        st.fixed_dictionaries(
            {
                "code": st.sampled_from(ActionCode),
                "priority": st.integers(1, 20),
                "why": _free_text,
                "target": _free_text,
            }
        ),
        max_size=16,
    ),
    contingency=st.lists(_free_text, max_size=8),
    reasons=st.lists(_free_text, max_size=8),
    sources=st.lists(st.text(max_size=80), max_size=30),
    missing=st.lists(st.sampled_from(list(ApplicantProfile.model_fields)), max_size=20),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profile=profiles, report=opt(reports), year=st.integers(2020, 2040))
def test_any_profile_and_report_fit(
    profile: ApplicantProfile, report: StrategyReport | None, year: int
) -> None:
    for intent in FAQ_INTENTS:
        assert_phone_sized(faq_answer(intent, profile, report, current_year=year))
    visa = faq_answer("ask_visa", profile, report, current_year=year)
    assert NOT_LEGAL_ADVICE in visa[-1].text
    if report is not None:
        assert_phone_sized(strategy_messages(report, profile))
    assert_phone_sized(profile_summary(profile))
    changes = [FactChange(field=name, new=value) for name, value in profile if value is not None]
    assert_phone_sized([acknowledge_facts(changes)])


@settings(max_examples=60, deadline=None)
@given(
    count=st.integers(0, 40),
    offset=st.integers(0, 45),
    page_size=st.integers(1, 12),
    name=st.text(min_size=1, max_size=300),
)
def test_any_program_page_fits(count: int, offset: int, page_size: int, name: str) -> None:
    fits = [program(i, name=name) for i in range(1, count + 1)]
    messages = program_messages(fits, offset=offset, page_size=page_size, total=count)
    assert_phone_sized(messages)
    has_more = any(b.payload == "/more" for m in messages for b in m.buttons)
    assert has_more == (offset + page_size < count)
    if offset < count:
        last = min(offset + page_size, count)
        assert messages[0].text.startswith(f"Programs {offset + 1}-{last} of {count}")
        assert f"{offset + 1}. " in messages[0].text
    elif count:
        assert "whole list" in messages[0].text
