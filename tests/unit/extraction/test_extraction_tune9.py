"""Phrasing of the ninth tuning round (dev_tune_9.yml, written by someone who never saw the
bot) and of the cases the lead found trying the bot as a user: another person's relative
clause and the need they report, parts of a publication count, a duration heading its parts,
core rotations and an IR elective added to US clinical experience. Each rule with the near
misses it must not catch."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _facts(text: str) -> dict[str, object]:
    """The profile facts (this season's stage is tested in test_stage.py)."""
    found = extract_facts(text, current_year=2026).facts
    return {name: value for name, value in found.items() if name != "cycle_stage"}


# (text, stored facts)
REPORTED: list[tuple[str, dict[str, object]]] = [
    # A person's relative clause is theirs; the need they report is no fact of the writer's.
    ("my friend who matched DR last year said I need atleast 3 US letters", {}),
    ("my friend who matched DR last year said I need atleast 3 DR letters", {}),
    ("My senior that matched IR with 3 pubs says I should get more", {}),
    ("my mentor said I need 2 IR pubs", {}),
    ("I need at least 240 on CK", {}),
    ("My friend who matched IR last year told me you need 2 IR pubs. I have 1 IR pub",
     {"ir_publications": 1}),
    # Near misses: the writer's own facts around them, a visa needed.
    ("I need a J1", {"visa_need": "j1"}),
    ("I have 2 IR letters, need 1 more", {"us_ir_letters": 2}),
    ("I have 3 IR letters and a friend who matched says that is enough", {"us_ir_letters": 3}),
    ("i did 3 months USCE, my friend who did 6 months says it's fine", {"usce_months": 3.0}),
    ("I applied last year and need 2 more IR letters", {"match_cycles": 1}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), REPORTED)
def test_reported_needs(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


# (text, ir_publications stored)
PUBLICATIONS: list[tuple[str, int]] = [
    # Parts in brackets after a radiology or IR count are in it, not added.
    ("I have 4 pubs in radiology journals (2 IR)", 4),
    ("4 radiology pubs (2 in IR, 2 in neuro-rads)", 4),
    ("I have 5 publications in radiology (3 IR, 2 DR)", 5),
    ("I have 3 papers in radiology (1 under review)", 2),
    # A dash after a count opens its part (the Conventions count IR or radiology papers).
    ("3 pubs - 2 in IR", 2),
    ("I have 3 pubs - 2 in IR", 2),
    ("5 papers - 3 in radiology, 2 in cardiology", 3),
    # Near misses: an unqualified total with its parts, statuses, a dash before the value.
    ("4 pubs total (2 in IR, 2 in ortho)", 2),
    ("pubs: 4 (2 IR)", 2),
    ("2 pubs in JVIR (1 accepted, 1 published)", 2),
    ("3 IR pubs (1 first author)", 3),
    ("pubs - 3", 3),
    ("7 publications, 3 of them in IR", 3),
]


@pytest.mark.parametrize(("text", "count"), PUBLICATIONS)
def test_publication_parts(text: str, count: int) -> None:
    assert _facts(text).get("ir_publications") == count


# (text, usce_months stored or None)
USCE: list[tuple[str, float | None]] = [
    # A duration before a colon heads the parts listed after it.
    ("I have 4 months USCE: 2 months IM in Chicago, 1 month IR elective in Emory and 1 month "
     "DR in NYU", 4.0),
    ("4 months of USCE: 3 months IM + 1 month FM", 4.0),
    ("4 months USCE: 3 months IM + 1 month IR elective", 4.0),
    # Core rotations in a US place are US clinical experience; an IR elective or rotation
    # added with "+" is part of it.
    ("US citizen, I did 3 months of cores in Atlanta + 1 month IR elective", 4.0),
    ("3 months of cores in Atlanta", 3.0),
    ("did my cores in the US, 18 months", 18.0),
    ("3 months USCE + 4 weeks IR rotation", 4.0),
    # Near misses: cores with no US place, a bare "+ 2 weeks IR", a list without "+", a plan.
    ("I did 12 months of core rotations", None),
    ("I did 48 weeks of core rotations in India", None),
    ("6 months USCE in IM + 2 weeks IR", 6.0),
    ("3 months USCE, 1 month IR elective", 3.0),
    ("3 months USCE + planning a 1 month IR elective", 3.0),
    ("USCE: 2 months IM + 1 month FM", 3.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "months"), USCE)
def test_usce(text: str, months: float | None) -> None:
    assert _facts(text).get("usce_months") == months


# (text, stored facts, fields to confirm)
ROUND_9: list[tuple[str, dict[str, object], set[str]]] = [
    # Two things set against each other before "which" are what the question asks about.
    ("LOR from IR attending vs DR PD, which one matters more for integrated?", {},
     {"us_ir_letters", "us_dr_letters"}),
    ("TY vs prelim, which is better for rads?", {}, set()),
    # Near miss: the writer's own counts before the comparison's question still tell.
    ("I have 2 IR letters vs 1 DR letter, which one should I submit first?",
     {"us_ir_letters": 2, "us_dr_letters": 1}, set()),
    # An ordinal year is the year under way, not a length done.
    ("I'm in my 2nd year as a research fellow in an IR lab", {}, set()),
    ("I'm in the 3rd year of my research fellowship", {}, set()),
    ("2nd year of research, 1 year done", {"research_years": 1.0}, set()),
    ("I did 2 years of research", {"research_years": 2.0}, set()),
    # "by the time I start ..." is the length it will have then: only to confirm.
    ("Currently doing a research job in IR since 2024 (so ~2 years of research by the time I "
     "start residency)", {"clinically_active": True}, {"research_years"}),
    ("I will have 3 IR pubs by the time I apply", {}, {"ir_publications"}),
    ("I'll have 2 years of research by the time residency starts", {}, {"research_years"}),
    # Near miss: told in the past, it is done.
    ("by the time I applied I had 2 IR letters", {"us_ir_letters": 2}, set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts", "doubts"), ROUND_9)
def test_round_9(text: str, facts: dict[str, object], doubts: set[str]) -> None:
    found = extract_facts(text, current_year=2026)
    assert _facts(text) == facts
    assert {u.field for u in found.uncertain} == doubts


# (text, observership_weeks or usce_months stored)
BROKEN_DOWN: list[tuple[str, str, float]] = [
    # A bracket breaking down the duration right before it restates it: no more weeks.
    ("i have 12 wks of obs (3 places, 4 wks each) and zero hands on.", "observership_weeks", 12.0),
    ("12 weeks of observership (3 x 4 weeks)", "observership_weeks", 12.0),
    ("8 weeks of observership (4 weeks in Chicago, 4 weeks in Houston)", "observership_weeks",
     8.0),
    ("6 months USCE (3 months IM, 3 months FM)", "usce_months", 6.0),
    ("3 months USCE (12 weeks)", "usce_months", 3.0),
    # Near misses: stints listed without a total add up.
    ("observership: 4 weeks in Chicago, 4 weeks in Houston", "observership_weeks", 8.0),
    ("obs: 4 weeks (Chicago) + 4 weeks (Houston)", "observership_weeks", 8.0),
    ("USCE: 3 months IM, 2 months FM", "usce_months", 5.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "value"), BROKEN_DOWN)
def test_broken_down(text: str, name: str, value: float) -> None:
    assert _facts(text).get(name) == value
