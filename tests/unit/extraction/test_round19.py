"""Round 19 (dev_tune_21 to 23: other people's numbers, plans, prices, totals): phrasings
written for the round, each class with near misses it must not change. ``None``: the field is
not stored (it may be offered to confirm)."""

from __future__ import annotations

import pytest
from extraction_helpers import stored, to_confirm

Row = tuple[str, str, object]  # text, field, value stored

# Someone else's numbers: an informal friend ("buddy", "guy") or one of a group ("one of
# them even had ...").
OTHERS: list[Row] = [
    ("ck 244. my buddy took it w 260 ck and said it did nothing", "step2ck_score", 244),
    ("my buddy got 262 on CK", "step2ck_score", None),
    ("another guy from my prep group matched with 235", "step2ck_score", None),
    ("some dude in my group had 4 IR letters", "us_ir_letters", None),
    ("one of them even had 4 IR letters and still went unmatched", "us_ir_letters", None),
    ("most of them matched with 250+ ck, I have 244", "step2ck_score", 244),
    ("a few of those had 3 IR pubs", "ir_publications", None),
    # near misses: a part of the writer's own count, the writer's own score
    ("I have 3 LoRs, 2 of them from IR", "us_ir_letters", 2),
    ("I have 3 LoRs, one of them from IR", "us_ir_letters", 1),
    ("I got 251 on CK", "step2ck_score", 251),
    ("I have 2 IR letters", "us_ir_letters", 2),
]

# Plans: a stint starting in a month to come, options weighed under "options:".
PLANS: list[Row] = [
    ("I'm starting a 4 week IR elective in Atlanta in February.", "ir_elective_weeks", None),
    ("starting a 4 week IR elective next March", "ir_elective_weeks", None),
    (
        "I have 2 options: (a) a 4 week externship in NJ, (b) a 4 week observership in PA",
        "usce_months",
        None,
    ),
    # near misses: begun or done
    ("I started a 4 week IR elective in Atlanta in February.", "ir_elective_weeks", 4.0),
    ("I did 4 weeks of IR elective, starting the week after Easter", "ir_elective_weeks", 4.0),
    ("I did a 4 week IR elective in February", "ir_elective_weeks", 4.0),
]

# A way to get a letter asked: no letter held.
HOW_TO_GET: list[Row] = [
    ("how do I get an IR letter when I'm on surgery rotations all the time?", "us_ir_letters",
     None),
    ("how do i actually ask the IR attending for a letter, I only met him twice", "us_ir_letters",
     None),
    ("how to request a LOR from my IR attending", "us_ir_letters", None),
    # near misses: a letter held, asked how to use or judge
    ("I got an IR letter, how do I use it in ERAS?", "us_ir_letters", 1),
    ("how do I know if my 2 IR letters are strong?", "us_ir_letters", 2),
    ("I have 2 IR letters. how do I get a third one?", "us_ir_letters", 2),
]  # fmt: skip

# A rate or a price is no time spent.
RATES_PRICES: list[Row] = [
    ("I do a few hours a week of remote data work for an IR group", "ir_elective_weeks", None),
    ("I do 3 days per week of IR research", "ir_elective_weeks", None),
    ("an IR obs in NYC wants $3k for 4 weeks?? is that normal", "observership_weeks", None),
    ("an IR observership costs 3000 dollars for 4 weeks", "observership_weeks", None),
    # near misses: the stint named after its duration, a plain stint, a rate beside a stint
    ("I paid $2000 for a 4 week IR observership", "observership_weeks", 4.0),
    ("I did an observership for 4 weeks", "observership_weeks", 4.0),
    ("I worked 3 days per week in a DR observership for 8 weeks", "observership_weeks", 8.0),
    ("usce 3 months, 40 hours a week", "usce_months", 3.0),
]

# A count told as the total after its words replaces what was added before.
TOTALS: list[Row] = [
    ("got my 2nd IR letter!! so 2 IR letters total now", "us_ir_letters", 2),
    ("1 IR letter from Sinai. 2 IR letters in total", "us_ir_letters", 2),
    ("one IR letter last year, another this spring, 2 IR LoRs altogether", "us_ir_letters", 2),
    # near misses: counts that add up
    ("I had 3 IR interviews total last cycle and 1 DR interview", "prior_interviews", 4),
    ("2 IR letters and 1 more IR letter from my PI", "us_ir_letters", 3),
    ("2 IR letters and 3 letters from IM in total", "us_ir_letters", 2),
]

# Letters from specialists named in the plural are other letters; a visa code after the
# rule it brings ("the home rule of J1") is the obstacle, not the need; "undecided between
# J1 and H1B" is undecided.
SOURCES_VISAS: list[Row] = [
    ("I have no US letters from IR or DR people, but 2 from cardiologists", "us_other_letters", 2),
    ("no US letters from IR or DR people, but 2 from cardiologists", "us_dr_letters", 0),
    ("1 IR letter and 1 from pediatricians", "us_other_letters", 1),
    ("I need an H1B because I don't want the 2 year home rule of J1.", "visa_need", "h1b"),
    ("I need an H1B because of the home requirement of the J1.", "visa_need", "h1b"),
    # the writer's own choice still open beats others' reasons for one code
    (
        "my roommate says I should only apply to H1B programs because J1 has the home rule. "
        "I'm undecided between J1 and H1B.",
        "visa_need",
        "undecided",
    ),
    ("I'm torn between H1B and J1", "visa_need", "undecided"),
    # near misses
    (
        "I was torn between J1 and H1B but now I need H1B, the J1 home rule scares me",
        "visa_need",
        "h1b",
    ),
    ("undecided between DR and IR, I need a J1", "visa_need", "j1"),
    ("2 letters from radiologists", "us_dr_letters", 2),
    ("need J1 or H1B, not sure", "visa_need", "undecided"),
    ("I need a J1", "visa_need", "j1"),
]


# A comma clause going on with someone else's subject ("She matched ..., had CK 240"); an
# emoji ends a sentence, so a failure told before it is not the exam's after it.
GOING_ON: list[Row] = [
    ("She matched DR from Egypt on a J1, had CK 240 and a year of research.", "step2ck_score",
     None),
    ("my friend matched IR, got 262 on CK", "step2ck_score", None),
    (
        "step 1 pass but it was my second attempt, i failed the first one 😞 step 2 CK 236",
        "step2ck_first_attempt",
        None,
    ),
    # near misses: the writer's own subject, a full stop before the writer's words
    ("I didn't match, had CK 240 and a year of research.", "step2ck_score", 240),
    ("IMG from Egypt, had CK 240 and a year of research.", "step2ck_score", 240),
    ("my friend matched IR. had CK 240 myself", "step2ck_score", 240),
    ("ck 251 🙏 2 IR letters", "us_ir_letters", 2),
    ("failed CK once 😞 then passed with 236", "step2ck_first_attempt", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name", "value"),
    GOING_ON + OTHERS + PLANS + HOW_TO_GET + RATES_PRICES + TOTALS + SOURCES_VISAS,
)
def test_round19(text: str, name: str, value: object) -> None:
    assert stored(text, name) == value


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("I'm starting a 4 week IR elective in Atlanta in February.", "ir_elective_weeks", 4.0),
        ("how do I get an IR letter when I'm on surgery rotations?", "us_ir_letters", 1),
    ],
)
def test_plans_are_offered_to_confirm(text: str, name: str, value: object) -> None:
    assert to_confirm(text).get(name) == value
