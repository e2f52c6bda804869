"""Profiles and reports the answer tests share (built directly, no engine involved)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from bot.answers import MAX_MESSAGE_CHARS, MAX_PAYLOAD_BYTES, Message
from bot.profile import (
    ApplicantProfile,
    ApplicantType,
    Region,
    Step1Result,
    Step3Result,
    VisaNeed,
)
from bot.programs.models import ProgramFit
from bot.report import StrategyReport

CURRENT_YEAR = 2026

WEAK = ApplicantProfile(
    applicant_type="non_us_img",
    graduation_year=2012,
    step1="pass_after_retake",
    step2ck_score=228,
    step2ck_first_attempt=False,
    step3="not_taken",
    visa_need="h1b",
    usce_months=0,
    observership_weeks=2,
    ir_elective_weeks=0,
    us_ir_letters=0,
    us_dr_letters=0,
    us_other_letters=1,
    ir_publications=0,
    ir_abstracts=1,
    research_years=0,
    clinically_active=False,
    match_cycles=3,
    prior_interviews=0,
    preferred_regions=["northeast"],
)

STRONG = ApplicantProfile(
    applicant_type="non_us_img",
    graduation_year=2025,
    step1="pass_first_attempt",
    step2ck_score=262,
    step2ck_first_attempt=True,
    step3="passed",
    visa_need="j1",
    usce_months=6,
    observership_weeks=4,
    ir_elective_weeks=8,
    us_ir_letters=2,
    us_dr_letters=1,
    us_other_letters=1,
    ir_publications=4,
    ir_abstracts=7,
    research_years=1.5,
    clinically_active=True,
    match_cycles=0,
    prior_interviews=0,
    preferred_regions=["northeast", "midwest", "west"],
)

PARTIAL = ApplicantProfile(
    applicant_type="us_img",
    step2ck_score=251,
    ir_publications=1,
    us_ir_letters=1,
)

EMPTY = ApplicantProfile()

PROFILES: dict[str, ApplicantProfile] = {
    "weak": WEAK,
    "strong": STRONG,
    "partial": PARTIAL,
    "empty": EMPTY,
    **{f"visa_{need.value}": PARTIAL.model_copy(update={"visa_need": need}) for need in VisaNeed},
}


def report(**overrides: Any) -> StrategyReport:
    """A DR-then-Independent-IR report; override any field (extra keys too, e.g. chances)."""
    data: dict[str, Any] = {
        "pathway": "dr_then_independent_ir",
        "integrated_ir": "not_recommended",
        "competitiveness": {"integrated_ir": "low", "dr": "moderate"},
        "applications": {"integrated_ir": 0, "dr": 70, "pgy1": 25},
        "actions": [
            {
                "code": "get_us_ir_letter",
                "priority": 1,
                "why": "You have no letter from a US interventional radiologist.",
                "target": "One US IR letter after a 4-8 week US IR elective",
            },
            {
                "code": "raise_step2ck",
                "priority": 2,
                "why": "Step 2 CK 245 is below the DR matched median of 250.",
                "target": "Step 2 CK in the upper quartile (257+)",
            },
            {
                "code": "build_ir_research",
                "priority": 3,
                "why": "1 IR publication is below the 2-5 strong applicants show.",
                "target": "3-10 IR abstracts and 2-5 IR publications",
            },
            {
                "code": "apply_broadly",
                "priority": 4,
                "why": "IMGs need a long DR list.",
                "target": "Apply to 70 DR programs",
            },
        ],
        "contingency": [
            "No Integrated IR match but DR: you are on the IR path; seek IR mentors early.",
            "No DR match: a prelim year or an IR research fellowship, then reapply.",
            "Two cycles without interviews: weigh other routes.",
        ],
        "reasons": ["Step 2 CK 245 is below the non-US IMG Integrated IR matched median (260)."],
        "sources": [
            "guide:usmle.step2ck",
            "guide:letters",
            "data:charting_outcomes_radiology:ir.non_us_img.matched.step2ck",
        ],
        "missing": ["ir_abstracts", "visa_need"],
    }
    data.update(overrides)
    return StrategyReport.model_validate(data)


REPORTS: dict[str, StrategyReport | None] = {
    "none": None,
    "dr_route": report(),
    "integrated": report(
        pathway="integrated_ir_plus_dr",
        integrated_ir="upside_option",
        competitiveness={"integrated_ir": "moderate", "dr": "high"},
        applications={"integrated_ir": 30, "dr": 60, "pgy1": 20},
    ),
    "strengthen": report(
        pathway="strengthen_then_apply",
        applications={"integrated_ir": 0, "dr": 0, "pgy1": 0},
        actions=[],
        contingency=[],
        reasons=[],
        sources=[],
        missing=[],
    ),
    "recalibrate": report(pathway="recalibrate", chances={"dr": {"summary": "below 10%"}}),
}


def program(number: int, **overrides: Any) -> ProgramFit:
    data: dict[str, Any] = {
        "program_id": f"dr-{number}",
        "name": f"Sample University Diagnostic Radiology Program {number}",
        "institution": "Sample University",
        "city": "Boston",
        "state": "MA",
        "region": "northeast",
        "track": "dr",
        "visa_j1": "yes",
        "visa_h1b": "unknown",
        "tier": "target",
        "score": 0.5,
        "reasons": [f"Reason number {number}: sponsors J-1 and has Independent IR on site"],
        "unknowns": ["visa_h1b"],
        "source_url": "https://example.org/programs",
    }
    data.update(overrides)
    return ProgramFit.model_validate(data)


def assert_phone_sized(messages: list[Message]) -> None:
    assert messages, "an answer is never empty"
    for message in messages:
        assert message.text.strip()
        assert len(message.text) <= MAX_MESSAGE_CHARS, message.text
        for button in message.buttons:
            assert len(button.payload.encode("utf-8")) <= MAX_PAYLOAD_BYTES
            assert button.payload.startswith("/")
            assert button.title.strip()


def opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


profiles = st.builds(
    ApplicantProfile,
    applicant_type=opt(st.sampled_from(ApplicantType)),
    graduation_year=opt(st.integers(1970, 2035)),
    step1=opt(st.sampled_from(Step1Result)),
    step2ck_score=opt(st.integers(1, 300)),
    step2ck_first_attempt=opt(st.booleans()),
    step3=opt(st.sampled_from(Step3Result)),
    visa_need=opt(st.sampled_from(VisaNeed)),
    usce_months=opt(st.floats(0, 600, allow_nan=False)),
    observership_weeks=opt(st.floats(0, 600, allow_nan=False)),
    ir_elective_weeks=opt(st.floats(0, 600, allow_nan=False)),
    us_ir_letters=opt(st.integers(0, 50)),
    us_dr_letters=opt(st.integers(0, 50)),
    us_other_letters=opt(st.integers(0, 50)),
    ir_publications=opt(st.integers(0, 10_000)),
    ir_abstracts=opt(st.integers(0, 10_000)),
    research_years=opt(st.floats(0, 60, allow_nan=False)),
    clinically_active=opt(st.booleans()),
    match_cycles=opt(st.integers(0, 40)),
    prior_interviews=opt(st.integers(0, 500)),
    preferred_regions=opt(st.lists(st.sampled_from(Region), unique=True)),
)
