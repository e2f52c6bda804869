"""Where the applicant is this season, through the real stack (``make run``; issue 11, item 10).

(a) In a season under way (December), an applicant who says they applied and hold interviews
and asks "should I apply integrated IR?" gets interview and rank-list advice, never an
application plan; (b) an applicant who does not say it is asked first, with buttons, and the
button is the answer; (c) a forged stage payload is refused and nothing is stored.

The stack's date is pinned (``ADVISOR_TODAY``, tests/support/stack.py) in a season under way, so
these run the same on any day.
"""

from __future__ import annotations

from typing import Any

import pytest
from support.replies import all_text, buttons, new_sender
from support.stack import STACK_TODAY, ProductStack

from bot.dialogue import MAX_ASKED_FIELDS
from bot.strategy.season import position

pytestmark = pytest.mark.integration

SKIP = "I don't know yet"
APPLICATION_PLAN = ("Apply broadly", "Diagnostic Radiology (DR): 6", "Diagnostic Radiology (DR): 7")
PROFILE = "Non-US IMG, graduated 2023, step 1 passed first attempt, CK 252, need J1"


def requested(stack: ProductStack, sender: str) -> str | None:
    value = stack.slots(sender).get("requested_slot")
    return str(value) if value else None


def skip_the_rest(
    stack: ProductStack, sender: str, replies: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Tap "I don't know yet" until the form ends; the replies to the last tap."""
    every: list[dict[str, Any]] = []
    for _ in range(MAX_ASKED_FIELDS + 2):
        if requested(stack, sender) is None:
            return every or replies
        every = stack.say(sender, buttons(replies)[SKIP])
        replies = every
    raise AssertionError("the form did not end")


def test_the_stacks_date_is_in_a_season_under_way() -> None:
    assert position(STACK_TODAY).season_under_way


def test_applied_with_interviews_gets_interview_and_rank_advice(stack: ProductStack) -> None:
    sender = new_sender("interviewing")
    replies = stack.say(
        sender,
        f"{PROFILE}. I applied to 70 DR programs this cycle and have 2 interviews. "
        "Should I apply integrated IR?",
    )
    first = str(replies[0].get("text") or "")
    assert first.startswith("Got it:") and "interviewing this season" in first
    slots = stack.slots(sender)
    assert slots["cycle_stage"] == "interviewing"
    assert slots.get("prior_interviews") is None  # this season's, not an earlier cycle's
    assert "cycle_stage" not in (slots.get("form_fields") or [])
    text = all_text(replies)
    assert "interviews" in text and "Integrated IR" in text
    final = all_text(skip_the_rest(stack, sender, replies))
    assert "Where you are in the cycle:" in final
    assert "Rank every program that interviewed you" in final
    assert "Applications: none now" in final
    for plan in APPLICATION_PLAN:
        assert plan not in text + final


def test_the_stage_is_asked_with_buttons_and_the_button_answers(stack: ProductStack) -> None:
    sender = new_sender("asked")
    replies = stack.say(
        sender,
        f"{PROFILE}, 1 IR letter, 1 DR letter, 2 IR pubs, 3 months USCE, first time applying. "
        "Should I apply integrated IR?",
    )
    assert requested(stack, sender) == "cycle_stage"  # asked first: it changes the advice most
    assert stack.slots(sender)["form_fields"][0] == "cycle_stage"
    choices = buttons(replies)
    assert choices["I have interviews"] == '/inform{"cycle_stage":"interviewing"}'
    assert choices["Not applied yet"] == '/inform{"cycle_stage":"preparing"}'
    replies = stack.say(sender, choices["I have interviews"])
    assert stack.slots(sender)["cycle_stage"] == "interviewing"
    final = all_text(skip_the_rest(stack, sender, replies))
    assert "Where you are in the cycle:" in final
    assert "An Integrated IR interview you hold is worth preparing for" in final
    for plan in APPLICATION_PLAN:
        assert plan not in final


def test_a_forged_stage_payload_is_refused(stack: ProductStack) -> None:
    sender = new_sender("forged")
    replies = stack.say(sender, '/inform{"cycle_stage":"already_matched_twice"}')
    assert "I can't use that for Where you are this season" in all_text(replies)
    assert stack.slots(sender).get("cycle_stage") is None
    replies = stack.say(sender, "show my profile")
    assert "Where you are this season" not in all_text(replies).split("Not told yet")[0]
