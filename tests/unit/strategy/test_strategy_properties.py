"""Property tests: every valid profile yields a valid report, and improving one fact never
makes the pathway less ambitious."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.profile import (
    ALL_FIELDS,
    ApplicantProfile,
    ApplicantType,
    CycleStage,
    Region,
    Step1Result,
    Step3Result,
    VisaNeed,
)
from bot.report import Pathway, StrategyReport
from bot.sources import SOURCES
from bot.strategy import advise
from bot.strategy.consistency import inconsistencies

YEAR = 2026
CONTRACT_KEYS = {
    "pathway",
    "integrated_ir",
    "competitiveness",
    "applications",
    "actions",
    "contingency",
    "reasons",
    "sources",
    "missing",
}
AMBITION = {
    Pathway.RECALIBRATE: 0,
    Pathway.STRENGTHEN_THEN_APPLY: 1,
    Pathway.DR_THEN_INDEPENDENT_IR: 2,
    Pathway.INTEGRATED_IR_PLUS_DR: 3,
}


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


# Small counts are where thresholds sit (1 letter, 2 publications, 3 abstracts): weight them.
counts = st.integers(min_value=0, max_value=3) | st.integers(min_value=0, max_value=30)
amounts = st.floats(min_value=0, max_value=60, allow_nan=False, allow_infinity=False)

profiles = st.builds(
    ApplicantProfile,
    applicant_type=_optional(st.sampled_from(ApplicantType)),
    graduation_year=_optional(st.integers(min_value=1970, max_value=2035)),
    step1=_optional(st.sampled_from(Step1Result)),
    step2ck_score=_optional(st.integers(min_value=1, max_value=300)),
    step2ck_first_attempt=_optional(st.booleans()),
    step3=_optional(st.sampled_from(Step3Result)),
    visa_need=_optional(st.sampled_from(VisaNeed)),
    usce_months=_optional(amounts),
    observership_weeks=_optional(amounts),
    ir_elective_weeks=_optional(amounts),
    us_ir_letters=_optional(counts),
    us_dr_letters=_optional(counts),
    us_other_letters=_optional(counts),
    ir_publications=_optional(counts),
    ir_abstracts=_optional(counts),
    research_years=_optional(amounts),
    clinically_active=_optional(st.booleans()),
    match_cycles=_optional(st.integers(min_value=0, max_value=10)),
    prior_interviews=_optional(counts),
    preferred_regions=_optional(st.lists(st.sampled_from(Region), unique=True)),
)
staged_profiles = st.builds(
    lambda profile, stage: profile.model_copy(update={"cycle_stage": stage}),
    profiles,
    _optional(st.sampled_from(CycleStage)),
)
years = st.integers(min_value=2020, max_value=2035)
days = st.dates(min_value=date(2024, 1, 1), max_value=date(2031, 12, 31))


@settings(max_examples=250, deadline=None)
@given(profile=profiles, year=years)
def test_any_valid_profile_yields_a_valid_report(profile: ApplicantProfile, year: int) -> None:
    report = advise(profile, current_year=year)
    as_json = report.model_dump_json()
    again = StrategyReport.model_validate_json(as_json)
    assert again == report
    data = json.loads(as_json)
    assert set(data) >= CONTRACT_KEYS
    assert set(data) - CONTRACT_KEYS <= {"chances", "cycle"}
    StrategyReport.model_validate(report.model_dump())  # the python round trip too
    assert [a.priority for a in report.actions] == list(range(1, len(report.actions) + 1))
    assert len({a.code for a in report.actions}) == len(report.actions)
    assert report.reasons and report.contingency and report.sources
    assert set(report.sources) <= set(SOURCES)
    assert set(report.missing) <= set(ALL_FIELDS)
    assert all(getattr(profile, name) is None for name in report.missing)
    assert len(set(report.missing)) == len(report.missing)
    if report.pathway in (Pathway.STRENGTHEN_THEN_APPLY, Pathway.RECALIBRATE):
        assert report.applications.dr == 0 and report.applications.integrated_ir == 0
    else:
        assert report.applications.dr > 0 and report.applications.pgy1 > 0
    assert (report.applications.integrated_ir > 0) == (
        report.pathway is Pathway.INTEGRATED_IR_PLUS_DR
    )
    chances = data["chances"]
    for track in ("dr", "integrated_ir"):
        estimate = chances[track]
        assert "not designed to predict" in estimate["caveat"]
        if estimate["estimate_percent"] is not None:
            low, high = estimate["estimate_percent"]["low"], estimate["estimate_percent"]["high"]
            assert 0 <= low < high <= 100  # a range, never a single certain number
            assert estimate["sample"]["matched"] > 0 and estimate["sources"]
    assert inconsistencies(report, profile) == []


@settings(max_examples=400, deadline=None)
@given(profile=staged_profiles, today=days)
def test_no_two_parts_of_a_report_disagree(profile: ApplicantProfile, today: date) -> None:
    """Issue 11, item 9: any profile, any stage, any day of the year: one consistent report."""
    report = advise(profile, today=today)
    assert inconsistencies(report, profile) == [], report.model_dump(mode="json")
    cycle = report.model_extra["cycle"] if report.model_extra else {}
    if cycle["applications_out"]:
        apps = report.applications
        assert apps.dr == apps.integrated_ir == apps.pgy1 == 0
    under_way = cycle["season_under_way"]
    assert under_way is None or cycle["plan_season"] > under_way


def _ambition(profile: ApplicantProfile) -> int:
    return AMBITION[advise(profile, current_year=YEAR).pathway]


@settings(max_examples=150, deadline=None)
@given(profile=profiles, gain=st.integers(min_value=1, max_value=60))
def test_higher_step2_never_lowers_the_pathway(profile: ApplicantProfile, gain: int) -> None:
    score = profile.step2ck_score
    if score is None or score == 300:
        score = 240
        profile = profile.model_copy(update={"step2ck_score": score})
    better = profile.model_copy(update={"step2ck_score": min(300, score + gain)})
    assert _ambition(better) >= _ambition(profile)


@settings(max_examples=150, deadline=None)
@given(profile=profiles)
def test_one_more_us_ir_letter_never_lowers_the_pathway(profile: ApplicantProfile) -> None:
    better = profile.model_copy(update={"us_ir_letters": (profile.us_ir_letters or 0) + 1})
    assert _ambition(better) >= _ambition(profile)


@settings(max_examples=150, deadline=None)
@given(profile=profiles)
def test_one_more_publication_never_lowers_the_pathway(profile: ApplicantProfile) -> None:
    better = profile.model_copy(update={"ir_publications": (profile.ir_publications or 0) + 1})
    assert _ambition(better) >= _ambition(profile)


@settings(max_examples=60, deadline=None)
@given(profile=profiles)
def test_advice_is_deterministic_for_a_given_year(profile: ApplicantProfile) -> None:
    first = advise(profile, current_year=YEAR).model_dump()
    assert advise(profile, current_year=YEAR).model_dump() == first
