"""INFO logs hold no scores: a slot value the profile model refuses is dropped, not logged."""

from __future__ import annotations

import logging

import pytest

from actions.slots import profile_from_slots


def test_a_dropped_slot_is_logged_by_name_never_by_value(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        profile = profile_from_slots({"step2ck_score": 987, "graduation_year": 1850})
    assert profile.step2ck_score is None and profile.graduation_year is None
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "step2ck_score" in logged and "graduation_year" in logged
    assert "987" not in logged and "1850" not in logged
