"""The plan as the chat shows it: at most ``STEPS_SHOWN`` steps named, the rest counted, and the
first step the applicant's real gap (issue 11, item 8 and the plan length)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answers.advice import STEPS_SHOWN, TOP_GAPS, gaps_message
from bot.answers.labels import ACTION_LABELS
from bot.profile import (
    ApplicantProfile,
    ApplicantType,
    CycleStage,
    Step1Result,
    Step3Result,
    VisaNeed,
)
from bot.report import ActionCode, StrategyReport
from bot.strategy import advise

DECEMBER = date(2026, 12, 2)
JULY = date(2026, 7, 1)
# Every way the chat names a step (a PGY-1 application with no DR is named differently).
NAMES = [*ACTION_LABELS.values(), "Apply to a preliminary year first"]


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


counts = st.integers(min_value=0, max_value=6)
profiles = st.builds(
    ApplicantProfile,
    applicant_type=_optional(st.sampled_from(ApplicantType)),
    graduation_year=_optional(st.integers(min_value=2000, max_value=2030)),
    step1=_optional(st.sampled_from(Step1Result)),
    step2ck_score=_optional(st.integers(min_value=180, max_value=280)),
    step2ck_first_attempt=_optional(st.booleans()),
    step3=_optional(st.sampled_from(Step3Result)),
    visa_need=_optional(st.sampled_from(VisaNeed)),
    usce_months=_optional(st.integers(min_value=0, max_value=24).map(float)),
    ir_elective_weeks=_optional(st.integers(min_value=0, max_value=12).map(float)),
    us_ir_letters=_optional(counts),
    us_dr_letters=_optional(counts),
    us_other_letters=_optional(counts),
    ir_publications=_optional(counts),
    ir_abstracts=_optional(counts),
    research_years=_optional(st.integers(min_value=0, max_value=3).map(float)),
    clinically_active=_optional(st.booleans()),
    match_cycles=_optional(st.integers(min_value=0, max_value=4)),
    prior_interviews=_optional(counts),
    cycle_stage=_optional(st.sampled_from(CycleStage)),
)


def named_steps(text: str) -> list[str]:
    """The step names a gaps message shows, in order (numbered ones, then the "Then:" line)."""
    numbered = re.findall(r"^\d+\. (.+?):", text, flags=re.MULTILINE)
    then = re.search(r"^Then: (.+?)(?: \(and \d+ more\))?\.$", text, flags=re.MULTILINE)
    return numbered + (then.group(1).split("; ") if then else [])


def first_code(report: StrategyReport) -> ActionCode:
    return min(report.actions, key=lambda action: action.priority).code


@settings(max_examples=300, deadline=None)
@given(profiles, st.sampled_from([DECEMBER, JULY, date(2027, 3, 20)]))
def test_no_plan_shows_more_than_the_cap_and_it_leads_with_the_first_step(
    profile: ApplicantProfile, today: date
) -> None:
    report = advise(profile, today=today)
    message = gaps_message(report)
    if not report.actions:
        assert message is None
        return
    assert message is not None
    names = named_steps(message.text)
    assert names and all(name in NAMES for name in names), message.text
    assert len(names) <= STEPS_SHOWN
    assert len(names) == min(len(report.actions), STEPS_SHOWN)
    ordered = [a.code for a in sorted(report.actions, key=lambda a: a.priority)]
    assert names[0] in (ACTION_LABELS[ordered[0]], "Apply to a preliminary year first")
    more = re.search(r"\(and (\d+) more\)", message.text)
    hidden = len(report.actions) - STEPS_SHOWN
    assert (int(more.group(1)) if more else 0) == max(0, hidden), message.text
    assert len(re.findall(r"^\d+\. ", message.text, flags=re.MULTILINE)) <= TOP_GAPS


def test_a_long_plan_is_cut_to_the_cap_with_the_rest_counted() -> None:
    report = advise(ApplicantProfile(), today=JULY)  # nothing known: every usual step
    assert len(report.actions) > STEPS_SHOWN
    message = gaps_message(report)
    assert message is not None
    assert len(named_steps(message.text)) == STEPS_SHOWN
    assert f"(and {len(report.actions) - STEPS_SHOWN} more)" in message.text


BASE: dict[str, Any] = {
    "applicant_type": ApplicantType.NON_US_IMG,
    "graduation_year": 2021,
    "step1": Step1Result.PASS_FIRST_ATTEMPT,
    "visa_need": VisaNeed.J1,
    "match_cycles": 0,
    "cycle_stage": CycleStage.PREPARING,
}


@pytest.mark.parametrize(
    ("facts", "gaps", "not_first"),
    [
        # Two research years and five papers, no hands-on US work: US clinical work leads.
        (
            {"step2ck_score": 245, "research_years": 2.0, "ir_publications": 5, "usce_months": 0},
            {ActionCode.PRELIM_YEAR, ActionCode.GET_US_CLINICAL_EXPERIENCE},
            ActionCode.RESEARCH_POSITION,
        ),
        # No Step 2 CK yet: the exam leads, before anything that needs a score.
        ({"usce_months": 3.0}, {ActionCode.TAKE_STEP2CK}, ActionCode.APPLY_BROADLY),
        # H-1B with a failed Step 3: the visa barrier leads (Step 3 or another route).
        (
            {"step2ck_score": 238, "visa_need": VisaNeed.H1B, "step3": Step3Result.FAILED,
             "match_cycles": 2, "prior_interviews": 0, "graduation_year": 2016},
            {ActionCode.TAKE_STEP3, ActionCode.CONSIDER_ALTERNATIVES},
            ActionCode.APPLY_BROADLY,
        ),
    ],
)  # fmt: skip
def test_the_first_step_shown_is_the_real_gap(
    facts: dict[str, Any], gaps: set[ActionCode], not_first: ActionCode
) -> None:
    profile = ApplicantProfile(**{**BASE, **facts})
    report = advise(profile, today=JULY)
    assert first_code(report) in gaps
    assert first_code(report) is not not_first
    message = gaps_message(report)
    assert message is not None
    assert named_steps(message.text)[0] == ACTION_LABELS[first_code(report)]
