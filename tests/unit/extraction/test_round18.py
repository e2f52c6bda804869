"""Round 18 (precision of ``applicant_type`` and ``visa_need``): phrasings written for the
round, each class with near misses it must not change. ``None``: the field is not stored (it
may be offered to confirm); "?" rows are not written here (label disputes)."""

from __future__ import annotations

import pytest
from extraction_helpers import stored, to_confirm

Row = tuple[str, object, object]  # text, applicant_type, visa_need

# A US status in words the visa patterns missed: American, became a citizen, naturalized,
# dual citizen naming the US, born in a US state, a bare "citizen" told of oneself.
HELD: list[Row] = [
    ("Born and raised in Texas, studied medicine in Mexico.", "us_img", "none"),
    ("I'm an American who studied in Poland.", "us_img", "none"),
    ("I am American, went to med school in Grenada.", "us_img", "none"),
    ("I was born in New Jersey but graduated from a medical school in India", "us_img", "none"),
    ("I'm a citizen IMG", "us_img", "none"),
    ("I'm a citizen IMG from SGU", "us_img", "none"),
    ("I became a citizen in 2021, graduated from a school in Iran", "us_img", "none"),
    ("I just got naturalized, IMG from Russia", "us_img", "none"),
    ("I'm a dual citizen (US and India), graduated from AIIMS", "us_img", "none"),
    ("Dual US/UK citizen, studied medicine in London", "us_img", "none"),
    ("citizenship: US; school: Ross University", "us_img", "none"),
    ("I'm a US MD student, citizen", "us_md", "none"),
    # near misses
    ("I graduated from American University of Antigua in 2021", "non_us_img", None),
    ("I'm not American, I trained in Brazil", "non_us_img", None),
    ("I'm a citizen of India, MBBS 2020", "non_us_img", None),
    ("I'm a Nigerian citizen", "non_us_img", None),
    ("I'm a dual citizen of Canada and Lebanon, graduated in Lebanon", "non_us_img", None),
    ("My son was born in Texas", None, None),
    ("born in India, raised in Texas, MBBS from Manipal", "non_us_img", None),
    ("my husband became a citizen last year", None, None),
    ("my wife got naturalized", None, None),
    ("My husband is a US citizen. I graduated from medical school in Egypt", "non_us_img", None),
    ("My parents are US citizens but I grew up in India and did MBBS there", "non_us_img", None),
]

# A status denied through a list or across a verb, awaited, or a spouse's: not stored.
NOT_HELD: list[Row] = [
    ("I am not a US citizen or green card holder, IMG from Kenya", "non_us_img", None),
    ("Neither a citizen nor a green card holder", None, None),
    ("I don't have a green card yet", None, None),
    ("no green card yet, IMG from Jordan", "non_us_img", None),
    ("I'm waiting on my green card interview. IMG from Egypt", "non_us_img", None),
    ("married to a US citizen, green card expected next year", None, None),
    ("my green card is being processed", None, None),
    ("My green card is pending, I graduated in Nigeria in 2020", "non_us_img", None),
    ("I have an EAD, IMG from Syria", "non_us_img", None),
    ("I'm an asylee, graduated from medical school in Afghanistan", "non_us_img", None),
    ("I have TPS, graduated from a Venezuelan school", "non_us_img", None),
    # still to come (found trying the widget): not held yet
    ("wife is a US citizen so im getting my green card next year", None, None),
    ("I will get my green card in 2027", None, None),
    ("my green card comes next year", None, None),
    ("I'm going to be a US citizen soon", None, None),
    # near misses: a status held stands
    ("since getting my green card in 2020 I work as a scribe", None, "none"),
    ("I got my green card last year", None, "none"),
    ("I'm not a citizen yet but I have a green card", None, "none"),
    ("I have a green card", None, "none"),
    ("green card holder since 2019", None, "none"),
    ("I got my green card through marriage last year, IMG from Peru", "us_img", "none"),
    ("I have green card through my husband", None, "none"),
    ("US citizen, no visa needed, IMG from Poland", "us_img", "none"),
]

# A code held before a status held now, or sought for someone else, is not the need.
NOT_MINE: list[Row] = [
    ("I used to be on a J1, now I'm a permanent resident", None, "none"),
    ("I was on an H1B before, got my green card in 2023", None, "none"),
    ("I came on a J1 for research, now I'm a citizen", None, "none"),
    ("I was on F1, now I have a green card", None, "none"),
    ("do programs sponsor H1B for my friend?", None, None),
    ("my wife needs J2", None, None),
    ("my friend is on a J1", None, None),
    # near misses
    ("I was on J1 for research, I'll need H1B for residency", None, "h1b"),
    ("do programs sponsor H1B for me?", None, "h1b"),
    ("I need H1B for my residency", None, "h1b"),
    ("non-US IMG on J1", "non_us_img", "j1"),
]

# Unsure of the visa with no code: undecided.
UNSURE: list[Row] = [
    ("visa not sure yet", None, "undecided"),
    ("not sure which visa yet", None, "undecided"),
    ("Visa: unsure", None, "undecided"),
    ("I need a visa but haven't decided which", None, "undecided"),
    # near misses
    ("I'm not sure which programs sponsor visas", None, None),
    ("not sure if visa matters for DR", None, None),
    ("Not sure if I should apply IR. Need J1.", None, "j1"),
]

# "either" says undecided only in a sentence about the visa.
EITHER: list[Row] = [
    ("I have humanitarian parole. Didnt match prelim either. Will programs care about my visa?",
     None, None),
    ("I didn't get any interviews either", None, None),
    # near misses
    ("J1 or H1B, either is fine", None, "undecided"),
    ("Need a visa, either J1 or H1B", None, "undecided"),
]  # fmt: skip

# A code in a question about oneself opening late ("with step 3 passed can I ...?") is asked.
ASKED_LATE: list[Row] = [
    ("with step 3 passed can I target H1b programs only or is that stupid?", None, None),
    ("So with a 250 should I only apply to J1 programs?", None, None),
    # near misses: the code told before the question, or a need beside it
    ("I need H1B, can I still apply to IR?", None, "h1b"),
    ("As a J1 applicant, can I apply IR?", None, "j1"),
    ("Nigerian IMG. With step 3 passed can I target H1b programs? I need H1B.", "non_us_img",
     "h1b"),
]  # fmt: skip

# A J-1 held for a research post, with no need told, is asked.
RESEARCH_HELD: list[Row] = [
    ("I'm a research fellow in an IR lab at a US university (since 2024, paid, J1).", None, None),
    # near misses: an H-1B held carries over; a need told
    ("I have H1B already (working as research associate at a US hospital).", None, "h1b"),
    # near misses
    ("I'm on J1 research scholar right now, will need J1 clinical.", None, "j1"),
    ("research fellow, need J1", None, "j1"),
    ("I did research for 2 years. J1.", None, "j1"),
    ("J1 or H1B, I am a research fellow", None, "undecided"),
    ("research fellow on H1B now, need H1B for residency", None, "h1b"),
    ("research fellow on H1B now", None, "h1b"),
]  # fmt: skip

ROWS = HELD + NOT_HELD + NOT_MINE + UNSURE + EITHER + ASKED_LATE + RESEARCH_HELD


@pytest.mark.parametrize(("text", "kind", "visa"), ROWS)
def test_round18(text: str, kind: object, visa: object) -> None:
    assert stored(text, "applicant_type") == kind
    assert stored(text, "visa_need") == visa


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("with step 3 passed can I target H1b programs only or is that stupid?", "h1b"),
        ("I'm a research fellow in an IR lab at a US university (since 2024, paid, J1).", "j1"),
    ],
)
def test_asked_not_stored(text: str, value: str) -> None:
    assert to_confirm(text).get("visa_need") == value
