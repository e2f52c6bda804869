"""Question shape and clause cuts in messages as applicants write them (issue 10): a
profile typed line by line, run-on questions, statements that open like a question, and
elliptic questions ("enough?") that ask about what was listed before them."""

from __future__ import annotations

import pytest

from bot.understanding import understand, unplaced_question_clauses
from bot.understanding.ellipsis import antecedent_topic, is_elliptic
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
        ("Will be applying DR this year, what are my chances", True),
        ("with one US IR letter and 248, how likely am I to match", True),
        ("IR interest in a DR app, good or bad", True),
        ("4 months of usce, 1 publication - what's my best way into IR", True),
        ("I need a J1, is that a problem for IR", True),
        ("observership vs externship, which is better", True),
        ("graduated 2015, which was a long time ago", False),
        ("CK 250, how I got it is a long story", False),
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


@pytest.mark.parametrize(
    "statement",
    [
        "Previous cycles: 2023 (no interviews), 2024 (1 DR interview), 2025 (unmatched).",
        "I am 35 yrs old, graduated 2012 in India, practicing as pediatrician in Oman.",
        "my step 1 was fail on first attempt, then pass.",
        "3 LORs: 2 IR, 1 DR, all US.",
        "applied 2 times already, no match, going to reapply",
    ],
)
def test_a_statement_of_facts_is_no_question(statement: str) -> None:
    assert not is_question(statement)


# An elliptic question ("enough?", "Should I get more?") asks about what was listed before it
# (bot/understanding/ellipsis.py); a question that names its subject is no ellipsis.
@pytest.mark.parametrize(
    ("clause", "elliptic"),
    [
        ("enough?", True),
        ("is that ok?", True),
        ("Possible?", True),
        ("Should I get more?", True),
        ("should i get one from IR?", True),
        ("Is 12 weeks enough?", True),
        ("quick one: enough for DR + IR?", True),
        ("is this combo good?", True),
        ("will that be enough before ERAS opens?", True),
        ("Is DR possible?", False),
        ("Ok for DR?", False),
        ("is 240 enough for IR?", False),
        ("Is my CK good enough?", False),
        ("Should I get more research or USCE before applying to IR this year?", False),
    ],
)
def test_an_elliptic_question(clause: str, elliptic: bool) -> None:
    assert is_elliptic(clause) is elliptic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("I will get an IR letter next month, and currently have 1 DR LOR.", "ask_letters"),
        ("My PD friend told me programs need 3 IR letters. I have 1 IR and 2 IM.", "ask_letters"),
        ("USCE 3 months total, 1 month of it in FM.", "ask_clinical_experience"),
        ("I need at least 5 IR pubs. I have 2 IR pubs and 1 in review. CK 255.", "ask_research"),
        ("doing observerships. CK 246. YOG 2022. I need H1B later.", "ask_clinical_experience"),
        ("IMG on H1B, YOG 2014. Want to switch to DR.", "ask_switching"),
        # a tie goes to the topic named first
        ("LoR x3 from US IR attendings, CK 243, YOG 2020, need J1.", "ask_letters"),
    ],
)
def test_the_topic_of_what_was_listed_before(text: str, topic: str) -> None:
    assert antecedent_topic(clauses(text)) == topic


def test_nothing_listed_before_gives_no_topic() -> None:
    assert antecedent_topic(["Hi all!", "Thanks in advance."]) is None
    assert antecedent_topic([]) is None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("I have 1 IR and 2 IM letters. Should I get more?", "ask_letters"),
        ("USCE 3 months, 1 in FM. enough for DR?", "ask_clinical_experience"),
        ("3 IR pubs and 1 in review. is that enough?", "ask_research"),
    ],
)
def test_understand_gives_an_elliptic_question_the_listed_topic(text: str, topic: str) -> None:
    assert [q.topic for q in understand(text).questions] == [topic]
    assert unplaced_question_clauses(text) == []  # no clause parse needed
