"""The latest message understood for the dispatcher: the turn's one extraction, the message's
NLU intent, and Rasa's intents for the question clauses the keywords cannot place (fetched by
the action server over HTTP, ``bot.runtime.clause_nlu``)."""

from __future__ import annotations

from collections.abc import Mapping

from rasa_sdk import Tracker

from actions.extraction import message_facts
from actions.slots import latest_intent
from actions.storage import services
from bot.dialogue.turn import answerable_topics
from bot.understanding import Command, Understanding, understand, unplaced_question_clauses

COMMAND_INTENT = "command"


async def understand_latest(tracker: Tracker) -> Understanding:
    """``understand_turn`` with the unplaced question clauses parsed by Rasa first."""
    text = str((tracker.latest_message or {}).get("text") or "")
    unplaced = [] if text.startswith("/") else unplaced_question_clauses(text)
    clause_topics = await services().clause_intents(unplaced) if unplaced else {}
    return understand_turn(tracker, clause_topics, learned_guess(tracker))


def learned_guess(tracker: Tracker) -> tuple[str, float] | None:
    """The learned model's main topic of the latest typed message (None: no model, a button)."""
    text = str((tracker.latest_message or {}).get("text") or "")
    guesser = services().topic_guess
    return guesser(text) if guesser and text and not text.startswith("/") else None


def understand_turn(
    tracker: Tracker,
    clause_topics: Mapping[str, str] | None = None,
    guess: tuple[str, float] | None = None,
) -> Understanding:
    """The latest message understood, with the turn's one extraction and its NLU intent;
    ``clause_topics``: Rasa's intents for question clauses the keywords cannot place;
    ``guess``: the learned model's main topic of the message (``learned_topics``)."""
    message = tracker.latest_message or {}
    text = str(message.get("text") or "")
    intent = latest_intent(message)
    answerable = answerable_topics()
    if text.startswith("/"):  # a button: its intent is the question
        text = ""
    confidence = float((message.get("intent") or {}).get("confidence") or 0.0)
    understood = understand(
        text,
        facts=message_facts(tracker),
        message_intent=intent,
        message_confidence=confidence,
        answer_topics=answerable,
        classify=(clause_topics or {}).get,
        guess=None if text == "" else guess,
    )
    if intent == COMMAND_INTENT and understood.command is None:
        # NLU heard a command the patterns do not name: the safe reading is "stop asking".
        understood = understood.model_copy(update={"command": Command.STOP_ASKING})
    return understood
