"""Must-pass behaviours of fact extraction: each one matters to the conversation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.extraction import Extraction, extract_facts
from bot.profile import parse_profile

ALL_REGIONS = ["northeast", "southeast", "midwest", "southwest", "west"]
ROOT = Path(__file__).resolve().parents[3]


def facts(text: str, expected_field: str | None = None) -> dict[str, object]:
    return extract_facts(text, expected_field=expected_field).facts


# ---- several facts in one message --------------------------------------------------------------


def test_score_and_step1_in_one_message() -> None:
    assert facts("I got 251 on step 2 and passed step 1 first try") == {
        "step2ck_score": 251,
        "step1": "pass_first_attempt",
    }


def test_a_long_profile_message() -> None:
    got = facts(
        "Non-US IMG from Egypt, graduated 2018, s2ck 248 on second attempt, passed step 3, "
        "need J-1, 3 months usce, 2 LoRs from IR attendings and one DR letter, 5 pubs, "
        "4 posters, this is my 2nd cycle with no interviews"
    )
    assert got == {
        "applicant_type": "non_us_img",
        "graduation_year": 2018,
        "step2ck_score": 248,
        "step2ck_first_attempt": False,
        "step3": "passed",
        "visa_need": "j1",
        "usce_months": 3.0,
        "us_ir_letters": 2,
        "us_dr_letters": 1,
        "ir_publications": 5,
        "ir_abstracts": 4,
        "match_cycles": 1,
        "prior_interviews": 0,
    }


def test_letters_split_by_source() -> None:
    assert facts("lors: 2 IR 1 DR, and a letter from IM") == {
        "us_ir_letters": 2,
        "us_dr_letters": 1,
        "us_other_letters": 1,
    }


def test_first_attempt_is_only_set_when_stated() -> None:
    assert "step2ck_first_attempt" not in facts("step 2 ck 250")
    assert facts("step2 245 on second attempt")["step2ck_first_attempt"] is False
    assert facts("CK 255 first attempt")["step2ck_first_attempt"] is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("failed step 1 once then passed", "pass_after_retake"),
        ("I failed step 1 and have not retaken it yet", "failed"),
        ("haven't taken step 1 yet", "not_taken"),
        ("step1 pass", "pass_first_attempt"),
    ],
)
def test_step1_results(text: str, expected: Any) -> None:
    assert facts(text) == {"step1": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm a US citizen", {"visa_need": "none"}),
        ("green card holder", {"visa_need": "none"}),
        (
            "I'm a US citizen but I studied medicine abroad",
            {"visa_need": "none", "applicant_type": "us_img"},
        ),
        ("I'm an IMG from India", {"applicant_type": "non_us_img"}),
        ("need h1-b", {"visa_need": "h1b"}),
        ("J1 or H1B, either works", {"visa_need": "undecided"}),
    ],
)  # fmt: skip
def test_visa_and_applicant_type(text: str, expected: Any) -> None:
    assert facts(text) == expected


def test_a_place_without_a_preference_is_not_a_preferred_region() -> None:
    assert facts("I did USCE in New York") == {}
    assert facts("I'd prefer New York or Texas") == {
        "preferred_regions": ["northeast", "southwest"]
    }
    assert facts("anywhere but the midwest") == {
        "preferred_regions": ["northeast", "southeast", "southwest", "west"]
    }


@pytest.mark.parametrize(
    "text",
    [
        "Do programs sponsor H1B?",
        "how many programs in Texas sponsor J1?",  # a count, not a search
        "Is 250 a good step 2 score?",
        "How many letters do I need from IR?",
        "what if I fail step 3?",
        "Can a DO apply to IR?",
    ],
)
def test_questions_state_no_facts(text: str) -> None:
    result = extract_facts(text)
    assert result.facts == {}
    assert result.rejected == []
    assert not result.skipped and not result.correction


def test_facts_before_a_question_are_kept() -> None:
    assert facts("My CK is 245 and I need a J1, which programs should I apply to?") == {
        "step2ck_score": 245,
        "visa_need": "j1",
    }


def test_relative_graduation_years_use_the_given_current_year() -> None:
    result = extract_facts("graduated 5 years ago", current_year=2030)
    assert result.facts == {"graduation_year": 2025}
    assert extract_facts("I graduated last year", current_year=2026).facts == {
        "graduation_year": 2025
    }


# ---- corrections, rejections, skips ------------------------------------------------------------


def test_correction_with_and_without_the_asked_field() -> None:
    asked = extract_facts("actually it was 248", expected_field="step2ck_score")
    assert asked.facts == {"step2ck_score": 248} and asked.correction
    free = extract_facts("actually it was 248")
    assert free.facts == {"step2ck_score": 248} and free.correction
    replaced = extract_facts("actually my step 2 was 251 not 245")
    assert replaced.facts == {"step2ck_score": 251} and replaced.correction


def test_plain_statements_are_not_corrections() -> None:
    assert not extract_facts("my step 2 is 251").correction


@pytest.mark.parametrize(
    ("text", "expected_field", "field", "reason"),
    [
        ("my step 2 ck is 320", None, "step2ck_score", "Step 2 CK scores run from 1 to 300"),
        ("graduated in 1890", None, "graduation_year", "graduation years run from 1970 to 2035"),
        ("I have -3 publications", None, "ir_publications", "0 or more"),
        ("320", "step2ck_score", "step2ck_score", "1 to 300"),
        ("-2 months usce", None, "usce_months", "months, 0 or more"),
    ],
)
def test_impossible_values_are_rejected_with_the_valid_range(
    text: str, expected_field: str | None, field: str, reason: str
) -> None:
    result = extract_facts(text, expected_field=expected_field)
    assert field not in result.facts
    [rejected] = result.rejected
    assert rejected.field == field and reason in rejected.reason
    assert rejected.raw and "\n" not in rejected.reason


@pytest.mark.parametrize(
    ("text", "expected_field"),
    [
        ("more than 5", "ir_publications"),
        ("I have 5+ pubs", None),
        ("step 2 somewhere between 240 and 250", None),
        ("240-250", "step2ck_score"),
        ("2 or 3", "us_other_letters"),
        ("3-4 months", "usce_months"),
        ("a few publications", None),
    ],
)
def test_ranges_and_estimates_pick_nothing(text: str, expected_field: str | None) -> None:
    result = extract_facts(text, expected_field=expected_field)
    assert result.facts == {}
    assert len(result.rejected) == 1 and "not a range" in result.rejected[0].reason


@pytest.mark.parametrize(
    "text", ["I don't know yet", "skip", "not sure", "prefer not to say", "haven't decided", "idk"]
)
def test_skips(text: str) -> None:
    result = extract_facts(text, expected_field="match_cycles")
    assert result.skipped and result.facts == {}


def test_skip_does_not_fill_the_asked_field_but_keeps_other_facts() -> None:
    assert extract_facts("skip this one", expected_field="ir_elective_weeks").facts == {}
    result = extract_facts(
        "not sure about region but my step 2 is 250", expected_field="preferred_regions"
    )
    assert result.skipped and result.facts == {"step2ck_score": 250}


# ---- bare answers to the asked field -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_field", "expected"),
    [
        ("251", "step2ck_score", 251),
        ("two", "us_ir_letters", 2),
        ("none", "ir_publications", 0),
        ("zero", "prior_interviews", 0),
        ("no", "clinically_active", False),
        ("no", "us_dr_letters", 0),
        ("yes", "step2ck_first_attempt", True),
        ("3 months", "usce_months", 3.0),
        ("6 weeks", "usce_months", 1.5),
        ("1 month", "observership_weeks", 4.0),
        ("6 weeks", "ir_elective_weeks", 6.0),
        ("18 months", "research_years", 1.5),
        ("2019", "graduation_year", 2019),
        ("J1", "visa_need", "j1"),
        ("green card", "visa_need", "none"),
        ("first try", "step1", "pass_first_attempt"),
        ("2nd", "match_cycles", 1),
        ("northeast and west", "preferred_regions", ["northeast", "west"]),
        ("California", "preferred_regions", ["west"]),
        ("TX", "preferred_regions", ["southwest"]),
        ("east coast", "preferred_regions", ["northeast", "southeast"]),
        ("anywhere", "preferred_regions", ALL_REGIONS),
        ("DO", "applicant_type", "us_do"),
    ],
)
def test_bare_answers(text: str, expected_field: str | None, expected: Any) -> None:
    assert facts(text, expected_field) == {expected_field: expected}


def test_a_bare_number_without_the_asked_field_is_not_guessed() -> None:
    assert facts("2") == {}
    assert facts("two") == {}


def test_yes_to_a_count_question_fills_nothing() -> None:
    assert facts("yes", "us_ir_letters") == {}


def test_unknown_expected_field_is_ignored() -> None:
    assert facts("251", "requested_slot_that_is_not_a_profile_field") == {}


def test_empty_and_unrelated_messages_give_nothing() -> None:
    for text in ["", "   ", "hello!", "what are my chances?", "Dr. Smith said hi"]:
        assert extract_facts(text) == Extraction()


# ---- contract of the result --------------------------------------------------------------------


def test_facts_are_valid_for_the_profile_model_with_json_types() -> None:
    got = facts(
        "US citizen, Caribbean grad 2020, CK 240, 1 year research, 4 weeks observership, "
        "prefer the west coast, currently working"
    )
    profile = parse_profile(got)
    assert profile.to_json_dict() | got == profile.to_json_dict()
    assert isinstance(got["research_years"], float) and isinstance(got["step2ck_score"], int)


def test_the_pipeline_is_not_built_at_import() -> None:
    code = (
        "import bot.extraction, bot.extraction.pipeline as p;"
        "print(p.get_pipeline.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0"


def test_us_grad_with_the_degree_in_brackets_is_the_applicant_type() -> None:
    from bot.extraction import extract_facts

    assert (
        extract_facts("Step 2 CK 262, US grad (MD). Integrated IR realistic?").facts[
            "applicant_type"
        ]
        == "us_md"
    )
    assert extract_facts("US grad (DO), CK 250").facts["applicant_type"] == "us_do"
    assert "applicant_type" not in extract_facts("US grad").facts  # MD or DO: not said


def test_a_question_for_me_tells_the_writers_facts() -> None:
    from bot.extraction import extract_facts

    assert extract_facts("is 240 on CK enough for me?").facts == {"step2ck_score": 240}
    assert extract_facts("which programs sponsor H1B for me?").facts == {"visa_need": "h1b"}
    # Without it the number may be anyone's: offered to confirm, not stored.
    extraction = extract_facts("is 240 on CK enough?")
    assert extraction.facts == {} and extraction.uncertain_fields() == ["step2ck_score"]


def test_a_question_about_someone_like_me_tells_the_writers_score() -> None:
    from bot.extraction import extract_facts

    assert extract_facts("is 240 good for someone like me?").facts == {"step2ck_score": 240}
