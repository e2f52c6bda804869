"""A question inside a long message that the keywords cannot place: through the real stack,
the action server asks Rasa's /model/parse about the clause and answers it; a question nobody
can place is said back to the user, never dropped (issue 10)."""

from __future__ import annotations

import pytest
from support.replies import all_text, new_sender
from support.stack import ProductStack

from bot.understanding import unplaced_question_clauses

pytestmark = pytest.mark.integration

INTERVIEW_QUESTION = "What do I tell them when they ask why IR?"


def test_a_question_the_keywords_miss_is_placed_by_rasa_and_answered(stack: ProductStack):
    # The keyword model alone leaves this clause unplaced (else this test proves nothing).
    assert unplaced_question_clauses(INTERVIEW_QUESTION) == [INTERVIEW_QUESTION]
    sender = new_sender("clause")
    replies = stack.say(
        sender, f"Hi, IMG from Egypt, CK 250, YOG 2021, need J1. {INTERVIEW_QUESTION}"
    )
    first = str(replies[0].get("text") or "")
    assert first.startswith("Got it:") and "250" in first
    text = all_text(replies)
    assert "Source: domain guide, interview" in text  # the interview answer, at once
    assert "couldn't tell which topic" not in text
    slots = stack.slots(sender)
    assert slots["step2ck_score"] == 250 and slots["graduation_year"] == 2021


def test_a_question_nobody_can_place_is_said_back_not_dropped(stack: ProductStack):
    sender = new_sender("unplaced")
    replies = stack.say(sender, "CK 250, YOG 2021. what about the thing with the stuff?")
    assert str(replies[0].get("text") or "").startswith("Got it:")
    text = all_text(replies)
    assert "“what about the thing with the stuff?”" in text
    assert "couldn't tell which topic" in text
    assert stack.slots(sender)["step2ck_score"] == 250
