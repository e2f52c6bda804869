"""Answer first, then personalise: whole conversations through the real stack (``make run``).

(a) the flagship opening with facts and the pathway question ends in the pathway answer;
(b) a three-question message gets every question answered; (c) a plain question is answered
before any form question; (d) an out-of-scope question gets what the bot covers, never a wrong
topic's answer. Plus the commands inside the form and distress.
"""

from __future__ import annotations

from typing import Any

import pytest
from support.replies import all_text, buttons, new_sender
from support.stack import ProductStack

from bot.dialogue import MAX_ASKED_FIELDS
from bot.report import Pathway
from bot.understanding.topics import coarse

pytestmark = pytest.mark.integration

FLAGSHIP = (
    "Hi, IMG from India, grad 2025, step 1 pass first attempt, 266 on CK, need J1, "
    "2 US IR letters. Should I apply integrated IR?"
)
SKIP = "I don't know yet"


def requested(stack: ProductStack, sender: str) -> str | None:
    value = stack.slots(sender).get("requested_slot")
    return str(value) if value else None


def skip_every_question(
    stack: ProductStack, sender: str, replies: list[dict[str, Any]]
) -> tuple[list[str], list[dict[str, Any]]]:
    """Tap "I don't know yet" until the form ends; the fields asked and the last replies."""
    asked: list[str] = []
    for _ in range(MAX_ASKED_FIELDS + 2):
        field = requested(stack, sender)
        if field is None:
            return asked, replies
        asked.append(field)
        replies = stack.say(sender, buttons(replies)[SKIP])
    raise AssertionError(f"the form did not end: asked {asked}")


def test_flagship_opening_is_answered_first_and_ends_in_the_pathway_answer(stack: ProductStack):
    sender = new_sender("flagship")
    replies = stack.say(sender, FLAGSHIP)
    first = str(replies[0].get("text") or "")
    assert first.startswith("Got it:") and "266" in first  # facts confirmed in one line
    text = all_text(replies)
    assert "In short:" in text and "Integrated IR" in text  # the question, answered at once
    assert "Did you mean" not in text
    slots = stack.slots(sender)
    assert slots["step2ck_score"] == 266 and slots["visa_need"] == "j1"
    assert slots["us_ir_letters"] == 2 and slots["graduation_year"] == 2025
    asked, replies = skip_every_question(stack, sender, replies)
    assert 1 <= len(asked) <= MAX_ASKED_FIELDS  # then at most three facts, none known already
    assert not {"step2ck_score", "visa_need", "us_ir_letters", "step1"} & set(asked)
    assert "Your best route" in all_text(replies)  # the pathway answer ends it
    assert stack.slots(sender)["recommended_pathway"] in {p.value for p in Pathway}


def test_a_three_question_message_answers_every_question(stack: ProductStack):
    sender = new_sender("three")
    replies = stack.say(
        sender,
        "how many LORs do I need for IR? should I take step 3 before applying? "
        "and do observerships count as USCE?",
    )
    payloads = set(buttons(replies).values())
    topics = {coarse(payload.removeprefix("/")) for payload in payloads}
    assert {"ask_usmle", "ask_clinical_experience"} <= topics  # the others, briefly
    assert "letter" in str(replies[0].get("text") or "").lower()  # the main one, in full
    assert requested(stack, sender) is None  # no form for plain questions
    # A brief answer's "More on ..." button gets the full answer, finer topics included.
    more = next(p for p in payloads if coarse(p.removeprefix("/")) == "ask_usmle")
    replies = stack.say(sender, more)
    assert "Step 3" in all_text(replies) or "Step 2 CK" in all_text(replies)
    assert "not sure" not in all_text(replies)


def test_a_plain_question_is_answered_before_any_form_question(stack: ProductStack):
    sender = new_sender("plain")
    replies = stack.say(sender, "To how many programs and where should I apply?")
    first = str(replies[0].get("text") or "")
    assert "Which describes you best?" not in first
    assert any(char.isdigit() for char in first)  # counts, for what is known so far
    texts = [str(reply.get("text") or "") for reply in replies]
    questions = [i for i, t in enumerate(texts) if t.startswith("Which describes you best?")]
    assert not questions or questions[0] > 0  # a form question only after the answer
    asked, replies = skip_every_question(stack, sender, replies)
    assert len(asked) <= MAX_ASKED_FIELDS


def test_an_out_of_scope_question_gets_what_the_bot_covers(stack: ProductStack):
    sender = new_sender("scope")
    replies = stack.say(sender, "how do I get a green card after residency?")
    text = all_text(replies)
    assert "immigration attorney" in text
    assert "Your best route" not in text and "In short:" not in text
    assert requested(stack, sender) is None


def test_just_tell_me_inside_the_form_gives_the_answer(stack: ProductStack):
    sender = new_sender("tellme")
    stack.say(sender, "what are my chances?")
    # One question at a time: the answer asks the group first; the form starts once answered.
    assert requested(stack, sender) is None
    stack.say(sender, "I'm a non-US IMG")
    assert requested(stack, sender) is not None
    replies = stack.say(sender, "just tell me")
    assert "Here's my answer" in all_text(replies)
    assert requested(stack, sender) is None
    assert stack.tracker(sender).get("active_loop", {}).get("name") in (None, "")


def test_distress_gets_a_human_reply_not_a_topic(stack: ProductStack):
    sender = new_sender("distress")
    replies = stack.say(
        sender,
        "I'm so stressed I can't sleep, my family spent so much on this, "
        "I feel like giving up on everything",
    )
    text = all_text(replies)
    assert "Did you mean" not in text and "interview" not in text.lower()
    assert len(text) > 80
