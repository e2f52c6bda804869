"""Letters from home are not US letters ('1 from my radiology professor back home' stored a US
DR letter); US letters beside them still count."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts

CASES: list[tuple[str, dict[str, object]]] = [
    ("1 letter from my radiology professor back home", {}),
    ("1 LOR from my home country IR chief", {}),
    ("2 LORs from US IM, 1 from home (DR)", {"us_other_letters": 2}),
    ("3 US letters (IM) and 1 non-US letter from radiology", {"us_other_letters": 3}),
    ("I have 3 LoRs from US IM attendings and 1 from my DR professor back home.",
     {"us_other_letters": 3}),
    ("I have a DR letter from my professor in India", {"applicant_type": "non_us_img"}),
    # US letters, or places that are in the US
    ("2 LORs from IR attendings at Emory", {"us_ir_letters": 2}),
    ("1 LOR from IR, 2 from IM", {"us_ir_letters": 1, "us_other_letters": 2}),
    ("I did IR elective in Houston, got 1 IR letter there", {"us_ir_letters": 1}),
    ("2 IR letters from my US rotations; I am from India",
     {"us_ir_letters": 2, "applicant_type": "non_us_img"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), CASES)
def test_letters_from_abroad_are_not_us_letters(text: str, facts: dict[str, object]) -> None:
    assert extract_facts(text).facts == facts
