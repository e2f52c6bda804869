"""Round 16 (issue 10 item 6, "a wrong fact is worse than none"): the classes behind the wrong
and missed facts of dev_tune_18. Each rule with the tune example, paraphrases written for it
and the near misses it must not change. ``None`` means the field is not stored (it may be
asked)."""

from __future__ import annotations

import pytest
from extraction_helpers import stored as _stored
from extraction_helpers import to_confirm as _uncertain

# A short heading announcing a question ("general question,", "quick q -") makes the whole
# sentence the question: a visa named in it is asked about, not stored.
ANNOUNCED: list[tuple[str, object, object]] = [
    ("general question, can a residency program start a green card for you while you're on "
     "H1B, and how long does PERM take these days?", None, "h1b"),
    ("quick question - do programs sponsor H1B, and how long does it take?", None, "h1b"),
    ("honest question, can a J1 holder moonlight, and is it allowed in the first year?",
     None, "j1"),
    # near misses: the writer's own facts, or a request for programs, still tell
    ("general question, I have CK 245 and need H1B, how many programs should I apply to?",
     "h1b", None),
    ("general question, which programs in Texas sponsor H1B, and how long does it take?",
     "h1b", None),
    ("my question, as a J1 applicant, how many programs should I apply to?", "j1", None),
    ("I need H1B. general question, how long does PERM take?", "h1b", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want", "asked"), ANNOUNCED)
def test_an_announced_question_asks_as_a_whole(text: str, want: object, asked: object) -> None:
    assert _stored(text, "visa_need") == want
    assert _uncertain(text).get("visa_need") == asked


CK_IN_HEADING: list[tuple[str, object]] = [
    # near misses: a number or "my" before the comma is no announced question
    ("CK 245 question, can I apply IR, and how many programs?", 245),
    ("I have a question, my CK is 250, and how many programs?", 250),
]


@pytest.mark.parametrize(("text", "want"), CK_IN_HEADING)
def test_a_heading_with_facts_still_tells(text: str, want: object) -> None:
    assert _stored(text, "step2ck_score") == want


# A country after a verb of acting from there now ("paying from Brazil", "writing from Lagos")
# is where the writer is, as in a greeting: offered to confirm unless training is told.
ACTING_FROM: list[tuple[str, object, object]] = [
    ("I'm paying from Brazil and with the real this weak every dollar hurts. CK 247.",
     None, "non_us_img"),
    ("writing from Lagos, CK 240", None, "non_us_img"),
    ("Posting from India, how many DR programs should I apply to?", None, "non_us_img"),
    # near misses: where one comes from, or training told, stays stored
    ("applying from India, MBBS 2019, CK 240", "non_us_img", None),
    ("I'm from Brazil, CK 247", "non_us_img", None),
    ("IMG from Brazil, CK 247", "non_us_img", None),
    ("graduated from a school in Brazil", "non_us_img", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want", "asked"), ACTING_FROM)
def test_acting_from_a_country_is_asked(text: str, want: object, asked: object) -> None:
    assert _stored(text, "applicant_type") == want
    assert _uncertain(text).get("applicant_type") == asked


# Working now: "I've been a research fellow ... for 18 months" is a post held until now;
# "stepped away from clinical medicine" is not working.
WORKING: list[tuple[str, object]] = [
    ("For the last 2 years I've been a full-time research fellow in a radiology lab in Boston.",
     True),
    ("I've been a research fellow in IR at a hospital in Pennsylvania for 18 months", True),
    ("I have been an attending radiologist for 5 years", True),
    ("From 2020 I stepped away from clinical medicine completely, did an MBA", False),
    ("I left clinical practice in 2021 to raise my kids", False),
    # near misses: a past post, someone else's, a later return to work
    ("I was a research fellow for 2 years", None),
    ("my husband has been a research fellow for 2 years", None),
    ("I stepped away from clinical medicine in 2019, now working as a GP", True),
    ("I stepped away from the keyboard for a week", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), WORKING)
def test_held_posts_and_leaving_practice(text: str, want: object) -> None:
    assert _stored(text, "clinically_active") == want


# "DO here" introduces a DO applicant, as "IMG here" does an IMG.
DO_HERE: list[tuple[str, object]] = [
    ("DO here, PGY-3 in general surgery, US citizen.", "us_do"),
    ("hey, DO here, 4th year. Do I need to take USMLE?", "us_do"),
    # near misses: the verb "do"
    ("what do I do here?", None),
    ("Do here and there rotations count?", None),
]


@pytest.mark.parametrize(("text", "want"), DO_HERE)
def test_do_here_is_a_do_applicant(text: str, want: object) -> None:
    assert _stored(text, "applicant_type") == want
