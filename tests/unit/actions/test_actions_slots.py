"""Slots <-> ApplicantProfile, and what changed in this turn."""

from __future__ import annotations

import pytest
from actions_helpers import slot_event, user_event

from actions.slots import (
    profile_from_slots,
    slot_changes_this_turn,
    slots_from_profile,
    validate_fact,
)
from bot.profile import ApplicantProfile, Region, VisaNeed


def test_rasa_floats_become_profile_integers_and_back():
    profile = profile_from_slots(
        {
            "step2ck_score": 251.0,
            "ir_publications": 2.0,
            "usce_months": 3.5,
            "visa_need": "j1",
            "preferred_regions": ["west"],
            "requested_slot": "x",
        }
    )
    assert profile.step2ck_score == 251 and isinstance(profile.step2ck_score, int)
    assert profile.usce_months == 3.5
    assert profile.visa_need is VisaNeed.J1 and profile.preferred_regions == [Region.WEST]
    assert slots_from_profile(profile) == {
        "step2ck_score": 251,
        "ir_publications": 2,
        "usce_months": 3.5,
        "visa_need": "j1",
        "preferred_regions": ["west"],
    }


def test_an_invalid_slot_value_is_dropped_not_fatal():
    assert profile_from_slots({"step2ck_score": 999.0, "step1": "failed"}) == ApplicantProfile(
        step1="failed"
    )


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("graduation_year", 2019.0, 2019),
        ("preferred_regions", "west", ["west"]),
        ("clinically_active", True, True),
    ],
)
def test_validate_fact_normalises(field, value, expected):
    assert validate_fact(field, value) == expected


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("step2ck_score", 320),
        ("graduation_year", 1890),
        ("ir_publications", -3),
        ("visa_need", "o1"),
        ("nonsense", 1),
    ],
)
def test_validate_fact_refuses_impossible_values(field, value):
    with pytest.raises(ValueError):
        validate_fact(field, value)


def test_changes_this_turn_compare_with_the_value_before_the_message():
    events = [
        slot_event("step2ck_score", 251.0),
        slot_event("visa_need", "j1"),
        user_event("actually 248 and 2 pubs", "inform"),
        slot_event("step2ck_score", 248),
        slot_event("ir_publications", 2),
        slot_event("visa_need", "j1"),
    ]
    assert slot_changes_this_turn(events) == {
        "step2ck_score": (251.0, 248),
        "ir_publications": (None, 2),
    }
