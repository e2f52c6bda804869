"""More phrasing of the ninth tuning round (dev_tune_9.yml): "=" before a total, a dash after a
letter count, an MD in a specialty, the first of two attempts, places beside work, counts in
brackets after a duration. Each rule with the near misses it must not catch."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _facts(text: str) -> dict[str, object]:
    """The profile facts (this season's stage is tested in test_stage.py)."""
    found = extract_facts(text, current_year=2026).facts
    return {name: value for name, value in found.items() if name != "cycle_stage"}


# (text, usce_months stored)
EQUALS: list[tuple[str, float]] = [
    # "=" ends the part before it: the total after it is said on its own.
    ("USCE: 2 months IM in Michigan + 1 month IR elective at UCLA = 3 months total.", 3.0),
    ("2 months IM + 1 month FM = 3 months USCE", 3.0),
]


@pytest.mark.parametrize(("text", "months"), EQUALS)
def test_equals_total(text: str, months: float) -> None:
    assert _facts(text).get("usce_months") == months


def test_equals_glued_to_a_score() -> None:
    assert _facts("CK=245") == {"step2ck_score": 245}


# (text, stored facts)
DASHED_LETTERS: list[tuple[str, dict[str, object]]] = [
    # A dash after a letter count opens its parts, as a colon does.
    ("Letters: 3 US letters - 2 from IM, 1 from surgery.", {"us_other_letters": 3}),
    ("3 US letters: 2 from IM, 1 from surgery", {"us_other_letters": 3}),
    ("3 letters (2 from IM, 1 from surgery)", {"us_other_letters": 3}),
    # Near miss: a dash before the value is no part.
    ("IR lors - 2", {"us_ir_letters": 2}),
]


@pytest.mark.parametrize(("text", "facts"), DASHED_LETTERS)
def test_dashed_letters(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


# (text, graduation_year stored or None)
POSTGRADUATE: list[tuple[str, int | None]] = [
    # An MD in a specialty is a residency degree abroad: its year is no graduation.
    ("MBBS 2014, MD Radiodiagnosis 2018", 2014),
    ("I did MD Radiology in 2018, MBBS 2013", 2013),
    ("MD in radiology 2020, MBBS 2015", 2015),
    ("MD radiology 2019 from India", None),
    # Near misses: the MD as the school degree.
    ("MD 2019", 2019),
    ("MD from Egypt 2018", 2018),
    ("US MD 2024", 2024),
]


@pytest.mark.parametrize(("text", "year"), POSTGRADUATE)
def test_postgraduate_md(text: str, year: int | None) -> None:
    assert _facts(text).get("graduation_year") == year


# (text, step2ck_score stored)
FIRST_OF_TWO: list[tuple[str, int]] = [
    # "the first was 209" beside a later attempt is the failed attempt's score.
    ("step 2 CK 233 (2nd attempt, the first was 209 - yes i failed CK once, long story)", 233),
    ("CK 245 on my second try, first one was 212", 245),
    # Near misses: no later attempt told.
    ("my first attempt was 239", 239),
    ("CK: first was 250, I'm happy", 250),
]


@pytest.mark.parametrize(("text", "score"), FIRST_OF_TWO)
def test_first_of_two(text: str, score: int) -> None:
    assert _facts(text).get("step2ck_score") == score


# (text, preferred regions stored or None)
PLACES: list[tuple[str, list[str] | None]] = [
    # "mostly" / "mainly" want a place only beside applying or programs.
    ("Since July I'm doing research at a university hospital in Ohio, unpaid, mostly chart "
     "review for the IR dept.", None),
    ("working as a radiologist in a hospital in Pune since then, mostly CT/MRI", None),
    # A wish whose object is a specialty ("want to do an IR one") wants no place.
    ("already did 1 month IM in ohio (paid like 3500$ just tuition), want to do an IR one next",
     None),
    # Near misses: places wanted.
    ("I'm applying mostly to the southeast", ["southeast"]),
    ("mostly programs in Texas please", ["southwest"]),
    ("I want a program in Ohio", ["midwest"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "regions"), PLACES)
def test_places(text: str, regions: list[str] | None) -> None:
    assert _facts(text).get("preferred_regions") == regions


# (text, stored facts)
TIME_PARTS: list[tuple[str, dict[str, object]]] = [
    # Counts by field in brackets after a duration and its experience word are its months.
    ("I have 3 months USCE (2 IM, 1 rads elective - DR not IR), 2 DR letters + 1 IM letter",
     {"usce_months": 3.0, "us_dr_letters": 2, "us_other_letters": 1}),
    ("4 months of USCE (2 IM, 2 FM), letters: 2 IR", {"usce_months": 4.0, "us_ir_letters": 2}),
    ("USCE 4 months (2 IM + 2 Rads), 3 US LORs", {"usce_months": 4.0}),
    # Near misses: counts by field in brackets after a letter word are letters.
    ("letters (2 IM, 1 DR)", {"us_other_letters": 2, "us_dr_letters": 1}),
    ("I have 3 US letters (2 IM, 1 DR)", {"us_other_letters": 2, "us_dr_letters": 1}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), TIME_PARTS)
def test_time_parts(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


# (text, visa_need stored or None)
RESEARCH_VISAS: list[tuple[str, str | None]] = [
    # A J1 named as a research post's visa is the status held, not the need for residency.
    ("3 years as a research fellow in IR (2021-2024) - paid position, J1 research visa.", None),
    ("I'm on a J-1 research scholar visa now", None),
    # Near misses: the need said.
    ("need J1 research visa info", "j1"),
    ("I will need a J1. Currently on J1 research visa", "j1"),
    ("I need J1", "j1"),
]


@pytest.mark.parametrize(("text", "visa"), RESEARCH_VISAS)
def test_research_visas(text: str, visa: str | None) -> None:
    assert _facts(text).get("visa_need") == visa


# (text, clinically_active stored or None)
GAP_THEN_RESEARCH: list[tuple[str, bool | None]] = [
    # Research going on after a gap was told: no answer either way.
    ("Gap since 2022 where I only studied. I've been doing a remote research collab with a US "
     "IR group since march", None),
    # Research told as work now (CONTRACT: research is work in medicine) still wins.
    ("not working since 2021, but currently doing research with an IR group", True),
    # Near misses: the gap alone, someone else's research, research that is over.
    ("Gap since 2022, I only studied", False),
    ("not working since 2020. My friend has been doing research since 2021", False),
    ("gap since 2019. I was doing research in 2018", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "active"), GAP_THEN_RESEARCH)
def test_gap_then_research(text: str, active: bool | None) -> None:
    assert _facts(text).get("clinically_active") == active


# (text, stored facts)
JOINED_IN_ASIDE: list[tuple[str, dict[str, object]]] = [
    # Inside a bracket, a clause joined by "and" to someone else's is theirs too.
    ("Step 3 - not taken (my batchmate took it and got 230).", {"step3": "not_taken"}),
    ("CK 245 (my friend took it and got 260), I have 2 IR pubs",
     {"step2ck_score": 245, "ir_publications": 2}),
    # Near miss: the writer's own aside.
    ("CK 250 (took it in June and got 2 IR letters after)",
     {"step2ck_score": 250, "us_ir_letters": 2}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), JOINED_IN_ASIDE)
def test_joined_in_aside(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts
