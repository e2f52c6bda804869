"""Forum phrasing of the fourth tuning batch (dev_tune_4.yml): whose status a phrase tells (a
spouse's citizenship or work), statuses that are no US residence (H4 EAD), the score of a
failed attempt said after it, ordinals that count applications."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _facts(text: str) -> dict[str, object]:
    """The profile facts (this season's stage is tested in test_stage.py)."""
    found = extract_facts(text, current_year=2026).facts
    return {name: value for name, value in found.items() if name != "cycle_stage"}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A relative's citizenship or work is not the writer's.
        (
            "My husband is US citizen, I'm on dependent visa, green card in process. IMG from"
            " Pakistan, CK 248.",
            {"step2ck_score": 248, "applicant_type": "non_us_img"},
        ),
        (
            "my wife is US citizen so I have green card. IMG from Jordan",
            {"visa_need": "none", "applicant_type": "us_img"},
        ),
        ("i am from Kenya. My husband is doing residency in US.", {"applicant_type": "non_us_img"}),
        ("I am from Kenya and doing residency in IM", {"applicant_type": "non_us_img",
                                                       "clinically_active": True}),
        # Allowed to work without a visa, but no US citizen or resident: a non-US IMG.
        (
            "i am on H4 EAD so dont need visa sponsorship. IMG from India",
            {"visa_need": "none", "applicant_type": "non_us_img"},
        ),
        (
            "no visa needed, I'm a US citizen. IMG from India",
            {"visa_need": "none", "applicant_type": "us_img"},
        ),
        # The score of a failed attempt, said after it.
        (
            "Took CK twice, first time 219 (fail), second time 238.",
            {"step2ck_score": 238, "step2ck_first_attempt": False},
        ),
        ("CK 231 - failed, retook 244", {"step2ck_score": 244, "step2ck_first_attempt": False}),
        # An ordinal before an application word counts cycles, not exam attempts.
        ("What are chances for a 2nd time applicant with CK 240?",
         {"step2ck_score": 240, "match_cycles": 1}),
        ("CK 240 2nd attempt", {"step2ck_score": 240, "step2ck_first_attempt": False}),
    ],
)  # fmt: skip
def test_tune4_whose_and_which(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts
