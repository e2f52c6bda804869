"""Paging with "more" after the "Programs that fit you" button keeps the button's filters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from actions_helpers import make_tracker, run_action, texts, user_event

from actions.programs import PAGE_SIZE, ShowPrograms, asked_text
from actions.storage import database_engine
from actions.turn import AnswerTurn
from bot.kb.loader import load

ROOT = Path(__file__).resolve().parents[3]
IMG = {"applicant_type": "non_us_img", "step2ck_score": 255.0, "visa_need": "j1"}
ASKED = "should I take step 3 before I apply? and which programs are there in Florida?"


def bot_events(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons") or []}}
        for m in messages
    ]


def test_more_after_the_programs_button_keeps_its_filters(
    domain: dict[str, Any], databases: object
) -> None:
    load(database_engine(), ROOT / "knowledge")
    first = make_tracker(ASKED, "ask_usmle", slots={**IMG})
    _, offered = run_action(AnswerTurn(), first, domain)
    before = [user_event(ASKED, "ask_usmle"), *bot_events(offered)]
    tapped = make_tracker("/ask_programs", "ask_programs", slots={**IMG}, before=before)
    _, listed = run_action(AnswerTurn(), tapped, domain)
    before += [user_event("/ask_programs", "ask_programs"), *bot_events(listed)]
    slots = {**IMG, "program_offset": float(PAGE_SIZE)}
    more = make_tracker("more", "more", slots=slots, before=before)
    _, messages = run_action(ShowPrograms(), more, domain)
    said = texts(messages)
    assert f"Programs {PAGE_SIZE + 1}-" in said
    assert ", FL)" in said and ", NY)" not in said and ", TX)" not in said


def test_the_question_behind_the_list() -> None:
    offer = {"event": "bot", "text": "…", "data": {"buttons": [{"payload": "/ask_programs"}]}}
    asked = user_event("CK 250. Which programs in Florida take J1?", "ask_usmle")
    tap = user_event("/ask_programs", "ask_programs")
    more = user_event("more", "more")
    assert "Florida" in asked_text([asked, offer, tap, more])
    assert asked_text([user_event("programs in Ohio", "ask_programs"), more]) == (
        "programs in Ohio"
    )
    # A button under a reply to facts only carries no filters.
    facts = user_event("I'm in Florida, CK 250", "inform")
    assert asked_text([facts, offer, tap, more]) == ""
    assert asked_text([more]) == ""
