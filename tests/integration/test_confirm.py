"""Confirming questions through the real stack (``make run``): a number inside a question is
answered, then confirmed with one short question; "Yes" stores it, "No" stores nothing, and a
forged payload is refused and stores nothing. A secondary program question's button keeps its
filters."""

from __future__ import annotations

import pytest
from support.replies import all_text, buttons, new_sender
from support.stack import ProductStack

from bot.dialogue import MAX_ASKED_FIELDS

pytestmark = pytest.mark.integration

QUESTION = "is 240 on CK good enough for IR?"
CONFIRM = "Is 240 your own Step 2 CK score?"


def test_yes_stores_the_number_of_a_question(stack: ProductStack):
    sender = new_sender("confirm-yes")
    replies = stack.say(sender, QUESTION)
    assert "Step 2 CK" in all_text(replies[:-1])  # answered first
    assert replies[-1].get("text") == CONFIRM
    assert stack.slots(sender).get("step2ck_score") is None  # not stored on a guess
    replies = stack.say(sender, buttons(replies)["Yes"])
    assert "240" in all_text(replies) and "not sure" not in all_text(replies)
    assert stack.slots(sender)["step2ck_score"] == 240


def test_a_typed_yes_or_no_answers_the_confirming_question(stack: ProductStack):
    sender = new_sender("confirm-typed")
    stack.say(sender, QUESTION)
    replies = stack.say(sender, "yes")
    assert "240" in all_text(replies)
    assert stack.slots(sender)["step2ck_score"] == 240
    sender = new_sender("confirm-typed-no")
    stack.say(sender, QUESTION)
    replies = stack.say(sender, "no")
    assert "won't use it" in all_text(replies)
    assert stack.slots(sender).get("step2ck_score") is None


def test_no_stores_nothing(stack: ProductStack):
    sender = new_sender("confirm-no")
    replies = stack.say(sender, QUESTION)
    replies = stack.say(sender, buttons(replies)["No"])
    assert "won't use it" in all_text(replies)
    assert stack.slots(sender).get("step2ck_score") is None


def test_a_forged_payload_is_refused_and_stores_nothing(stack: ProductStack):
    sender = new_sender("confirm-forged")
    replies = stack.say(sender, '/inform{"step2ck_score":999}')
    assert "300" in all_text(replies)  # the valid range
    replies = stack.say(sender, '/inform{"unconfirmed":"favourite_colour"}')
    assert "haven't stored anything" in all_text(replies)
    replies = stack.say(sender, '/inform{"salary":100000}')  # not an entity: Rasa drops it
    assert "haven't stored anything" in all_text(replies)
    slots = stack.slots(sender)
    assert slots.get("step2ck_score") is None and "salary" not in slots


def test_in_a_goal_question_the_confirmation_is_one_of_the_facts_asked(stack: ProductStack):
    sender = new_sender("confirm-goal")
    replies = stack.say(sender, "is 240 on CK enough to apply for integrated IR or should I go DR?")
    assert replies[-1].get("text") == CONFIRM
    assert stack.slots(sender).get("requested_slot") is None  # the form waits for the answer
    replies = stack.say(sender, buttons(replies)["Yes"])
    slots = stack.slots(sender)
    assert slots["step2ck_score"] == 240
    assert slots.get("requested_slot")  # then the form asks the rest
    assert len(slots["form_fields"]) <= MAX_ASKED_FIELDS - 1


def test_the_secondary_programs_button_keeps_the_filters(stack: ProductStack):
    sender = new_sender("programs-button")
    replies = stack.say(
        sender, "should I take step 3 before I apply? and which programs in Florida take J1?"
    )
    payloads = buttons(replies)
    program_button = next(p for p in payloads.values() if p == "/ask_programs")
    replies = stack.say(sender, program_button)
    text = all_text(replies)
    assert ", FL)" in text and ", NY)" not in text
