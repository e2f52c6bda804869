"""Match-chance estimates: a range with its sample and source where the data supports one,
otherwise a stated reason and no number."""

from __future__ import annotations

from typing import Any

from bot.profile import parse_profile
from bot.strategy import advise
from bot.strategy.chances import wilson_interval

STRONG_IMG: dict[str, Any] = {
    "applicant_type": "non_us_img",
    "graduation_year": 2025,
    "step1": "pass_first_attempt",
    "step2ck_score": 262,
    "visa_need": "j1",
    "usce_months": 3,
    "ir_elective_weeks": 4,
    "us_ir_letters": 1,
    "us_dr_letters": 1,
    "us_other_letters": 1,
    "ir_publications": 3,
    "ir_abstracts": 5,
    "clinically_active": True,
}


def _chances(profile: dict[str, Any]) -> dict[str, Any]:
    report = advise(parse_profile(profile), current_year=2026)
    extra = report.model_extra or {}
    chances: dict[str, Any] = extra["chances"]
    return chances


def test_wilson_interval_matches_a_known_value() -> None:
    low, high = wilson_interval(102, 175)
    assert round(low, 1) == 50.9 and round(high, 1) == 65.3


def test_non_us_img_ready_to_apply_gets_ranges_with_samples() -> None:
    chances = _chances(STRONG_IMG)
    dr = chances["dr"]
    assert dr["estimate_percent"] == {"low": 51, "high": 65}
    assert dr["sample"] == {"matched": 102, "unmatched": 73}
    assert dr["group_rate_percent"] == 58.3
    assert dr["sources"] == ["data:charting_outcomes_radiology:dr.non_us_img.all.match_rate"]
    assert "not designed to predict" in dr["caveat"]
    assert "5 vs 1.5" in dr["summary"]
    # Issue 11, claim 2: similar medians among applicants do not say Step 2 CK matters little.
    assert "barely separated" not in dr["summary"]
    assert "does not say the score matters little" in dr["summary"]


def test_integrated_ir_for_non_us_imgs_is_a_count_never_a_range() -> None:
    """Issue 11, claim 1: 29 self-selected applicants are not this applicant's odds."""
    for score in (248, 262, 275):
        ir = _chances({**STRONG_IMG, "step2ck_score": score})["integrated_ir"]
        assert ir["estimate_percent"] is None
        assert ir["count"] == {"matched": 14, "of": 29}
        summary = ir["summary"]
        assert "14 of 29 non-US IMGs who ranked Integrated IR first matched in 2026" in summary
        assert "91.4%" in summary  # who fills the positions
        assert "not comparable with the DR figure" in summary
        assert "31-66" not in summary and "%)" not in summary


def test_groups_without_data_get_no_number() -> None:
    for profile in (
        {**STRONG_IMG, "applicant_type": "us_img", "visa_need": "none"},
        {**STRONG_IMG, "applicant_type": "us_do"},
        {"step2ck_score": 262},  # applicant type unknown
    ):
        chances = _chances(profile)
        assert chances["dr"]["estimate_percent"] is None
        assert chances["dr"]["summary"].startswith("no estimate:")


def test_profiles_not_ready_to_apply_get_no_number() -> None:
    weak = {**STRONG_IMG, "step1": "failed"}
    assert _chances(weak)["dr"]["estimate_percent"] is None
    cycles = {**STRONG_IMG, "match_cycles": 2, "prior_interviews": 0}
    assert _chances(cycles)["integrated_ir"]["estimate_percent"] is None


def test_us_md_uses_the_us_md_figures() -> None:
    chances = _chances({**STRONG_IMG, "applicant_type": "us_md", "visa_need": "none"})
    assert chances["dr"]["sample"] == {"matched": 629, "unmatched": 37}
    assert chances["integrated_ir"]["sample"] == {"matched": 128, "unmatched": 15}


def test_estimates_are_independent_between_reports() -> None:
    first = _chances(STRONG_IMG)
    first["dr"]["sample"]["matched"] = 0
    first["dr"]["sources"].append("changed")
    second = _chances(STRONG_IMG)
    assert second["dr"]["sample"]["matched"] == 102
    assert second["dr"]["sources"] == [
        "data:charting_outcomes_radiology:dr.non_us_img.all.match_rate"
    ]
