"""A program question asked beside another gets a "Programs that fit you" button; tapping it
lists programs with that question's filters (the payload names only the topic)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from actions_helpers import make_tracker, run_action, texts, user_event

from actions.asked import button_question
from actions.storage import database_engine
from actions.turn import AnswerTurn
from bot.kb.loader import load

ROOT = Path(__file__).resolve().parents[3]
IMG = {"applicant_type": "non_us_img", "step2ck_score": 255.0, "visa_need": "j1"}
ASKED = "should I take step 3 before I apply? and which programs in Florida take J1?"


def bot_events(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The messages as the tracker records them (Rasa's BotUttered with its buttons)."""
    return [
        {"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons") or []}}
        for m in messages
    ]


def test_the_secondary_programs_button_keeps_the_question_filters(
    domain: dict[str, Any], databases: object
) -> None:
    load(database_engine(), ROOT / "knowledge")
    first = make_tracker(ASKED, "ask_usmle", slots={**IMG})
    _, messages = run_action(AnswerTurn(), first, domain)
    payloads = [b["payload"] for m in messages for b in m.get("buttons") or []]
    assert "/ask_programs" in payloads  # offered as a button, not answered in full
    before = [user_event(ASKED, "ask_usmle"), *bot_events(messages)]
    tapped = make_tracker("/ask_programs", "ask_programs", slots={**IMG}, before=before)
    _, messages = run_action(AnswerTurn(), tapped, domain)
    said = texts(messages)
    assert ", FL)" in said and ", NY)" not in said and ", TX)" not in said


def test_a_main_question_button_under_facts_carries_no_filters() -> None:
    events: list[dict[str, Any]] = [
        user_event("I'm in Florida, CK 250", "inform"),
        {"event": "bot", "text": "Got it", "data": {"buttons": [{"payload": "/ask_programs"}]}},
        user_event("/ask_programs", "ask_programs"),
    ]
    assert button_question(events, "ask_programs") == ""
    events[0] = user_event("CK 250. Which programs in Florida take J1?", "ask_programs")
    assert "Florida" in button_question(events, "ask_programs")
    assert button_question(events[1:], "ask_programs") == ""  # no message before the offer
