"""The dispatcher's replies that answer no topic: conversation commands, distress, out of
scope, facts only (with a confirming question when the message only may mean one), and a
question the bot could not place (see ``actions/turn.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import AllSlotsReset, SlotSet

from actions.advice import goal_answer
from actions.confirmation import confirmation
from actions.profile import facts_confirmation
from actions.repeats import without_repeats
from actions.slots import (
    ADVICE_GOAL,
    FORM_FIELDS,
    parse_goal,
    profile_from_slots,
    said_this_turn,
    skipped_fields,
)
from bot.answers import Message, distress_answer, out_of_scope_answer
from bot.dialogue import TurnPlan, replies
from bot.extraction import UncertainFact
from bot.understanding import Command
from bot.understanding.plan import TurnKind

FORM_NAME = "profile_form"


def command(plan: TurnPlan, tracker: Tracker) -> tuple[list[Message], list[Any]]:
    """Start over, cancel, stop asking, just tell me (the rules ended the form already)."""
    assert plan.command is not None
    reply = replies.command_reply(plan.command)
    if plan.command is Command.START_OVER:
        return [reply], [AllSlotsReset()]
    if plan.command is Command.JUST_TELL_ME:
        goal = parse_goal(tracker.get_slot(ADVICE_GOAL))
        profile = profile_from_slots(tracker.slots)
        skipped = skipped_fields(tracker.slots)
        personal = goal_answer(goal, profile, tracker.sender_id, skipped)
        fresh = without_repeats(personal.messages, tracker.events)  # nothing new: no second copy
        return [reply, *fresh], [*personal.events, SlotSet(FORM_FIELDS, None)]
    return [reply], [SlotSet(FORM_FIELDS, None)]


def other_reply(
    plan: TurnPlan, tracker: Tracker, text: str, uncertain: Sequence[UncertainFact] = ()
) -> list[Message]:
    """Distress, out of scope, facts only, or a question the bot could not place."""
    if plan.kind in (TurnKind.SELF_HARM, TurnKind.DISTRESS):
        return distress_answer(plan.kind is TurnKind.SELF_HARM)
    if plan.kind is TurnKind.OUT_OF_SCOPE:
        return out_of_scope_answer(text)
    if plan.kind is TurnKind.FACTS:
        in_form = tracker.active_loop.get("name") == FORM_NAME
        confirm, _ = (None, None) if in_form else confirmation(tracker, uncertain)
        if confirm:  # "I will get an IR letter next month": ask, store nothing yet
            return [*facts_confirmation(tracker, offer_next_steps=False), confirm]
        if plan.unplaced_questions:  # "... need J1. Enough for IR?": the question is not lost
            asked = replies.question_not_placed(
                plan.unplaced_questions[0], offer_topics=not in_form
            )
            return [*facts_confirmation(tracker, offer_next_steps=False), asked]
        confirmed = facts_confirmation(tracker, offer_next_steps=True)
        if confirmed or said_this_turn(tracker.events):  # "Updated Step 2 CK: 243" said already
            return confirmed
        return [replies.unplaced()]
    confirmed = facts_confirmation(tracker, offer_next_steps=False)
    if plan.unanswered:
        return [*confirmed, replies.not_covered_yet(plan.unanswered, offer_topics=True)]
    return [*confirmed, replies.unplaced()]
