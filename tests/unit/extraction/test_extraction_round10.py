"""Round 10 (fresh files, wrong facts): places that say nothing of the school, other people's
and asked-about facts, durations given per part. Each rule with the near misses it must not
catch."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _facts(text: str) -> dict[str, object]:
    """The profile facts (this season's stage is tested in test_stage.py)."""
    found = extract_facts(text, current_year=2026).facts
    return {name: value for name, value in found.items() if name != "cycle_stage"}


def _doubted(text: str) -> dict[str, object]:
    return {u.field: u.value for u in extract_facts(text, current_year=2026).uncertain}


# (text, applicant_type stored, applicant_type to confirm)
SCHOOL_PLACES: list[tuple[str, str | None, str | None]] = [
    # A greeting's place with no word of training, or where one works or lives: ask.
    ("Good morning from Lagos! how much is the NRMP fee?", None, "non_us_img"),
    ("Hello from Pakistan, quick question about ERAS fees", None, "non_us_img"),
    ("YOG 2010, practicing anesthesia in Pakistan since then, CK 250.", None, "non_us_img"),
    ("I had 2 years research in Germany after graduation", None, "non_us_img"),
    ("currently working in India, CK 240", None, "non_us_img"),
    # Someone else's place: nothing.
    ("My cousin matched IR with 255 and 5 pubs from Pakistan. I have 240.", None, None),
    ("my friend from India matched with 240, I have 250", None, None),
    # Near misses: the place with training, or where one comes from.
    ("Hello from Lviv. Graduated 2020, CK 240", "non_us_img", None),
    ("Greetings from Kenya. I'm a doctor, CK 232", "non_us_img", None),
    ("I'm from Pakistan, CK 240", "non_us_img", None),
    ("Pakistani IMG, working in Pakistan", "non_us_img", None),
    ("graduated in Egypt, working in Egypt now", "non_us_img", None),
    ("YOG 2011, working as GP in Egypt.", "non_us_img", None),
    ("working in Chile as GP", "non_us_img", None),
    ("Hello doctors, I am from bangladesh, passing year 2019.", "non_us_img", None),
    ("he has 255 CK, I have 241. both IMGs from Egypt, both need J1.", "non_us_img", None),
]


@pytest.mark.parametrize(("text", "stored", "doubted"), SCHOOL_PLACES)
def test_school_places(text: str, stored: str | None, doubted: str | None) -> None:
    assert _facts(text).get("applicant_type") == stored
    assert _doubted(text).get("applicant_type") == doubted


# (text, preferred_regions stored)
ADVISED_PLACES: list[tuple[str, list[str] | None]] = [
    # A place after someone else's verb of saying is their advice.
    ("my seniors all say different things, one says apply IR everywhere because of signals", None),
    ("My mentor says apply everywhere", None),
    ("my PD told me to apply in the midwest", None),
    # Near misses: the writer's own wish, also beside someone else's words.
    ("I said I prefer the northeast", ["northeast"]),
    ("everyone says the northeast is hard but I prefer the northeast", ["northeast"]),
    ("I will apply everywhere", ["northeast", "southeast", "midwest", "southwest", "west"]),
    ("pls suggest programs in southeast that are IMG friendly", ["southeast"]),
]


@pytest.mark.parametrize(("text", "regions"), ADVISED_PLACES)
def test_advised_places(text: str, regions: list[str] | None) -> None:
    assert _facts(text).get("preferred_regions") == regions


# (text, weeks stored in the field)
EACH_STINT: list[tuple[str, str, float]] = [
    # "each" multiplies by "both" or by the places listed before it.
    ("2 months USCE, both IR electives (Mayo + UCSF, 4 weeks each)", "ir_elective_weeks", 8.0),
    ("both IR electives were 4 weeks each", "ir_elective_weeks", 8.0),
    ("IR electives (Mayo + UCSF, 4 weeks each)", "ir_elective_weeks", 8.0),
    ("I did observerships in Houston and Atlanta, 4 weeks each", "observership_weeks", 8.0),
    ("2 IR electives (4 weeks each)", "ir_elective_weeks", 8.0),
    # Near misses: one stint named, or nothing listed.
    ("an IR elective at Mayo, 4 weeks each", "ir_elective_weeks", 4.0),
    ("IR electives: 4 weeks each", "ir_elective_weeks", 4.0),
]


@pytest.mark.parametrize(("text", "name", "weeks"), EACH_STINT)
def test_each_stint(text: str, name: str, weeks: float) -> None:
    assert _facts(text).get(name) == weeks


# (text, stored facts, facts to confirm)
ASKED_OR_ADVISED: list[tuple[str, dict[str, object], dict[str, object]]] = [
    # Advice to the writer and a thing asked about are not had.
    (
        "My mentor says I should stop applying and take a research position for a year first.",
        {},
        {"research_years": 1.0},
    ),
    ("would a letter from my IM PD hurt me?", {}, {"us_other_letters": 1}),
    # Near misses: what the writer has, judged or beside a question.
    ("would my 2 IR letters be enough?", {"us_ir_letters": 2}, {}),
    ("I did research for a year, should I apply?", {"research_years": 1.0}, {}),
    ("should i apply with my 245?", {"step2ck_score": 245}, {}),
    ("I took a research year and I should be fine", {"research_years": 1.0}, {}),
]


@pytest.mark.parametrize(("text", "stored", "doubted"), ASKED_OR_ADVISED)
def test_asked_or_advised(text: str, stored: dict[str, object], doubted: dict[str, object]) -> None:
    assert _facts(text) == stored
    assert _doubted(text) == doubted


# (text, stored facts)
EXCEPTED_NONE: list[tuple[str, dict[str, object]]] = [
    # "no letters except ...": no zero (the exception is read on its own).
    ("No US letters except one from the observership attending who is IR.", {}),
    ("no letters except one IR letter", {"us_ir_letters": 1}),
    # Near misses: a plain "no", and "other than" after another anchor.
    ("no IR letters", {"us_ir_letters": 0}),
    ("no USCE other than observerships", {"usce_months": 0.0}),
]


@pytest.mark.parametrize(("text", "stored"), EXCEPTED_NONE)
def test_excepted_none(text: str, stored: dict[str, object]) -> None:
    assert _facts(text) == stored
