"""Letter sources denied together ("no IR or DR letters") are each 0 (found trying the bot)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.extraction import extract_facts

LETTERS = ("us_ir_letters", "us_dr_letters", "us_other_letters")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I have 2 LORs from IM attendings and no IR or DR letters.",
         {"us_other_letters": 2, "us_ir_letters": 0, "us_dr_letters": 0}),
        ("no IR or DR letters yet", {"us_ir_letters": 0, "us_dr_letters": 0}),
        ("I have no DR or IR letters", {"us_ir_letters": 0, "us_dr_letters": 0}),
        ("no letters from IR or DR", {"us_ir_letters": 0, "us_dr_letters": 0}),
        ("I dont have any IR or DR letters", {"us_ir_letters": 0, "us_dr_letters": 0}),
        # near misses: a count of its own wins, a list not denied says no zero
        ("no IR letter but 1 DR letter", {"us_ir_letters": 0, "us_dr_letters": 1}),
        ("no IR, 1 DR and 2 IM letters",
         {"us_ir_letters": 0, "us_dr_letters": 1, "us_other_letters": 2}),
        ("2 letters: IR and DR", {"us_ir_letters": 1, "us_dr_letters": 1}),
        ("I have IR and DR letters", {}),
    ],
)  # fmt: skip
def test_a_denied_list_of_sources(text: str, expected: dict[str, Any]) -> None:
    facts = extract_facts(text).facts
    assert {field: facts[field] for field in LETTERS if field in facts} == expected
