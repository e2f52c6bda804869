"""Every answer, for any valid profile and report, fits a phone and Telegram's button limit."""

from __future__ import annotations

from typing import Any

import pytest
from answers_samples import CURRENT_YEAR, PROFILES, REPORTS, program
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers import (
    FAQ_INTENTS,
    MAX_MESSAGE_CHARS,
    MAX_PAYLOAD_BYTES,
    FactChange,
    Message,
    acknowledge_facts,
    faq_answer,
    profile_summary,
    program_messages,
    strategy_messages,
)
from bot.profile import ApplicantProfile, ApplicantType, Region, Step1Result, Step3Result, VisaNeed
from bot.report import ActionCode, IntegratedIRStance, Level, Pathway, StrategyReport


def assert_phone_sized(messages: list[Message]) -> None:
    assert messages, "an answer is never empty"
    for message in messages:
        assert message.text.strip()
        assert len(message.text) <= MAX_MESSAGE_CHARS, message.text
        for button in message.buttons:
            assert len(button.payload.encode("utf-8")) <= MAX_PAYLOAD_BYTES
            assert button.payload.startswith("/")
            assert button.title.strip()


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


def _opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


profiles = st.builds(
    ApplicantProfile,
    applicant_type=_opt(st.sampled_from(ApplicantType)),
    graduation_year=_opt(st.integers(1970, 2035)),
    step1=_opt(st.sampled_from(Step1Result)),
    step2ck_score=_opt(st.integers(1, 300)),
    step2ck_first_attempt=_opt(st.booleans()),
    step3=_opt(st.sampled_from(Step3Result)),
    visa_need=_opt(st.sampled_from(VisaNeed)),
    usce_months=_opt(st.floats(0, 600, allow_nan=False)),
    observership_weeks=_opt(st.floats(0, 600, allow_nan=False)),
    ir_elective_weeks=_opt(st.floats(0, 600, allow_nan=False)),
    us_ir_letters=_opt(st.integers(0, 50)),
    us_dr_letters=_opt(st.integers(0, 50)),
    us_other_letters=_opt(st.integers(0, 50)),
    ir_publications=_opt(st.integers(0, 10_000)),
    ir_abstracts=_opt(st.integers(0, 10_000)),
    research_years=_opt(st.floats(0, 60, allow_nan=False)),
    clinically_active=_opt(st.booleans()),
    match_cycles=_opt(st.integers(0, 40)),
    prior_interviews=_opt(st.integers(0, 500)),
    preferred_regions=_opt(st.lists(st.sampled_from(Region), unique=True)),
)

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
@given(profile=profiles, report=_opt(reports), year=st.integers(2020, 2040))
def test_any_profile_and_report_fit(
    profile: ApplicantProfile, report: StrategyReport | None, year: int
) -> None:
    for intent in FAQ_INTENTS:
        assert_phone_sized(faq_answer(intent, profile, report, current_year=year))
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
