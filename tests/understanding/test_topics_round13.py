"""Round 13 main-topic rules: money in the writer's currency, retaking to improve, a bare score
judged, a gap explained in ERAS, how SOAP works, a year asked before reapplying, an IR PS for DR
programs, letters weighed, and a reported claim judged. Each with near misses."""

from __future__ import annotations

import pytest

from bot.understanding.topics import ranked_topics
from bot.understanding.understand import _question_clauses


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("Is 6 lakh enough for 60 DR + 25 prelim programs?", "ask_costs"),
        ("would 3 lakh rupees cover 50 programs?", "ask_costs"),
        ("is 5000 euros enough for the whole cycle?", "ask_costs"),
        ("can i retake it to improve??", "ask_usmle"),
        ("should I retake CK to get a higher score?", "ask_usmle"),
        ("oh sorry its 215 not 251 I typed it backwards is 215 enough for DR at all?", "ask_usmle"),
        ("how do i explain this gap in ERAS and in interviews", "ask_gaps"),
        ("how should I explain my 2 year break in my application?", "ask_gaps"),
        ("how does SOAP work, can you even SOAP into radiology?", "ask_timeline"),
        ("should i do a research year in the US before reapplying", "ask_research"),
        ("Should I do a prelim year before applying again or apply straight to DR?", "ask_prelim"),
        ("Is it ok to write in PS that I want IR when applying to DR programs?", "ask_dr_framing"),
        ("will PDs think I am using DR as a backup", "ask_dr_framing"),
        ("do observership LORs count the same as letters from hands-on rotations?", "ask_letters"),
    ],
)
def test_main_topic(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("how do I improve my application?", "ask_gaps"),  # not a retake
        ("how do I explain my gap in the interview?", "ask_interview"),  # dev_tune label
        ("Is a 235 good enough for DR?", "ask_chances"),  # dev_tune_3 label
        ("Should I SOAP into prelim?", "ask_contingency"),
        ("If I don't match, should I do a research year first or prelim?", "ask_contingency"),
    ],
)
def test_near_misses(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


def test_reported_claim_judged_takes_the_claims_topic() -> None:
    text = "my senior said apply to 120 DR programs minimum. isnt that too much?"
    found = _question_clauses(text)
    assert found[-1][1] == ["ask_application_count"]


def test_judgment_without_a_reported_claim_is_left_alone() -> None:
    text = "I will apply to 120 DR programs. isnt that too much?"
    assert _question_clauses(text)[-1][1] == []
