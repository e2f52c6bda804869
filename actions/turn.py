"""``action_answer_turn``: the dispatcher for every message that carries questions or facts.

Thin: reads the latest message and the slots, asks ``bot.understanding`` what the whole message
says (facts from the turn's one extraction, already stored by ``action_validate_slot_mappings``)
and ``bot.dialogue`` what to reply, then sends it (see docs/dialogue.md, "Flows"): facts
confirmed in one line, the main question in full, the others briefly; for a goal question at
most three facts that would change the answer (``turn_next: ask_facts`` runs the profile form);
distress, commands, out of scope, small talk; anything else a short honest reply.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.advice import goal_answer
from actions.asked import button_question
from actions.confirmation import confirmation, payload_reply, resumes_form, typed_answer
from actions.messages import send
from actions.profile import facts_confirmation
from actions.programs import program_page
from actions.slots import (
    ADVICE_GOAL,
    FAILED_ATTEMPTS,
    FORM_FIELDS,
    PROGRAM_OFFSET,
    RECOMMENDED_PATHWAY,
    latest_intent,
    profile_from_slots,
    skipped_fields,
)
from actions.turn_other import FORM_NAME, command, other_reply
from actions.understanding import understand_latest
from bot.answers import Message, distress_acknowledgement, faq_answer, faq_covered
from bot.dialogue import TurnPlan, plan_turn, replies
from bot.dialogue.confirm import fields_asked_by
from bot.dialogue.goals import GOAL_BY_INTENT, MAX_ASKED_FIELDS, fields_to_ask
from bot.dialogue.turn import PROGRAMS_INTENT, answerable_topics
from bot.extraction import UncertainFact
from bot.profile import ApplicantProfile
from bot.strategy import advise
from bot.understanding.plan import TurnKind

# The slot the rules read after this action: wait for the user, or run the profile form.
TURN_NEXT = "turn_next"
ANSWERED = "answered"
ASK_FACTS = "ask_facts"
# Small talk without a question or facts in it gets its usual reply.
SMALL_TALK = {
    "greet": "utter_greet",
    "thank": "utter_you_are_welcome",
    "bot_challenge": "utter_iamabot",
    "help": "utter_help",
    "affirm": "utter_help",  # a lone "yes" offers the options
    "deny": "utter_anything_else",
}
# Other questions answered briefly beside the main one; more are offered as buttons.
MAX_BRIEF_ANSWERS = 2


def _main_answer(
    intent: str, profile: ApplicantProfile, events: list[EventType], text: str = ""
) -> list[Message]:
    report = advise(profile)
    if intent == PROGRAMS_INTENT:  # the question's own filters: "near Chicago", "what about Emory?"
        messages, next_offset = program_page(profile, report, text=text)
        events.append(SlotSet(PROGRAM_OFFSET, next_offset))
        return messages
    if intent in GOAL_BY_INTENT:  # advice given: the contract's recommended_pathway
        events.append(SlotSet(RECOMMENDED_PATHWAY, report.pathway.value))
    return faq_answer(intent, profile, report, question=text)


def _others(plan: TurnPlan, profile: ApplicantProfile, text: str = "") -> list[Message]:
    report = advise(profile)
    covered = faq_covered(plan.main or "")  # said in the main answer: a button, not twice
    briefs = [i for i in plan.also if i != PROGRAMS_INTENT and i not in covered]
    briefs = briefs[:MAX_BRIEF_ANSWERS]
    messages = [
        m
        for intent in briefs
        for m in faq_answer(intent, profile, report, brief=True, question=text)
    ]
    rest = [intent for intent in plan.also if intent not in briefs]
    if rest:
        messages.append(replies.also_asked(rest))
    if plan.unanswered:
        messages.append(replies.not_covered_yet(plan.unanswered))
    if plan.unplaced_questions:
        messages.append(replies.question_not_placed(plan.unplaced_questions[0], offer_topics=False))
    return messages


def answer(
    plan: TurnPlan, tracker: Tracker, in_form: bool, uncertain: Sequence[UncertainFact] = ()
) -> tuple[list[Message], list[Any]]:
    """The reply to a question: confirm, answer in full, the others briefly, then ask (a fact
    the message only may mean gets one confirming question, counted among those asked)."""
    assert plan.main is not None
    profile = profile_from_slots(tracker.slots)
    events: list[EventType] = []
    text = str((tracker.latest_message or {}).get("text") or "")
    if text.startswith("/"):  # a topic button: the question of the message that offered it
        text = button_question(tracker.events, plan.main)
    messages = [distress_acknowledgement()] if plan.in_distress else []
    messages += facts_confirmation(tracker, offer_next_steps=False)
    decisive = advise(profile).missing
    # Inside the form the form's own question comes next: no second question beside it.
    confirm, confirm_field = (None, None) if in_form else confirmation(tracker, uncertain, decisive)
    confirming = [confirm] if confirm else []
    if plan.goal is None:
        answers = _main_answer(plan.main, profile, events, text) + _others(plan, profile, text)
        if confirm_field in fields_asked_by(answers):  # the answer's buttons ask it already
            confirming = []
        return messages + answers + confirming, events
    asked = fields_to_ask(
        plan.goal, profile, skipped=skipped_fields(tracker.slots), decisive=decisive
    )
    if confirm:  # the confirming question is one of the (at most three) facts asked
        asked = [field for field in asked if field != confirm_field][: MAX_ASKED_FIELDS - 1]
    if not asked:  # nothing left that would change it: the goal's personal answer
        personal = goal_answer(plan.goal, profile, tracker.sender_id, question=text)
        messages += personal.messages + _others(plan, profile, text) + confirming
        return messages, [*personal.events, SlotSet(ADVICE_GOAL, plan.goal.value)]
    answers = _main_answer(plan.main, profile, events, text) + _others(plan, profile, text)
    messages += answers
    # A fact the answer already asks with its own buttons ("Which visa would you need?") is not
    # asked a second time by the form.
    own_question = fields_asked_by(answers)
    asked = [field for field in asked if field not in own_question]
    if not asked:
        return messages + confirming, [*events, SlotSet(ADVICE_GOAL, plan.goal.value)]
    messages.append(
        replies.asking_next(asked, confirming=bool(confirm), after_question=bool(own_question))
    )
    events += [
        SlotSet(ADVICE_GOAL, plan.goal.value),
        SlotSet(FORM_FIELDS, asked),
        SlotSet(FAILED_ATTEMPTS, 0),
    ]
    # The form starts now, or once the confirming question or the answer's own question
    # ("Which group are you in?") is answered (action_answer_turn again, on the button or the
    # typed fact: one question at a time); inside the form, the rules resume it after this.
    if not in_form and not confirm and not own_question:
        events.append(SlotSet(TURN_NEXT, ASK_FACTS))
    return messages + confirming, events


class AnswerTurn(Action):  # type: ignore[misc]
    """Understands the whole message and answers it (see the module docstring)."""

    def name(self) -> str:
        return "action_answer_turn"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        understood = await understand_latest(tracker)
        uncertain = understood.facts.uncertain
        plan = plan_turn(understood, answerable_topics())
        in_form = tracker.active_loop.get("name") == FORM_NAME
        intent = str(latest_intent(tracker.latest_message))
        events: list[EventType] = []
        refused_or_declined = payload_reply(tracker)
        typed = typed_answer(tracker, in_form)
        if refused_or_declined is not None:  # "No" to a confirming question, a forged payload
            messages: list[Message] = refused_or_declined
        elif typed is not None:  # "yes" / "no" typed after a confirming question
            messages, events, resume = typed
            if resume:
                events.append(SlotSet(TURN_NEXT, ASK_FACTS))
        elif plan.kind is TurnKind.UNPLACED and not plan.unanswered and intent in SMALL_TALK:
            dispatcher.utter_message(response=SMALL_TALK[intent])  # "hi", "thanks", "help"
            messages = []
        elif plan.kind is TurnKind.ANSWER:
            messages, events = answer(plan, tracker, in_form, uncertain)
        elif plan.kind is TurnKind.COMMAND:
            messages, events = command(plan, tracker)
        elif resumes_form(tracker, in_form):
            messages = facts_confirmation(tracker, offer_next_steps=False)  # "Yes": "Got it"
        else:
            text = str((tracker.latest_message or {}).get("text") or "")
            messages = other_reply(plan, tracker, text, uncertain)
        if resumes_form(tracker, in_form):
            # The answer to a confirming question asked before the goal's facts: ask them now.
            events.append(SlotSet(TURN_NEXT, ASK_FACTS))
        send(dispatcher, messages)
        if not any(event.get("name") == TURN_NEXT for event in events):
            events.append(SlotSet(TURN_NEXT, ANSWERED))
        return events
