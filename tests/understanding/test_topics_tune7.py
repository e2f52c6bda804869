"""Question phrasings from dev_tune_7's unplaced or misplaced questions (a tune file by a writer
who never saw the bot, 3 December): keyword topics, question shape and elliptic questions;
each with near misses, in other wording."""

from __future__ import annotations

import pytest

from bot.understanding import understand
from bot.understanding.ellipsis import is_elliptic
from bot.understanding.questions import is_question
from bot.understanding.topics import ranked_topics


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("could I apply to radiology during my PGY-1?", "ask_switching"),
        ("can I apply for IR while doing my residency?", "ask_switching"),
        ("is it fine to apply in October?", "ask_timeline"),
        ("how much does ERAS cost for 60 programs", "ask_costs"),
        ("how much is it to apply to 50 DR programs?", "ask_costs"),
        ("is this my final chance?", "ask_chances"),
        ("can H1B holders apply to integrated IR?", "ask_visa"),
        ("do most IR programs accept H1B?", "ask_visa"),
        ("is it worth continuing after 3 cycles?", "ask_contingency"),
        ("what could I actually improve before next cycle?", "ask_gaps"),
        ("would a couples match lower my odds?", "ask_chances"),
        ("do DR programs offer interviews to old grads?", "ask_chances"),
        ("will anyone interview DOs with no research?", "ask_chances"),
        ("would 3 IR pubs make up for a low CK?", "ask_chances"),
    ],
)
def test_topic_of_clause(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("clause", "not_topic"),
    [
        # a price is asked, not what the exam is worth
        ("how much does CK matter for DR?", "ask_costs"),
        ("how much research do I need?", "ask_costs"),
        # applying in a season is not applying from inside a residency
        ("can I apply DR this year?", "ask_switching"),
        # which programs take a visa lists programs
        ("which programs take J1?", "ask_visa"),
        # "realistically" alone stays a chances word
        ("what are my chances realistically?", "ask_gaps"),
        # preparing for or counting interviews is the interview topic
        ("how should I prepare for interviews?", "ask_chances"),
        ("how many interviews do I need to match?", "ask_chances"),
        # what could compensate asks what to add: the gaps question
        ("what can compensate for my low score?", "ask_chances"),
    ],
)
def test_near_misses_keep_their_topic(clause: str, not_topic: str) -> None:
    assert ranked_topics(clause)[:1] != [not_topic]


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        ("Will need J1.", False),
        ("Will take Step 3 in March.", False),
        ("Will need J1?", True),
        ("Will programs mind my gap?", True),
        ("Will I match with a 230?", True),
    ],
)
def test_subjectless_will_is_a_statement(clause: str, asks: bool) -> None:
    assert is_question(clause) is asks


@pytest.mark.parametrize(
    ("clause", "elliptic"),
    [
        ("Which is better?", True),
        ("so which would be best?", True),
        ("Which is better, DR or IR?", False),
        ("which is better for visa, J1 or H1B?", False),
    ],
)
def test_which_is_better_is_elliptic(clause: str, elliptic: bool) -> None:
    assert is_elliptic(clause) is elliptic


def test_which_is_better_takes_the_weighed_choice() -> None:
    text = "F1 visa, CK 240. Will need H1B or J1, whichever program gives. USCE 0. Which is better?"
    assert [q.topic for q in understand(text).questions] == ["ask_visa"]


def test_applying_from_residency_and_a_visa_question() -> None:
    text = "PGY-2 in IM on H1b. Can I apply DR while in residency? And will I keep H1b?"
    topics = [q.topic for q in understand(text).questions]
    assert topics[:2] == ["ask_switching", "ask_visa"]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Is step 3 required for H1B?", ["ask_exam_timing", "ask_visa"]),
        ("Must I pass Step 3 before ERAS opens for H1b programs?", ["ask_exam_timing", "ask_visa"]),
        # near misses: no visa named, or the visa without Step 3
        ("when should I take step 3?", ["ask_exam_timing"]),
        ("do programs prefer J1 or H1B?", ["ask_visa"]),
    ],
)
def test_step3_for_h1b_asks_the_exam_and_the_visa(text: str, topics: list[str]) -> None:
    assert [q.topic for q in understand(text).questions] == topics


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (
            "my PS should be about IR or radiology in general?",
            ["ask_personal_statement", "ask_dr_framing"],
        ),
        ("how long should my PS be?", ["ask_personal_statement"]),
        ("can I apply for a national interest waiver?", ["out_of_scope"]),
        ("do I need a J1 waiver after residency?", ["ask_visa"]),
        ("oops, CK was 245 not 240. would that change your answer?", ["ask_chances"]),
        # near miss: changing something in the application is the gaps question
        ("what should I change in my application?", ["ask_gaps"]),
    ],
)
def test_framing_waivers_and_corrections(text: str, topics: list[str]) -> None:
    assert [q.topic for q in understand(text).questions] == topics
