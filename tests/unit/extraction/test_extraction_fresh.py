"""Wrong facts seen in long real-style posts (dev_holdout_fresh*.yml, issue 10: a wrong fact is
worse than none): facts inside a question about the domain, someone else's status, a stated
total beside its parts, cycles told as an unmatched count, gaps that are over. Each rule with
the near misses it must not catch."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _read(text: str) -> tuple[dict[str, object], dict[str, object]]:
    """The profile facts and the facts to confirm (this season's stage left out)."""
    found = extract_facts(text, current_year=2026)
    facts = {name: value for name, value in found.facts.items() if name != "cycle_stage"}
    return facts, {u.field: u.value for u in found.uncertain}


# (text, stored facts, facts to confirm)
QUESTIONS: list[tuple[str, dict[str, object], dict[str, object]]] = [
    # A question opening the sentence asks with all of it, also past a later opener.
    ("can a radiologist trained abroad skip DR residency and do IR directly in US?", {},
     {"applicant_type": "non_us_img"}),
    # A time clause before the question is its premise.
    ("After finishing DR on J1, how does the Conrad 30 waiver work and can I get a green "
     "card?", {}, {"visa_need": "j1"}),
    # "Anyone know ..." asks the readers.
    ("Anyone know if the Conrad 30 waiver works for radiologists after J1, or do I have to go "
     "home?", {}, {"visa_need": "j1"}),
    # "do I still need visa sponsorship?" asks whether a visa is needed.
    ("I'm on H4 with EAD. Since I have EAD do I still need visa sponsorship?", {}, {}),
    # Near misses: the writer's facts before a later question, a visa told.
    ("CK 245, IMG, should I apply IR?", {"step2ck_score": 245, "applicant_type": "non_us_img"},
     {}),
    ("After 2 years of research, what are my chances?", {"research_years": 2.0}, {}),
    ("I need visa sponsorship. Which programs are IMG friendly?", {"visa_need": "undecided"},
     {}),
    ("Do I need step 3? I need J1.", {"visa_need": "j1"}, {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts", "doubts"), QUESTIONS)
def test_questions_about_the_domain(
    text: str, facts: dict[str, object], doubts: dict[str, object]
) -> None:
    assert _read(text) == (facts, doubts)


# (text, visa_need stored or None)
VISAS: list[tuple[str, str | None]] = [
    # A relative's clause goes on past "and" into a predicate with no subject of its own.
    ("My wife is an IMG, she matched IM last year in Michigan and is on J1.", None),
    ("my husband matched last year and has H1B", None),
    # A code judged out of reach is not the one needed.
    ("I need H1B, J1 is very hard for me.", "h1b"),
    ("J1 is impossible for me, need H1B", "h1b"),
    # Near misses: the writer's own clause after "and", codes both wanted.
    ("My wife matched IM and I am on J1", "j1"),
    ("J1 or H1B, either is fine", "undecided"),
    ("I need J1 and it is hard to get interviews", "j1"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visa"), VISAS)
def test_whose_visa(text: str, visa: str | None) -> None:
    assert _read(text)[0].get("visa_need") == visa


# (text, match_cycles stored or None)
CYCLES: list[tuple[str, int | None]] = [
    # "the cycle before that zero": a named cycle's count is of something else.
    ("This is my 3rd cycle applying DR. Last cycle I got 1 interview, the cycle before that "
     "zero.", 2),
    # An ordinal count of unmatched cycles beside "last cycle" counts them all.
    ("Unmatched for the 2nd time in DR. First cycle 0 interviews, last cycle 2 DR interviews.",
     2),
    # Near misses: a count of cycles, one earlier cycle.
    ("applied in 2 cycles", 2),
    ("cycles: 2", 2),
    ("I applied to DR last cycle, got 2 interviews", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cycles"), CYCLES)
def test_cycles(text: str, cycles: int | None) -> None:
    assert _read(text)[0].get("match_cycles") == cycles


# (text, stored facts)
TOTALS: list[tuple[str, dict[str, object]]] = [
    # A duration told right before brackets of durations is their total.
    ("3 months USCE in Boston (2 months IM + a 4 week hands-on IR elective).",
     {"usce_months": 3.0}),
    ("12 weeks of observerships in total (2 IR obs of 4 weeks each + 1 DR obs of 4 weeks)",
     {"observership_weeks": 12.0}),
    # Near misses: counts by field in brackets, parts with no total before them.
    ("USCE 4 months (2 IM + 2 Rads), 3 US LORs", {"usce_months": 4.0}),
    ("USCE: 2 months IM + 1 month FM", {"usce_months": 3.0}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), TOTALS)
def test_totals_before_brackets(text: str, facts: dict[str, object]) -> None:
    assert _read(text)[0] == facts


# (text, clinically_active stored or None, to confirm or None)
GAPS: list[tuple[str, bool | None, bool | None]] = [
    # Research under way after the gap: no answer either way.
    ("I had a gap of 4 years where I didn't practice. Now I'm in a radiology research "
     "position.", None, None),
    # Near misses: a gap that goes on now.
    ("gap since 2019", False, None),
    ("have 8 yrs gap after graduation", False, None),
    ("I'm still in a 2 year gap", False, None),
    ("gap of 3 years", False, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "active", "doubt"), GAPS)
def test_gaps(text: str, active: bool | None, doubt: bool | None) -> None:
    facts, doubts = _read(text)
    assert (facts.get("clinically_active"), doubts.get("clinically_active")) == (active, doubt)
