"""Question phrasings found by trying the bot as an applicant (3 December, afternoon: Telegram
with a long numbered post): a graduation year weighed, and a heading that announces the
questions; each with near misses."""

from __future__ import annotations

import pytest

from bot.understanding import understand
from bot.understanding.questions import is_question


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("4) is my 2019 graduation going to be a problem?", ["ask_gaps"]),
        ("will graduating in 2015 hurt me", ["ask_gaps"]),
        ("is an old YOG a problem for DR?", ["ask_gaps"]),
        # near misses: a graduation date in a timeline question, a graduation told before
        # another question
        ("my graduation is in May, when do I apply?", ["ask_timeline"]),
        ("I graduated in 2019, what is the problem with my visa?", ["ask_visa"]),
    ],
)
def test_a_graduation_year_weighed_is_a_gaps_question(text: str, topics: list[str]) -> None:
    assert understand(text).topics[: len(topics)] == topics


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        ("My questions are:", False),
        ("My question is:", False),
        ("my main doubts -", False),
        ("Questions below", False),
        # someone else's question, told: "my family keeps asking me what is the plan"
        ("my family keeps asking me what is the plan.", False),
        ("my PD asked me what my goals are", False),
        # near misses: the heading with its question, a question about questions
        ("My question is: should I apply IR?", True),
        ("what questions do they ask at interviews?", True),
        ("my family asks me what is the plan, what is the plan?", True),
        ("what is the plan for me", True),
    ],
)
def test_a_heading_for_the_questions_is_not_one(clause: str, asks: bool) -> None:
    assert is_question(clause) is asks
