"""Round 15 (issue 10 item 6, "a wrong fact is worse than none"): the classes behind the wrong
facts of dev_tune_16/17. Each rule with the tune example, paraphrases written for it and the
near misses it must not change. ``None`` means the field is not stored (it may be asked)."""

from __future__ import annotations

import pytest
from extraction_helpers import stored as _stored
from extraction_helpers import to_confirm as _uncertain

# A count right after a duration ("4 months of USCE, 2 of them in radiology") is a part of
# that time, not letters from the source it names.
TIME_PARTS: list[tuple[str, str, object]] = [
    (
        "I have 4 months of USCE, 2 of them in radiology, and 2 letters from US diagnostic "
        "radiologists plus 1 from a US interventional radiologist.",
        "us_dr_letters",
        2,
    ),
    ("I have 4 months of USCE, 2 of them in radiology, and 2 letters from IR attendings.",
     "us_dr_letters", None),
    ("I have 4 months of USCE, 2 in radiology, and 1 letter from a DR attending.",
     "us_dr_letters", 1),
    ("12 weeks of electives, 4 in IR, plus 2 letters from IR attendings", "us_ir_letters", 2),
    # near misses: letters listed by source keep their counts
    ("3 months USCE, 2 IR and 1 DR letters", "us_ir_letters", 2),
    ("3 months USCE, 2 IR and 1 DR letters", "us_dr_letters", 1),
    ("letters: 2 IR, 1 DR", "us_ir_letters", 2),
    ("I have 4 months of USCE, 2 of them in radiology.", "usce_months", 4.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "want"), TIME_PARTS)
def test_a_part_of_a_duration_is_no_letter(text: str, name: str, want: object) -> None:
    assert _stored(text, name) == want


# A count of abstracts with its parts in brackets adding up to it is the total.
ABSTRACT_TOTALS: list[tuple[str, object]] = [
    ("Output: 5 abstracts (3 posters at SIR 2026, 2 oral talks at RSNA), 1 case report "
     "published in CVIR Endovascular", 5),
    ("5 abstracts (3 posters at SIR, 2 at RSNA)", 5),
    ("I presented 4 abstracts (2 posters at SIR 2025 and 2 talks at RSNA 2024)", 4),
    ("I have 3 posters (2 at SIR, 1 at RSNA)", 3),
    # near misses: separate counts still add, a lone bracket keeps the count
    ("2 abstracts at SIR and 3 posters at RSNA", 5),
    ("3 abstracts (one at SIR)", 3),
    ("2 abstracts (SIR 2025)", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), ABSTRACT_TOTALS)
def test_bracketed_parts_of_abstracts_are_the_total(text: str, want: object) -> None:
    assert _stored(text, "ir_abstracts") == want


# The time-part rule holds after an earlier sentence too.
def test_a_part_of_a_duration_after_another_sentence() -> None:
    text = (
        "Step 1 passed. I have 4 months of USCE, 2 of them in radiology, and 2 letters from US "
        "diagnostic radiologists."
    )
    assert _stored(text, "us_dr_letters") == 2


# A code named with its rule across a verb of having ("J1 has the 2 year home rule") beside the
# other code is the obstacle, not a second need.
VISA_OBSTACLES: list[tuple[str, object]] = [
    ("Mexican IMG, CK 244, I need H1B visa because J1 has the 2 year home rule and I dont want "
     "that.", "h1b"),
    ("I want H1B since J1 comes with the home requirement", "h1b"),
    ("need H1b bc the J1 has a 2-year rule", "h1b"),
    # near misses: one code with its rule is still needed; two codes undecided stay so
    ("I need J1. does J1 have the 2 year rule?", "j1"),
    ("not sure if J1 or H1B", "undecided"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), VISA_OBSTACLES)
def test_a_code_with_its_rule_is_the_obstacle(text: str, want: object) -> None:
    assert _stored(text, "visa_need") == want


# "The IR attending knows me well and wrote me a letter": a verb of writing after "and" shares
# the subject of the clause before; the writer named after it writes its own letter.
SHARED_WRITERS: list[tuple[str, dict[str, object]]] = [
    ("The IR attending knows me well and wrote me a letter, the DR chief also wrote one.",
     {"us_ir_letters": 1, "us_dr_letters": 1}),
    ("My DR PD liked me a lot and wrote me a letter, plus the IM attending gave one",
     {"us_dr_letters": 1, "us_other_letters": 1}),
    ("the IR fellowship director supervised me and wrote me a strong letter",
     {"us_ir_letters": 1, "us_dr_letters": None}),
    # near misses: the writer named with the letter, and someone else's verb, stay as before
    ("The IR attending wrote me a letter, the DR chief also wrote one.",
     {"us_ir_letters": 1, "us_dr_letters": 1}),
    ("I worked with the IR attending and wrote a paper, and I have a letter from a DR attending",
     {"us_ir_letters": None, "us_dr_letters": 1}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), SHARED_WRITERS)
def test_a_letter_written_by_the_subject_before(text: str, want: dict[str, object]) -> None:
    for name, value in want.items():
        assert _stored(text, name) == value, name


# A year told before "before/after graduation" dates another event, not the graduation.
GRAD_RELATIONS: list[tuple[str, object]] = [
    ("Graduated 2012 from Sudan, worked as GP until 2020 then stopped for family reasons, not "
     "working since. i did step 1 back in 2011 before graduation and passed, did not take CK "
     "yet.", 2012),
    ("took step 1 in 2011 before graduation", None),
    ("I passed CK in 2020 after graduating", None),
    ("I took step 1 in 2018 prior to graduation, graduated 2019", 2019),
    # near misses: the graduation year itself, also after the relation word
    ("after graduation in 2019 I worked as GP", 2019),
    ("graduated in 2019", 2019),
    ("I graduated in 2019 and passed step 1 in 2018", 2019),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), GRAD_RELATIONS)
def test_a_year_placed_by_graduation_is_no_graduation_year(text: str, want: object) -> None:
    assert _stored(text, "graduation_year") == want


# Past years listed beside an application word, with a plural season word after the last one
# ("in the 2024 and 2025 matches"), are one earlier cycle each.
LISTED_YEARS: list[tuple[str, object]] = [
    ("I applied DR in the 2024 and 2025 matches, zero interviews both times", 2),
    ("applied in the 2023 and 2024 seasons", 2),
    ("applied DR in 2024 and 2025 matches", 2),
    # near misses: one year is one cycle; someone else's seasons are not the writer's
    ("I applied DR in the 2025 match", 1),
    ("my friend applied in the 2024 and 2025 matches", None),
]


@pytest.mark.parametrize(("text", "want"), LISTED_YEARS)
def test_listed_years_of_matches_are_cycles(text: str, want: object) -> None:
    assert _stored(text, "match_cycles") == want


# A visa code named only in a clause about other people is their talk, not the writer's need.
OTHERS_CODES: list[tuple[str, object]] = [
    ("Im a US citizen but did med school in Nigeria, graduating 2025 inshallah. my classmates "
     "keep talking about J1 waiver and H1b sponsors and i get lost", "none"),
    ("I'm a green card holder, my friend says H1B programs are better", "none"),
    ("my friend is on J1", None),
    ("which DR programs in the northeast sponsor J1 for IMGs?", "j1"),
    # near misses: the writer's own code stays, beside someone else's
    ("my friend needs J1 and I need H1B", "h1b"),
    ("I need J1, my friend says H1B is better", "j1"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), OTHERS_CODES)
def test_a_code_in_others_talk_is_not_needed(text: str, want: object) -> None:
    assert _stored(text, "visa_need") == want


# Where one is now, told with no word of training ("i am in Vietnam"), is offered to confirm,
# not stored as a school abroad.
BEING_PLACES: list[tuple[str, object]] = [
    ("are interviews still virtual? i am in Vietnam so one flight is like 1500", None),
    ("im currently in Egypt, how much do flights for interviews cost?", None),
    ("I'm in Nigeria now so the interview flights are expensive", None),
    # near misses: with a word of training, or where one is from, the school is abroad
    ("I am in Egypt, graduated 2019", "non_us_img"),
    ("My CK is 256 and I'm from Iran. Is there any program that sponsors H1B for Iranians?",
     "non_us_img"),
    ("I am an IMG from Nigeria", "non_us_img"),
    ("I graduated in Egypt", "non_us_img"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), BEING_PLACES)
def test_where_one_is_is_no_school(text: str, want: object) -> None:
    assert _stored(text, "applicant_type") == want
    if want is None:
        assert _uncertain(text).get("applicant_type") == "non_us_img"


# Training under way now. ("I'm in residency now", "I'm a postdoc" as working now was tried in
# round 15 and reverted: it added a wrong fact on a validation file.)
UNDER_WAY: list[tuple[str, object]] = [
    ("I am currently in IM residency in Cairo", True),
    ("Do I need USCE if I'm already practicing radiologist back home for 7 years?", True),
    # near misses: someone else's residency, a past one, school
    ("my husband is in radiology residency", None),
    ("I was in radiology residency but quit", None),
    ("I'm in med school", None),
    ("Is ESIR something I should be thinking about now or only once I'm in DR residency", None),
    ("my wife is a doctor, can she work on J2 while i'm in residency?", None),
]


@pytest.mark.parametrize(("text", "want"), UNDER_WAY)
def test_training_under_way_is_working_now(text: str, want: object) -> None:
    assert _stored(text, "clinically_active") == want


# "not one interview", "not a single interview": none at all, like "no interviews".
NOT_ONE: list[tuple[str, object]] = [
    ("applied 2 cycles and not one interview. everyone around me is matching", 0),
    ("got not a single interview", 0),
    ("applied 2 cycles and not a single interview", 0),
    # near misses: a plain count and a plain "no" stay as they were
    ("applied 2 cycles and no interviews", 0),
    ("applied 2 cycles and got 1 interview", 1),
]


@pytest.mark.parametrize(("text", "want"), NOT_ONE)
def test_not_one_is_none(text: str, want: object) -> None:
    assert _stored(text, "prior_interviews") == want
