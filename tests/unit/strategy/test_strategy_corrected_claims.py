"""Issue 11: each corrected claim, one row per claim. Every row fails on the old engine's text
or decision (noted per row), so a regression to the old wording shows here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from bot.profile import parse_profile
from bot.report import ActionCode, Level, Pathway, StrategyReport
from bot.strategy import advise

YEAR = 2026
A = ActionCode

IMG: dict[str, Any] = {
    "applicant_type": "non_us_img",
    "graduation_year": 2024,
    "step1": "pass_first_attempt",
    "step2ck_score": 247,
    "step2ck_first_attempt": True,
    "step3": "not_taken",
    "visa_need": "j1",
    "usce_months": 3,
    "ir_elective_weeks": 4,
    "us_ir_letters": 1,
    "us_dr_letters": 1,
    "us_other_letters": 1,
    "ir_publications": 1,
    "ir_abstracts": 2,
    "research_years": 0,
    "clinically_active": True,
    "match_cycles": 0,
    "prior_interviews": 0,
}


def _report(**changes: Any) -> StrategyReport:
    return advise(parse_profile({**IMG, **changes}), current_year=YEAR)


def _text(report: StrategyReport) -> str:
    parts = [*report.reasons, *report.contingency]
    parts += [f"{action.why} {action.target}" for action in report.actions]
    return " ".join(parts)


@dataclass(frozen=True)
class Claim:
    name: str
    profile: dict[str, Any]
    holds: Callable[[StrategyReport], bool]


CLAIMS = [
    # Item 3: two unmatched cycles weigh against; old engine scored this "high".
    Claim(
        "twice_unmatched_247_is_not_high",
        {"match_cycles": 2, "prior_interviews": 2, "usce_months": 6, "ir_publications": 2},
        lambda r: r.competitiveness.dr is not Level.HIGH,
    ),
    # Item 3: basics (radiology letter, three letters, no visa need) earn no points.
    Claim(
        "basics_earn_nothing",
        {"visa_need": "none"},
        lambda r: (
            not any("every program is open" in reason for reason in r.reasons)
            and not any(reason.startswith("Three or more US letters") for reason in r.reasons)
        ),
    ),
    # Item 3: Step 1 not taken is never "apply now" without a word on Step 1.
    Claim(
        "step1_not_taken_is_not_apply_now",
        {"step1": "not_taken"},
        lambda r: (
            r.pathway is Pathway.STRENGTHEN_THEN_APPLY
            and any("Step 1 is not taken" in reason for reason in r.reasons)
        ),
    ),
    # Item 3: a student without Step 1 applies in their season, with a word on Step 1 first.
    Claim(
        "student_step1_not_taken_gets_a_word_on_step1",
        {"step1": "not_taken", "graduation_year": 2028},
        lambda r: (
            r.pathway is not Pathway.STRENGTHEN_THEN_APPLY
            and any(reason.startswith("Step 1 comes first") for reason in r.reasons)
        ),
    ),
    # Item 8: H-1B with a failed Step 3 is a persistent visa barrier, first in the plan.
    Claim(
        "h1b_failed_step3_recalibrates",
        {"visa_need": "h1b", "step3": "failed"},
        lambda r: r.pathway is Pathway.RECALIBRATE and r.actions[0].code is A.TAKE_STEP3,
    ),
    # Item 8: a recalibrate report has no application to-dos ("apply to H-1B sponsors").
    Claim(
        "recalibrate_lists_no_application_todos",
        {"visa_need": "h1b", "step3": "failed", "match_cycles": 2, "prior_interviews": 0},
        lambda r: (
            len(r.actions) <= 4
            and not {A.TARGET_VISA_SPONSORS, A.APPLY_BROADLY, A.APPLY_PGY1}
            & {action.code for action in r.actions}
        ),
    ),
    # Item 8: research already done, hands-on US work missing: the preliminary year leads.
    Claim(
        "prelim_year_leads_after_research_years",
        {
            "research_years": 2,
            "ir_publications": 5,
            "usce_months": 0,
            "match_cycles": 1,
            "prior_interviews": 0,
        },
        lambda r: (
            r.pathway is Pathway.STRENGTHEN_THEN_APPLY
            and r.actions[0].code is A.PRELIM_YEAR
            and A.RESEARCH_POSITION not in {action.code for action in r.actions}
        ),
    ),
    # Item 4: interviewed but unmatched: the plan names what changes.
    Claim(
        "interviewed_unmatched_names_the_change",
        {"match_cycles": 1, "prior_interviews": 3},
        lambda r: (
            "I'll just try again" in _text(r)
            and "new US letters" in _text(r)
            and any("feedback" in item for item in r.contingency)
        ),
    ),
    # Item 6: one Step 3 timing, tied to when programs screen applications.
    Claim(
        "step3_timing_for_h1b",
        {"visa_need": "h1b"},
        lambda r: (
            "before programs screen applications" in _text(r)
            and "before rank lists are due" not in _text(r)
            and "when ERAS opens" not in _text(r)  # MyERAS opens in June, not September
        ),
    ),
    # Item 9: no "add Step 3" to someone who passed it.
    Claim(
        "no_step3_suggestion_when_passed",
        {"step3": "passed", "match_cycles": 2, "prior_interviews": 0},
        lambda r: "Step 3" not in " ".join(r.contingency),
    ),
    # Item 9: no Step 3 to-do while Step 1 is not passed (Step 1 comes first).
    Claim(
        "no_step3_before_step1",
        {"step1": "failed", "step2ck_score": 232, "graduation_year": 2019},
        lambda r: (
            A.TAKE_STEP3 not in {action.code for action in r.actions} and "Step 1" in r.reasons[0]
        ),
    ),
    # Item 9: the J-1 arithmetic mentions ESIR, which shortens Independent IR to one year.
    Claim(
        "j1_note_mentions_esir",
        {},
        lambda r: any("7-year" in item and "ESIR" in item for item in r.contingency),
    ),
    # Item 9: a preliminary year on a J-1 is not "an extra year leaving no room for IR".
    Claim(
        "j1_note_agrees_with_a_preliminary_year",
        {"research_years": 2, "ir_publications": 5, "usce_months": 0, "match_cycles": 1},
        lambda r: (
            A.PRELIM_YEAR in {action.code for action in r.actions}
            and any("preliminary year can be that PGY-1" in item for item in r.contingency)
        ),
    ),
    # Item 5: no "every program is open to you" for applicants without a visa need.
    Claim(
        "no_visa_overclaim",
        {"visa_need": "none"},
        lambda r: "every program is open" not in _text(r).lower(),
    ),
    # "What the guide offers that the bot never says": each for the profiles where it matters.
    Claim(
        "guide_ir_recruits_own_dr_residents",
        {},
        lambda r: any("their own DR residents" in reason for reason in r.reasons),
    ),
    Claim(
        "guide_school_and_grading_unknown",
        {},
        lambda r: any("may not know your school" in reason for reason in r.reasons),
    ),
    Claim(
        "guide_kinds_of_research",
        {"ir_publications": 0, "ir_abstracts": 0},
        lambda r: any("case reports and reviews" in reason for reason in r.reasons),
    ),
    Claim(
        "guide_why_us_training",
        {},
        lambda r: any("why US training" in reason for reason in r.reasons),
    ),
    Claim(
        "guide_personal_or_financial_limits",
        {},
        lambda r: any("personal or financial" in item for item in r.contingency),
    ),
    # A research to-do never asks for what the applicant already has (5 publications).
    Claim(
        "research_target_names_what_is_met",
        {"ir_publications": 5, "ir_abstracts": 0, "research_years": 2},
        lambda r: any(
            "your 5 IR publications already meet" in a.target
            and "and 2-5 IR publications" not in a.target
            for a in r.actions
            if a.code is A.BUILD_IR_RESEARCH
        ),
    ),
    Claim(
        "guide_picking_integrated_programs",
        {"step2ck_score": 262, "ir_publications": 3, "ir_abstracts": 5, "graduation_year": 2025},
        lambda r: (
            r.applications.integrated_ir > 0
            and any("matched IMGs before" in reason for reason in r.reasons)
        ),
    ),
]


@pytest.mark.parametrize("claim", CLAIMS, ids=[claim.name for claim in CLAIMS])
def test_corrected_claim(claim: Claim) -> None:
    report = _report(**claim.profile)
    assert claim.holds(report), (report.pathway, report.actions, report.reasons)
