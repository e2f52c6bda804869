"""The issue 10 topics: each answered from the guide and the calendar rows, for this profile,
with gaps said as not found and each fact's source named."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from answers_samples import CURRENT_YEAR, EMPTY, PARTIAL, STRONG, WEAK, report

from bot.answers import faq_answer
from bot.answers.asked_counts import programs_priced
from bot.answers.faq.costs import FeeTiers, fee_tiers
from bot.answers.faq.timeline import match_year
from bot.profile import ApplicantProfile, Step3Result, VisaNeed
from bot.strategy.rules import STEP3_TIMING_H1B

DECEMBER = date(2026, 12, 2)


def texts(intent: str, profile: ApplicantProfile, *, today: date = DECEMBER, **kw: Any) -> str:
    chosen = None if kw.pop("no_report", False) else report(**kw)
    messages = faq_answer(intent, profile, chosen, current_year=CURRENT_YEAR, today=today)
    return "\n".join(m.text for m in messages)


# ---- ask_timeline


@pytest.mark.parametrize(
    ("today", "year"),
    [(date(2026, 5, 31), 2026), (date(2026, 6, 1), 2027), (date(2026, 12, 2), 2027)],
)
def test_the_season_under_way_opens_in_june(today: date, year: int) -> None:
    assert match_year(today) == year


def test_timeline_gives_the_official_pattern_with_soap_week() -> None:
    text = texts("ask_timeline", EMPTY)
    assert "MyERAS opened June 4, 2025" in text
    assert "applications from September 3, 2025" in text
    assert "SOAP for unmatched applicants Monday-Thursday (March 16-19, 2026)" in text
    assert "AAMC (primary)" in text and "NRMP (primary)" in text


def test_timeline_in_december_says_the_season_is_under_way_and_what_is_not_found() -> None:
    text = texts("ask_timeline", EMPTY)
    assert "This season (2027 Match" in text and "secondary sources only" in text
    assert "Match Day 2027: not found in our sources" in text
    assert "Now (December 2026): interview season" in text
    assert "NOT FOUND" not in text  # said in words, not as the data's marker


def test_timeline_past_the_data_says_so() -> None:
    text = texts("ask_timeline", EMPTY, today=date(2028, 7, 1))
    assert "Our sources have dates up to the 2027 Match" in text
    assert "for the 2029 Match" in text


def test_timeline_step2_must_be_back_and_ecfmg_deadline_for_imgs() -> None:
    text = texts("ask_timeline", WEAK)
    assert "score must be back before programs review applications in late September" in text
    assert "allow at least 8 weeks" in text and "sit it by early July" in text
    assert "withdrawn from the Match" in text
    assert STEP3_TIMING_H1B in text  # WEAK needs H-1B without Step 3
    us_md = EMPTY.model_copy(update={"applicant_type": "us_md"})
    assert "ECFMG must verify" not in texts("ask_timeline", us_md)
    assert "Your Step 2 CK score (262) is back" in texts("ask_timeline", STRONG)


def test_exam_timing_states_step3_once() -> None:
    h1b = PARTIAL.model_copy(update={"visa_need": VisaNeed.H1B, "step3": Step3Result.NOT_TAKEN})
    assert texts("ask_exam_timing", h1b).count("pass Step 3 before programs screen") == 1
    assert "useful but not required" in texts("ask_exam_timing", STRONG.model_copy(
        update={"step3": None, "visa_need": VisaNeed.J1, "graduation_year": 2025}
    ))  # fmt: skip


# ---- ask_signals


def test_signals_counts_sources_and_the_unverified_season() -> None:
    text = texts("ask_signals", EMPTY)
    assert "6 gold + 6 silver, one pool for Diagnostic Radiology and Interventional" in text
    assert "ERAS 2026: not found in our sources" in text
    assert "unverified" in text and "check AAMC" in text
    assert "60% of programs they signalled vs 9%" in text


def test_signals_follow_the_plan_and_visa() -> None:
    no_ir = texts("ask_signals", WEAK, applications={"integrated_ir": 0, "dr": 90, "pgy1": 35})
    assert "every signal goes to DR" in no_ir and "sponsor H-1B (few do)" in no_ir
    apps = {"integrated_ir": 10, "dr": 70, "pgy1": 30}
    both = texts("ask_signals", STRONG, pathway="integrated_ir_plus_dr", applications=apps)
    assert "DR is your main route, so most signals belong there" in both
    assert "sponsor J-1" in both


# ---- ask_costs


def test_fee_tiers_come_from_the_row() -> None:
    assert fee_tiers() == FeeTiers(low=11, limit=30, high=30)
    assert FeeTiers(11, 30, 30).cost(0) == 0
    assert FeeTiers(11, 30, 30).cost(30) == 330
    assert FeeTiers(11, 30, 30).cost(31) == 360


def test_costs_budget_the_reports_counts() -> None:
    text = texts("ask_costs", WEAK, applications={"integrated_ir": 5, "dr": 60, "pgy1": 25})
    assert "Integrated IR 5: $55; DR 60: $1,230; PGY-1 25: $275; in all $1,560." in text
    assert "Add about $245 for the ECFMG token and USMLE transcript" in text
    assert "Not counted" in text


def test_costs_name_the_season_the_plan_is_for() -> None:
    apps = {"integrated_ir": 0, "dr": 60, "pgy1": 0}
    text = texts("ask_costs", WEAK, applications=apps, cycle={"plan_season": 2027})
    assert "ERAS fees for your recommended list (applications in September 2027)" in text
    assert "(applications in September" not in texts("ask_costs", WEAK, applications=apps)


def test_costs_without_report_or_applications() -> None:
    assert "I need a few facts first" in texts("ask_costs", EMPTY, no_report=True)
    none = texts("ask_costs", WEAK, applications={"integrated_ir": 0, "dr": 0, "pgy1": 0})
    assert "no applications this cycle" in none


@pytest.mark.parametrize("brief", [False, True])
def test_costs_when_this_seasons_applications_are_already_out(brief: bool) -> None:
    chosen = report(
        applications={"integrated_ir": 0, "dr": 0, "pgy1": 0},
        cycle={"applications_out": True, "plan_season": 2027},
    )
    messages = faq_answer(
        "ask_costs", WEAK, chosen, current_year=CURRENT_YEAR, today=DECEMBER, brief=brief
    )
    text = "\n".join(m.text for m in messages)
    assert "already in, so there are no new ERAS fees" in text
    assert "$0" not in text and "no applications this cycle" not in text


def test_the_pathways_why_is_its_reason_not_the_calendar() -> None:
    calendar = "This season's applications went to programs in September, so it is too late."
    chosen = report(
        reasons=[calendar, "Integrated IR is not worth applications yet: IR research is thin."],
        cycle={"advice": [calendar], "plan_season": 2027},
    )
    text = texts_for("ask_pathway", chosen)
    assert "Why: Integrated IR is not worth applications yet" in text
    assert "Why: This season's" not in text
    assert calendar in text  # said as where the season stands, not as a reason


def test_the_pathway_says_where_an_interviewing_applicant_stands() -> None:
    interviews = "Your applications for this season are in: the work now is interviews."
    chosen = report(
        applications={"integrated_ir": 0, "dr": 0, "pgy1": 0},
        cycle={"advice": [interviews], "applications_out": True, "stage": "interviewing"},
    )
    text = texts_for("ask_pathway", chosen)
    assert interviews in text and "Why: Your applications" not in text


def texts_for(intent: str, chosen: Any) -> str:
    messages = faq_answer(intent, WEAK, chosen, current_year=CURRENT_YEAR, today=DECEMBER)
    return "\n".join(m.text for m in messages)


# ---- ask_prelim and ask_esir


def test_prelim_explains_advanced_dr_and_supplemental_lists() -> None:
    text = texts("ask_prelim", EMPTY)
    assert "Most DR positions are advanced (PGY-2)" in text
    assert "12% to 14% since 2007" in text
    assert "supplemental rank list" in text and "SOAP or later" in text
    assert "Our sources don't compare them" in text


def test_prelim_for_a_j1_applicant_counts_the_years() -> None:
    text = texts("ask_prelim", STRONG, applications={"integrated_ir": 0, "dr": 70, "pgy1": 30})
    assert "Your plan: 30 PGY-1 programs alongside 70 DR." in text
    assert "7-year limit" in text and "only after ESIR" in text


def test_esir_rules_gap_and_the_route() -> None:
    text = texts("ask_esir", STRONG, pathway="dr_then_independent_ir")
    assert "12 IR or IR-related rotations" in text and "500 image-guided procedures" in text
    assert "1+4+1 = 6 years vs 1+4+2 = 7 years" in text
    assert "a current count was not found in our sources" in text
    assert "favour DR programs with ESIR" in text
    assert "with ESIR (1+4+1) one year is left" in text


# ---- the other issue 10 topics


@pytest.mark.parametrize(
    ("intent", "profile", "phrases"),
    [
        ("ask_do_comlex", EMPTY.model_copy(update={"applicant_type": "us_do"}),
         ["take COMLEX without USMLE: not found in our sources", "not DO graduates"]),
        ("ask_do_comlex", WEAK, ["ECFMG verifies USMLE", "COMLEX does not stand in"]),
        ("ask_switching", STRONG, ["reserved PGY-2 positions", "not in our sources",
                                   "already trained on a J-1 count toward its 7-year"]),
        ("ask_trained_radiologist", EMPTY, ["state medical board", "ECFMG",
                                            "Independent IR (2 years)"]),
        ("ask_research_position", WEAK, ["1-3 years, paid or unpaid",
                                         "research is one of your gaps"]),
        ("ask_research_position", STRONG.model_copy(update={"research_years": 2, "usce_months": 0}),
         ["unlikely to be your gap", "Hands-on US clinical work"]),
        ("ask_observership", WEAK, ["rarely lead to a strong letter", "'externship'",
                                    "No hands-on US work yet", "2 weeks observing"]),
    ],
)  # fmt: skip
def test_other_topics(intent: str, profile: ApplicantProfile, phrases: list[str]) -> None:
    text = texts(intent, profile)
    for phrase in phrases:
        assert phrase in text, (phrase, text)
    assert "Source: " in text


@pytest.mark.parametrize(
    ("question", "priced"),
    [
        ("also how much will it cost me if i apply to 100 programs", 100),
        ("ERAS fee is how much for 70 programs?", 70),
        ("what is the budget for 45 DR programs", 45),
        # a count told outside the money question, or not a count of programs
        ("I applied to 80 programs last year. How much are the fees?", None),
        ("how much does it cost to apply", None),
        ("how much for 5000 programs", None),
    ],
)
def test_a_count_named_in_a_money_question(question: str, priced: int | None) -> None:
    assert programs_priced(question) == priced


@pytest.mark.parametrize("brief", [False, True])
def test_costs_price_the_count_the_applicant_names(brief: bool) -> None:
    chosen = report(applications={"integrated_ir": 0, "dr": 0, "pgy1": 35})
    messages = faq_answer(
        "ask_costs", WEAK, chosen, current_year=CURRENT_YEAR, today=DECEMBER, brief=brief,
        question="how much will it cost me if i apply to 100 programs",
    )  # fmt: skip
    text = "\n".join(m.text for m in messages)
    assert "100 programs in one specialty: $2,430 at 2026 prices" in text  # 30*$11 + 70*$30
    assert ("PGY-1 35: $480" in text) is not brief  # the full answer also prices our plan
