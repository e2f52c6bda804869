"""Question clauses as applicants write them (issue 10): clause cuts, question shape and the
keyword topic of each phrasing class, with the near misses each must not catch."""

from __future__ import annotations

import pytest

from bot.understanding.questions import is_question
from bot.understanding.segments import clauses


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # a profile typed line by line: the question is a clause of its own
        ("Profile:\nCK 247\nLORs: 2 IR\nVisa: J1\nIs DR possible?", "Is DR possible?"),
        ("My stats -\n• Step 1: P\n• CK: 256\nAm I competitive?", "Am I competitive?"),
        # spaCy keeps "H1B." / "J1." as one token: the sentence still ends there
        ("3 LORs IM. need H1B. which states should i apply DR?", "which states should i apply DR?"),
        ("CK 241, need J1. How many programs?", "How many programs?"),
        # one-line dumps with " | " or " — " between the items
        ("CK 256 | S1 P | YOG 22 | any hope?", "any hope?"),
        ("CK 247 / YOG 2021 / J1 — realistic list of programs??", "realistic list of programs??"),
    ],
)
def test_the_question_after_a_profile_is_its_own_clause(text: str, last: str) -> None:
    assert clauses(text)[-1] == last


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Fatima from Iraq, graduated 2016.",  # "Dr." is no sentence end
        "CK - 246, YOG - 2020",  # a dash inside a dump is no cut
        "grad 2019, 3 months USCE in IM",
    ],
)
def test_a_plain_statement_stays_one_clause(text: str) -> None:
    assert len(clauses(text)) == 1


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        # requests and questions inside a run-on line
        ("Please tell realistic chances for DR", True),
        ("plz guide me", True),
        ("Rank my chances IR vs DR", True),
        ("I have 238, is it hopeless", True),
        ("non us img yog 2020 ck 241 no lors what should i do first", True),
        # statements that open like a question but have no subject
        ("did 4 week IR elective at Emory and 2 month IM externship.", False),
        ("Did house job 1 year then worked as MO in ER for 3 yrs.", False),
        ("Will be my 2nd time, last year got zero interviews with 90 DR apps.", False),
        ("I have 238, it was my first attempt", False),
        ("my chances were low last year", False),
        # real questions keep their shape
        ("did i make a mistake applying only DR", True),
        ("will programs see both scores", True),
        ("will that be enough before ERAS opens?", True),
    ],
)
def test_question_shape_of_real_messages(clause: str, asks: bool) -> None:
    assert is_question(clause) is asks
