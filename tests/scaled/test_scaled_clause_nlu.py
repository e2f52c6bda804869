"""Clause parsing on the scaled stack: the action servers ask the Rasa instances on their own
loopback ports (the balancer does not proxy Rasa's HTTP API), with the counts from
``--instances`` and Rasa's auth token when set."""

from __future__ import annotations

import pytest
from support.replies import all_text, new_sender
from support.scaled_stack import ScaledStack

from bot.understanding import unplaced_question_clauses

pytestmark = [pytest.mark.integration, pytest.mark.postgres]

QUESTION = "What do I tell them when they ask why IR?"


def test_a_clause_the_keywords_miss_is_answered_through_the_balancer(scaled_stack: ScaledStack):
    assert unplaced_question_clauses(QUESTION) == [QUESTION]  # else this proves nothing
    sender = new_sender("scaled-clause")
    replies = scaled_stack.say(sender, f"CK 247, YOG 2020, need J1. {QUESTION}")
    text = all_text(replies)
    assert "Source: domain guide, interview" in text
    assert "couldn't tell which topic" not in text
