"""The learned model's sure guess leads a message; the keyword order stands otherwise."""

from __future__ import annotations

import pytest

from bot.understanding import understand
from bot.understanding.learned_main import LEARNED_MAIN_PROBABILITY, learned_first
from bot.understanding.models import Question

SURE = LEARNED_MAIN_PROBABILITY + 0.1
UNSURE = LEARNED_MAIN_PROBABILITY - 0.1


def _q(topic: str | None, text: str = "q?") -> Question:
    return Question(text=text, topic=topic)


LETTERS_VISA = [_q("ask_letters", "letters?"), _q("ask_visa", "visa?")]

CASES = [
    # (found, parts, guess, topics after)
    (LETTERS_VISA, ["letters?", "visa?"], ("ask_visa", SURE), ["ask_visa", "ask_letters"]),
    (LETTERS_VISA, ["letters?", "visa?"], ("ask_pathway", SURE),
     ["ask_pathway", "ask_letters", "ask_visa"]),
    # near misses: unsure, already first, nothing asked, no guess
    (LETTERS_VISA, ["letters?", "visa?"], ("ask_visa", UNSURE), ["ask_letters", "ask_visa"]),
    (LETTERS_VISA, ["letters?", "visa?"], ("ask_letters", SURE), ["ask_letters", "ask_visa"]),
    ([], ["I have CK 250."], ("ask_pathway", SURE), []),
    (LETTERS_VISA, ["letters?", "visa?"], None, ["ask_letters", "ask_visa"]),
    # a finer keyword topic already answers the guessed intent ("Step 3 timing" is ask_usmle)
    ([_q("ask_exam_timing"), _q("ask_visa")], ["q?"], ("ask_usmle", SURE),
     ["ask_exam_timing", "ask_visa"]),
    # scope is the rules' call: "not ours" leads still, and is never guessed in
    ([_q("out_of_scope"), _q("ask_visa")], ["q?"], ("ask_visa", SURE),
     ["out_of_scope", "ask_visa"]),
    (LETTERS_VISA, ["q?"], ("out_of_scope", SURE), ["ask_letters", "ask_visa"]),
    # the writer marked the main question: it keeps its place
    (LETTERS_VISA, ["my main question is about letters?", "visa?"], ("ask_visa", SURE),
     ["ask_letters", "ask_visa"]),
    # an unplaced question takes the guess first
    ([_q(None)], ["so what now?"], ("ask_contingency", SURE), ["ask_contingency"]),
]  # fmt: skip


@pytest.mark.parametrize(("found", "parts", "guess", "expected"), CASES)
def test_a_sure_guess_leads(
    found: list[Question], parts: list[str], guess: tuple[str, float] | None, expected: list[str]
) -> None:
    after = learned_first(found, parts, guess)
    assert [q.topic for q in after if q.topic] == expected
    assert {q.text for q in found} <= {q.text for q in after}  # no question is lost


def test_understand_answers_the_guess_first_and_keeps_the_keyword_topics() -> None:
    text = "I have 2 US IR letters and need a J1. which letters matter most? IR or DR for me?"
    keywords = understand(text).topics
    guessed = understand(text, guess=("ask_pathway", SURE)).topics
    assert guessed[0] == "ask_pathway"
    assert set(keywords) <= set(guessed)


def test_a_guess_outside_the_answer_topics_is_ignored() -> None:
    text = "which letters matter most?"
    understood = understand(text, guess=("ask_pathway", SURE), answer_topics={"ask_letters"})
    assert understood.topics == ["ask_letters"]
