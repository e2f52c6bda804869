"""Question phrasings found by trying the bot as an applicant (3 December, REST and Telegram):
a fellowship in another specialty, old graduates, and a question its writer answers at once;
each with near misses that must keep their topic."""

from __future__ import annotations

import pytest

from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # a fellowship in another specialty is out of scope even when IR is named
        ("can I do cardiology fellowship after IR?", ["out_of_scope"]),
        ("Is a fellowship in neurology possible after DR?", ["out_of_scope"]),
        ("what about a pediatrics fellowship after radiology residency?", ["out_of_scope"]),
        # near misses: a fellowship done is a fact; IR's own fellowship and FM as plan B stay
        ("I did a cardiology fellowship abroad, can I apply IR?", ["ask_pathway"]),
        ("can I do IR fellowship after DR?", ["ask_pathway"]),
        ("should I apply FM residency as backup to DR?", ["ask_contingency"]),
        # old graduates
        ("do they accept old graduate like me?", ["ask_gaps"]),
        ("are older grads at a disadvantage for rads?", ["ask_gaps"]),
        ("I'm a late graduate (2012), is that a problem?", ["ask_gaps"]),
    ],
)
def test_topics_found_trying_the_bot(text: str, topics: list[str]) -> None:
    assert understand(text).topics[: len(topics)] == topics


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # the writer answers the first question at once: it is not asked
        (
            "I hold H1B? no, I will need H1B. questions: 1) is my YOG too old for DR?",
            ["ask_gaps"],
        ),
        ("Do I have research? yes, 2 pubs in IR. Is that enough for DR?", ["ask_research"]),
        (
            "Visa? Nope - US citizen. How many programs should I apply to?",
            ["ask_application_count"],
        ),
    ],
)
def test_a_question_its_writer_answers_at_once_is_not_asked(text: str, topics: list[str]) -> None:
    assert understand(text).topics == topics


def test_no_idea_after_a_question_is_not_an_answer_to_it() -> None:
    # "no idea" has no pause after "no": the question before it still stands
    assert understand("how many LORs do I need? no idea honestly").topics == ["ask_letters"]
