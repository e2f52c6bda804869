"""Table-driven: profiles across the space, each with the pathway, the Integrated IR stance and
the action codes that must and must not appear (the guide's reasoning, CONTRACT section 4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from bot.profile import ApplicantProfile, parse_profile
from bot.report import ActionCode, StrategyReport
from bot.sources import GUIDE_SECTIONS, SOURCES
from bot.strategy import advise

YEAR = 2026

STRONG_IMG: dict[str, Any] = {
    "applicant_type": "non_us_img",
    "graduation_year": 2025,
    "step1": "pass_first_attempt",
    "step2ck_score": 262,
    "step2ck_first_attempt": True,
    "step3": "not_taken",
    "visa_need": "j1",
    "usce_months": 3,
    "observership_weeks": 0,
    "ir_elective_weeks": 4,
    "us_ir_letters": 1,
    "us_dr_letters": 1,
    "us_other_letters": 1,
    "ir_publications": 3,
    "ir_abstracts": 5,
    "research_years": 0,
    "clinically_active": True,
    "match_cycles": 0,
    "prior_interviews": 0,
    "preferred_regions": ["northeast"],
}
AVERAGE_IMG: dict[str, Any] = {
    **STRONG_IMG,
    "graduation_year": 2023,
    "step2ck_score": 246,
    "usce_months": 2,
    "ir_elective_weeks": 0,
    "us_ir_letters": 0,
    "us_dr_letters": 1,
    "us_other_letters": 1,
    "ir_publications": 1,
    "ir_abstracts": 2,
}
WEAK_IMG: dict[str, Any] = {
    **AVERAGE_IMG,
    "graduation_year": 2022,
    "step1": "pass_after_retake",
    "step2ck_score": 228,
    "usce_months": 0,
    "observership_weeks": 2,
    "us_ir_letters": 0,
    "us_dr_letters": 0,
    "us_other_letters": 0,
    "ir_publications": 0,
    "ir_abstracts": 0,
}
STRONG_US_MD: dict[str, Any] = {
    "applicant_type": "us_md",
    "graduation_year": 2027,
    "step1": "pass_first_attempt",
    "step2ck_score": 262,
    "step2ck_first_attempt": True,
    "visa_need": "none",
    "us_ir_letters": 1,
    "us_dr_letters": 1,
    "us_other_letters": 1,
    "ir_publications": 2,
    "ir_abstracts": 3,
    "match_cycles": 0,
}

A = ActionCode
APPLYING = {A.APPLY_BROADLY, A.APPLY_PGY1}
STRENGTHENING = {A.RESEARCH_POSITION, A.PRELIM_YEAR}


@dataclass
class Case:
    name: str
    profile: dict[str, Any]
    pathway: str
    stance: str
    must: set[ActionCode] = field(default_factory=set)
    must_not: set[ActionCode] = field(default_factory=set)
    dr: str | None = None


CASES = [
    # --- strong IMGs: Integrated IR only as the upside option, DR the main route -------------
    Case(
        "strong_img_j1",
        STRONG_IMG,
        "integrated_ir_plus_dr",
        "upside_option",
        {A.TARGET_VISA_SPONSORS, *APPLYING},
        {A.TAKE_STEP2CK, A.GET_US_IR_LETTER, A.CONSIDER_ALTERNATIVES, *STRENGTHENING},
        dr="high",
    ),
    Case(
        "strong_img_no_visa",
        {**STRONG_IMG, "visa_need": "none"},
        "integrated_ir_plus_dr",
        "upside_option",
        APPLYING,
        {A.TARGET_VISA_SPONSORS, A.TAKE_STEP3},
    ),
    Case(
        "strong_img_h1b_without_step3",
        {**STRONG_IMG, "visa_need": "h1b"},
        "integrated_ir_plus_dr",
        "upside_option",
        {A.TAKE_STEP3, A.TARGET_VISA_SPONSORS, *APPLYING},
        STRENGTHENING,
    ),
    Case(
        "strong_img_h1b_step3_passed",
        {**STRONG_IMG, "visa_need": "h1b", "step3": "passed"},
        "integrated_ir_plus_dr",
        "upside_option",
        {A.TARGET_VISA_SPONSORS},
        {A.TAKE_STEP3},
    ),
    Case(
        "strong_img_visa_undecided",
        {**STRONG_IMG, "visa_need": "undecided"},
        "integrated_ir_plus_dr",
        "upside_option",
        {A.TARGET_VISA_SPONSORS, A.TAKE_STEP3},
    ),
    Case(
        "strong_us_citizen_img",
        {**STRONG_IMG, "applicant_type": "us_img", "visa_need": "none"},
        "integrated_ir_plus_dr",
        "upside_option",
        APPLYING,
        {A.TARGET_VISA_SPONSORS},
    ),
    Case(
        "strong_img_final_year_student",
        {**STRONG_IMG, "graduation_year": 2027, "step2ck_score": 260, "clinically_active": None},
        "integrated_ir_plus_dr",
        "upside_option",
        APPLYING,
        {A.SHOW_CONTINUOUS_ENGAGEMENT, A.EXPLAIN_GAP},
    ),
    # --- one weakness closes Integrated IR but leaves DR open ---------------------------------
    Case(
        "strong_img_older_graduate",
        {**STRONG_IMG, "graduation_year": 2018},
        "dr_then_independent_ir",
        "not_recommended",
        {A.TAKE_STEP3, *APPLYING},
        {A.EXPLAIN_GAP, A.CONSIDER_ALTERNATIVES},
    ),
    Case(
        "strong_img_step1_retake",
        {**STRONG_IMG, "step1": "pass_after_retake"},
        "dr_then_independent_ir",
        "not_recommended",
        APPLYING,
        STRENGTHENING,
    ),
    Case(
        "strong_img_step2_second_attempt",
        {**STRONG_IMG, "step2ck_first_attempt": False},
        "dr_then_independent_ir",
        "not_recommended",
        APPLYING,
        {A.RAISE_STEP2CK},
    ),
    Case(
        "strong_img_without_ir_letter",
        {**STRONG_IMG, "us_ir_letters": 0, "us_dr_letters": 2},
        "dr_then_independent_ir",
        "not_recommended",
        {A.GET_US_IR_LETTER, *APPLYING},
        {A.GET_US_DR_LETTER},
    ),
    Case(
        "strong_img_without_research",
        {**STRONG_IMG, "ir_publications": 0, "ir_abstracts": 0},
        "dr_then_independent_ir",
        "not_recommended",
        {A.BUILD_IR_RESEARCH, *APPLYING},
    ),
    Case(
        "img_step2_just_below_upper_quartile",
        {**STRONG_IMG, "step2ck_score": 255},
        "dr_then_independent_ir",
        "not_recommended",
        APPLYING,
        {A.TAKE_STEP2CK, A.RAISE_STEP2CK},
    ),
    # --- average IMGs: DR then Independent IR --------------------------------------------------
    Case(
        "average_img_j1",
        AVERAGE_IMG,
        "dr_then_independent_ir",
        "not_recommended",
        {A.GET_US_IR_LETTER, A.DO_IR_ELECTIVE, A.BUILD_IR_RESEARCH, A.TARGET_VISA_SPONSORS},
        {A.TAKE_STEP2CK, A.RAISE_STEP2CK, A.CONSIDER_ALTERNATIVES, A.EXPLAIN_GAP},
        dr="moderate",
    ),
    Case(
        "average_img_visa_undecided",
        {**AVERAGE_IMG, "visa_need": "undecided"},
        "dr_then_independent_ir",
        "not_recommended",
        {A.TARGET_VISA_SPONSORS, A.TAKE_STEP3, *APPLYING},
    ),
    Case(
        "average_img_h1b",
        {**AVERAGE_IMG, "visa_need": "h1b"},
        "dr_then_independent_ir",
        "not_recommended",
        {A.TAKE_STEP3, A.TARGET_VISA_SPONSORS, *APPLYING},
    ),
    Case(
        "average_us_citizen_img",
        {**AVERAGE_IMG, "applicant_type": "us_img", "visa_need": "none"},
        "dr_then_independent_ir",
        "not_recommended",
        APPLYING,
        {A.TARGET_VISA_SPONSORS},
    ),
    Case(
        "img_observerships_only",
        {**AVERAGE_IMG, "usce_months": 0, "observership_weeks": 12, "step2ck_score": 250},
        "dr_then_independent_ir",
        "not_recommended",
        {A.GET_US_CLINICAL_EXPERIENCE, *APPLYING},
    ),
    # --- weak IMGs and exam failures: strengthen first or recalibrate ------------------------
    Case(
        "weak_img",
        WEAK_IMG,
        "strengthen_then_apply",
        "not_recommended",
        {*STRENGTHENING, A.GET_US_CLINICAL_EXPERIENCE, A.GET_US_IR_LETTER, A.TAKE_STEP3},
        {A.APPLY_BROADLY, A.TAKE_STEP2CK, A.RAISE_STEP2CK},
        dr="low",
    ),
    Case(
        "img_step2_failed",
        {**AVERAGE_IMG, "step2ck_score": 205, "step2ck_first_attempt": False},
        "strengthen_then_apply",
        "not_recommended",
        {A.RAISE_STEP2CK, A.RESEARCH_POSITION},
        {A.PRELIM_YEAR, A.APPLY_BROADLY, A.APPLY_PGY1, A.TAKE_STEP2CK},
    ),
    Case(
        "img_step1_failed",
        {**AVERAGE_IMG, "step1": "failed", "step2ck_score": None},
        "strengthen_then_apply",
        "not_recommended",
        {A.TAKE_STEP2CK, A.CONSIDER_ALTERNATIVES},
        {*STRENGTHENING, A.APPLY_BROADLY},
    ),
    Case(
        "img_step1_and_step2_failed",
        {**AVERAGE_IMG, "step1": "failed", "step2ck_score": 200},
        "recalibrate",
        "not_recommended",
        {A.CONSIDER_ALTERNATIVES, A.RAISE_STEP2CK},
        {*APPLYING, *STRENGTHENING},
    ),
    # --- repeated cycles ------------------------------------------------------------------------
    Case(
        "two_cycles_without_interviews",
        {**AVERAGE_IMG, "match_cycles": 2, "prior_interviews": 0},
        "recalibrate",
        "not_recommended",
        {A.CONSIDER_ALTERNATIVES},
        {*APPLYING, *STRENGTHENING},
    ),
    Case(
        "strong_img_three_cycles_without_interviews",
        {**STRONG_IMG, "match_cycles": 3, "prior_interviews": 0},
        "recalibrate",
        "not_recommended",
        {A.CONSIDER_ALTERNATIVES},
        APPLYING,
    ),
    Case(
        "one_cycle_without_interviews",
        {**AVERAGE_IMG, "match_cycles": 1, "prior_interviews": 0},
        "strengthen_then_apply",
        "not_recommended",
        {*STRENGTHENING, A.APPLY_PGY1},
        {A.APPLY_BROADLY, A.CONSIDER_ALTERNATIVES},
    ),
    Case(
        # Twice unmatched after interviews: not the same application again (issue 11, item 4);
        # two unmatched cycles weigh -3, so an average 246 is not ready to reapply as is.
        "two_cycles_with_interviews",
        {**AVERAGE_IMG, "match_cycles": 2, "prior_interviews": 3},
        "strengthen_then_apply",
        "not_recommended",
        {A.CONSIDER_ALTERNATIVES, *STRENGTHENING},
        {A.APPLY_BROADLY},
        "low",
    ),
    Case(
        # Once unmatched after interviews: apply again, but the first step names what changes.
        "one_cycle_with_interviews",
        {**AVERAGE_IMG, "match_cycles": 1, "prior_interviews": 2},
        "dr_then_independent_ir",
        "not_recommended",
        {A.APPLY_BROADLY, A.APPLY_PGY1},
        STRENGTHENING,
    ),
    # --- older graduates and gaps ---------------------------------------------------------------
    Case(
        "older_graduate_inactive",
        {
            **AVERAGE_IMG,
            "graduation_year": 2012,
            "clinically_active": False,
            "step2ck_score": 240,
            "usce_months": 1,
        },
        "strengthen_then_apply",
        "not_recommended",
        {A.SHOW_CONTINUOUS_ENGAGEMENT, A.EXPLAIN_GAP, A.RESEARCH_POSITION, A.TAKE_STEP3},
        APPLYING - {A.APPLY_PGY1},
    ),
    Case(
        "long_ago_graduate_active_strong",
        {
            **STRONG_IMG,
            "graduation_year": 2016,
            "step2ck_score": 250,
            "usce_months": 6,
            "ir_publications": 2,
        },
        "dr_then_independent_ir",
        "not_recommended",
        {A.EXPLAIN_GAP, A.TAKE_STEP3, *APPLYING},
        {A.SHOW_CONTINUOUS_ENGAGEMENT},
    ),
    Case(
        "recent_graduate_not_working",
        {**AVERAGE_IMG, "clinically_active": False},
        "dr_then_independent_ir",
        "not_recommended",
        {A.SHOW_CONTINUOUS_ENGAGEMENT, A.EXPLAIN_GAP, *APPLYING},
    ),
    # --- US graduates: the contrast case -------------------------------------------------------
    Case(
        "strong_us_md",
        STRONG_US_MD,
        "integrated_ir_plus_dr",
        "recommended",
        APPLYING,
        {A.TARGET_VISA_SPONSORS, A.GET_US_CLINICAL_EXPERIENCE, A.TAKE_STEP3, *STRENGTHENING},
        dr="high",
    ),
    Case(
        "strong_us_do",
        {**STRONG_US_MD, "applicant_type": "us_do"},
        "integrated_ir_plus_dr",
        "recommended",
        APPLYING,
        {A.TARGET_VISA_SPONSORS},
    ),
    Case(
        "us_md_mid_step2",
        {**STRONG_US_MD, "step2ck_score": 248, "us_ir_letters": 0, "ir_publications": 0},
        "integrated_ir_plus_dr",
        "upside_option",
        {A.GET_US_IR_LETTER, *APPLYING},
    ),
    Case(
        "us_md_low_step2",
        {**STRONG_US_MD, "step2ck_score": 236},
        "dr_then_independent_ir",
        "not_recommended",
        APPLYING,
        {A.TARGET_VISA_SPONSORS, A.GET_US_CLINICAL_EXPERIENCE},
    ),
    Case(
        "us_do_retake_and_low_step2",
        {
            **STRONG_US_MD,
            "applicant_type": "us_do",
            "step1": "pass_after_retake",
            "step2ck_score": 222,
            "us_ir_letters": 0,
            "us_dr_letters": 0,
            "us_other_letters": 0,
        },
        "strengthen_then_apply",
        "not_recommended",
        STRENGTHENING,
        {A.APPLY_BROADLY, A.TARGET_VISA_SPONSORS},
    ),
    # --- empty and partial profiles -------------------------------------------------------------
    Case(
        "empty_profile",
        {},
        "dr_then_independent_ir",
        "not_recommended",
        {A.TAKE_STEP2CK, A.TARGET_VISA_SPONSORS, A.GET_US_IR_LETTER, *APPLYING},
        {A.RAISE_STEP2CK, A.CONSIDER_ALTERNATIVES, *STRENGTHENING},
    ),
    Case(
        "only_a_high_step2",
        {"step2ck_score": 265},
        "dr_then_independent_ir",
        "not_recommended",
        {A.GET_US_IR_LETTER, *APPLYING},
        {A.TAKE_STEP2CK},
    ),
    Case(
        "only_us_md",
        {"applicant_type": "us_md"},
        "dr_then_independent_ir",
        "not_recommended",
        {A.TAKE_STEP2CK, *APPLYING},
        {A.TARGET_VISA_SPONSORS, A.GET_US_CLINICAL_EXPERIENCE},
    ),
    Case(
        "only_type_and_visa",
        {"applicant_type": "non_us_img", "visa_need": "j1"},
        "dr_then_independent_ir",
        "not_recommended",
        {A.TAKE_STEP2CK, A.TARGET_VISA_SPONSORS},
    ),
    Case(
        "research_fellow_with_low_step2",
        {
            **AVERAGE_IMG,
            "step2ck_score": 236,
            "research_years": 2,
            "ir_publications": 6,
            "ir_abstracts": 8,
            "us_ir_letters": 1,
        },
        "dr_then_independent_ir",
        "not_recommended",
        {A.TAKE_STEP3, *APPLYING},
        {A.BUILD_IR_RESEARCH, A.RESEARCH_POSITION},
    ),
]


def _report(profile: dict[str, Any]) -> StrategyReport:
    return advise(parse_profile(profile), current_year=YEAR)


def test_the_table_covers_the_space() -> None:
    assert len(CASES) >= 30
    assert len({case.name for case in CASES}) == len(CASES)
    pathways = {case.pathway for case in CASES}
    stances = {case.stance for case in CASES}
    assert pathways == {
        "integrated_ir_plus_dr",
        "dr_then_independent_ir",
        "strengthen_then_apply",
        "recalibrate",
    }
    assert stances == {"recommended", "upside_option", "not_recommended"}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_profile_gets_the_guides_advice(case: Case) -> None:
    report = _report(case.profile)
    codes = {action.code for action in report.actions}
    assert report.pathway.value == case.pathway, report.reasons
    assert report.integrated_ir.value == case.stance, report.reasons
    assert case.must <= codes, f"missing {case.must - codes}; got {sorted(codes)}"
    assert not (case.must_not & codes), f"unexpected {case.must_not & codes}"
    if case.dr is not None:
        assert report.competitiveness.dr.value == case.dr
    # Shape shared by every report.
    assert [action.priority for action in report.actions] == list(range(1, len(report.actions) + 1))
    assert len(codes) == len(report.actions)
    assert all(action.target and action.why for action in report.actions)
    assert report.reasons and report.contingency
    assert set(report.sources) <= set(SOURCES)
    assert any(source in GUIDE_SECTIONS for source in report.sources)
    known = ApplicantProfile.model_validate(case.profile).known_fields()
    assert not (set(report.missing) & known)


def test_every_action_code_is_reachable() -> None:
    seen = {action.code for case in CASES for action in _report(case.profile).actions}
    assert seen == set(ActionCode)


def test_applications_follow_the_pathway() -> None:
    strong = _report(STRONG_IMG).applications
    assert strong.integrated_ir > 0 and strong.dr >= 60 and strong.pgy1 > 0
    average = _report(AVERAGE_IMG).applications
    assert average.integrated_ir == 0 and 60 <= average.dr <= 120 and average.pgy1 > 0
    weak = _report(WEAK_IMG).applications
    assert weak.integrated_ir == 0 and weak.dr == 0 and weak.pgy1 > 0  # prelim-year on-ramp
    recalibrate = _report({**AVERAGE_IMG, "match_cycles": 2, "prior_interviews": 0})
    assert recalibrate.applications.model_dump() == {"integrated_ir": 0, "dr": 0, "pgy1": 0}
    us = _report(STRONG_US_MD).applications
    assert us.dr < strong.dr and us.integrated_ir > strong.integrated_ir


def test_visa_need_adds_applications() -> None:
    no_visa = _report({**AVERAGE_IMG, "visa_need": "none"}).applications.dr
    j1 = _report(AVERAGE_IMG).applications.dr
    assert j1 > no_visa


def test_contingency_covers_each_outcome() -> None:
    plans = " ".join(_report(STRONG_IMG).contingency)
    assert "No Integrated IR match" in plans
    assert "Neither matched" in plans
    assert "Repeated cycles" in plans
    assert "7-year" in plans  # J-1 arithmetic
    dr_only = " ".join(_report(AVERAGE_IMG).contingency)
    assert "No DR match" in dr_only and "Repeated cycles" in dr_only
    recal = " ".join(_report({**AVERAGE_IMG, "match_cycles": 2, "prior_interviews": 0}).contingency)
    assert "vascular medicine" in recal


def test_missing_lists_what_limits_the_advice_most() -> None:
    assert _report({}).missing[:3] == ["applicant_type", "step2ck_score", "step1"]
    after_a_cycle = _report({**AVERAGE_IMG, "match_cycles": 1, "prior_interviews": None})
    assert after_a_cycle.missing[0] == "prior_interviews"
    assert "visa_need" not in _report({"applicant_type": "us_md"}).missing
    assert _report(STRONG_IMG).missing == []


def test_targets_are_concrete() -> None:
    targets = {a.code: a.target for a in _report({}).actions}
    assert "257" in targets[ActionCode.TAKE_STEP2CK]
    assert "4-8 week" in _report(AVERAGE_IMG).actions[1].target or any(
        "4-8 week" in a.target for a in _report(AVERAGE_IMG).actions
    )
    research = next(a for a in _report(AVERAGE_IMG).actions if a.code is A.BUILD_IR_RESEARCH)
    assert "3-10" in research.target and "2-5" in research.target
    broadly = next(a for a in _report(AVERAGE_IMG).actions if a.code is A.APPLY_BROADLY)
    assert str(_report(AVERAGE_IMG).applications.dr) in broadly.target


def test_reasons_name_thresholds_sources_and_assumptions() -> None:
    report = _report(AVERAGE_IMG)
    text = " ".join(report.reasons)
    assert "246" in text and "243" in text  # the score against the DR lower quartile
    assert "Assumption:" in text
    assert "data:charting_outcomes_radiology:dr.non_us_img.matched.step2ck" in report.sources
    assert "not legal advice" in text
    assert "two-year home-country" in text  # J-1 rule (ECFMG)
    assert "data:visa_img_pd_facts:j1.home_residence" in report.sources
    do_text = " ".join(_report({**STRONG_US_MD, "applicant_type": "us_do"}).reasons)
    assert "US DO graduates are judged by the US MD figures" in do_text


def test_current_year_decides_who_is_an_older_graduate() -> None:
    profile = {**STRONG_IMG, "graduation_year": 2023}
    assert _report(profile).pathway.value == "integrated_ir_plus_dr"
    later = advise(parse_profile(profile), current_year=2030)
    assert later.pathway.value == "dr_then_independent_ir"
    assert any(a.code is A.TAKE_STEP3 for a in later.actions)


def test_guide_advice_without_an_action_code_is_in_the_reasons() -> None:
    applying = " ".join(_report(AVERAGE_IMG).reasons)
    assert "IR or nothing" in applying  # DR framing in the personal statement
    assert "what if you do not match IR?" in applying  # interview plan B
    assert "signal" in applying  # program signals, with the survey's interview rates
    assert "data:application_logistics_radiology:signals.interview_rate_2024" in (
        _report(AVERAGE_IMG).sources
    )
    observer = {**AVERAGE_IMG, "usce_months": 0, "observership_weeks": 6}
    assert "Observerships (6 weeks)" in " ".join(_report(observer).reasons)
    student = {**STRONG_IMG, "graduation_year": 2027}
    assert "finishing on time" in " ".join(_report(student).reasons)
    assert "guide:personal_statement" in _report(AVERAGE_IMG).sources
    not_applying = " ".join(_report(WEAK_IMG).reasons)
    assert "IR or nothing" not in not_applying


def test_a_us_graduate_who_needs_a_visa_gets_the_visa_advice() -> None:
    report = _report({**STRONG_US_MD, "visa_need": "h1b"})
    codes = {action.code for action in report.actions}
    assert {A.TARGET_VISA_SPONSORS, A.TAKE_STEP3} <= codes
    assert report.applications.dr > _report(STRONG_US_MD).applications.dr


@pytest.mark.parametrize(
    ("visa", "says_sponsoring"),
    [("j1", True), ("undecided", True), ("none", False)],
)
def test_the_pgy1_step_names_visa_sponsorship_only_for_who_needs_it(
    visa: str, says_sponsoring: bool
) -> None:
    # A US citizen from a Caribbean school was told to look for programs "sponsoring your visa".
    applicant_type = "us_img" if visa == "none" else "non_us_img"
    profile = {**AVERAGE_IMG, "match_cycles": 1, "prior_interviews": 0, "visa_need": visa}
    profile["applicant_type"] = applicant_type
    report = advise(parse_profile(profile))
    [step] = [a for a in report.actions if a.code is ActionCode.APPLY_PGY1]
    assert ("sponsoring your visa" in step.target) is says_sponsoring
