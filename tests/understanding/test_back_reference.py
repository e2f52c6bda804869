"""A question that names no topic but points back ("is that normal?", "when should I take
it?", "how much will the fail hurt?") asks about the sentence before it; near misses keep
theirs."""

from __future__ import annotations

import pytest

from bot.understanding import understand
from bot.understanding.back_reference import points_back, referred_topic
from bot.understanding.topics import coarse


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Got 3 DR interviews so far this season, 0 IR. Is that normal?", "ask_interview"),
        ("Step 3 not taken yet and I need H1b. When should I take it?", "ask_usmle"),
        ("CK 244 on 2nd attempt (first was a fail). How much will the fail hurt me?", "ask_usmle"),
        ("I have 2 IR letters and 1 IM letter. Would it be better to get another?", "ask_letters"),
        # the nearest sentence with a topic, not the first of the message
        ("Need J1. Got 2 interviews so far. Is that normal?", "ask_interview"),
    ],
)
def test_a_question_pointing_back_takes_the_topic_before_it(text: str, topic: str) -> None:
    understood = understand(text)
    assert [coarse(t) for t in understood.topics][:1] == [topic]


@pytest.mark.parametrize(
    ("before", "clause", "expected"),
    [
        (["Got 3 DR interviews so far this season."], "Is that normal?", True),
        (["Got 3 DR interviews so far this season."], "What can I do now to get more?", True),
        (["CK 244 on 2nd attempt (first was a fail)."], "How much will the fail hurt me?", True),
        # nothing before it, a long question, a plural pronoun, a clause that goes on
        ([], "Is that normal?", False),
        (
            ["CK 244."],
            "What should I write in my personal statement about my long journey "
            "through medicine and the reasons I want to do interventional work?",
            False,
        ),
        (["DR programs."], "will DR programs think I'm using them as a stepping stone?", False),
        (["Friend has 3 US letters"], "and is scared, so I'm more scared lol.", False),
        # a definite noun the sentence before did not name
        (["CK 244 on 2nd attempt."], "How much will the gap hurt me?", False),
    ],
)
def test_points_back(before: list[str], clause: str, expected: bool) -> None:
    assert points_back(before, clause) is expected


def test_the_nearest_sentence_with_a_topic_is_the_referent() -> None:
    before = ["I have 2 IR letters.", "Also CK 250.", "lol"]
    assert coarse(referred_topic(before, "is that ok for IR?") or "") == "ask_usmle"
    assert referred_topic(["hello there", "lol"], "is that ok?") is None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # the subject points back: what was told is judged, whatever route the clause names
        (
            "I have 2 LORs from IM attendings and no IR or DR letters. Is that a problem for DR?",
            "ask_letters",
        ),
        ("I have 1 pub. Is that going to be a problem for DR?", "ask_research"),
        ("I graduated in 2012. Will this hurt me for IR?", "ask_gaps"),
        (
            "3 weeks of observership only. Is that going to be an issue for IR?",
            "ask_clinical_experience",
        ),
        # near misses: an empty "it", the bot's own answer, a clause that names its own subject
        ("I have 1 pub. Is it worth applying to integrated IR?", "ask_pathway"),
        ("oops, CK was 245 not 240. would that change your answer?", "ask_chances"),
        ("I have 2 IM letters. Is this year a good time to apply?", "ask_timeline"),
    ],
)
def test_a_judged_referent_is_the_topic(text: str, topic: str) -> None:
    assert understand(text).questions[0].topic == topic
