"""action_show_programs answers the question as asked: filters, a named program, paging."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from actions_helpers import make_tracker, run_action, texts, user_event

from actions.programs import PAGE_SIZE, ShowPrograms
from actions.storage import database_engine
from actions.turn import AnswerTurn
from bot.kb.loader import load

ROOT = Path(__file__).resolve().parents[3]
IMG = {"applicant_type": "non_us_img", "step2ck_score": 255.0, "visa_need": "j1"}


def test_near_chicago_lists_chicago_programs_and_says_what_it_left_out(
    domain: dict[str, Any], databases: object
) -> None:
    load(database_engine(), ROOT / "knowledge")
    tracker = make_tracker("programs near Chicago", "ask_programs", slots={**IMG})
    _, messages = run_action(ShowPrograms(), tracker, domain)
    said = texts(messages)
    assert "You asked for: within 75 miles of Chicago, IL." in said
    assert "(Chicago, IL)" in said and "Des Moines" not in said and "Port Huron" not in said


def test_a_named_program_gets_its_tier_and_why(domain: dict[str, Any], databases: object) -> None:
    load(database_engine(), ROOT / "knowledge")
    tracker = make_tracker("why isn't Mayo on my list?", "ask_programs", slots={**IMG})
    _, messages = run_action(ShowPrograms(), tracker, domain)
    said = texts(messages)
    assert "Mayo Clinic" in said and "for you:" in said


def test_more_keeps_the_filters_of_the_question(domain: dict[str, Any], databases: object) -> None:
    load(database_engine(), ROOT / "knowledge")
    slots = {**IMG, "program_offset": float(PAGE_SIZE)}
    before = [user_event("programs in Florida", "ask_programs")]
    tracker = make_tracker("more", "more", slots=slots, before=before)
    _, messages = run_action(ShowPrograms(), tracker, domain)
    said = texts(messages)
    assert f"Programs {PAGE_SIZE + 1}-" in said
    assert ", FL)" in said and ", NY)" not in said


def test_the_first_reply_to_a_programs_question_keeps_its_filters(
    domain: dict[str, Any], databases: object
) -> None:
    """Through the turn dispatcher (answer first), not only action_show_programs."""
    load(database_engine(), ROOT / "knowledge")
    slots = {**IMG, "preferred_regions": ["midwest"], "preferred_setting": "any"}
    for asked in ({}, {"preferred_regions": None}):  # with and without facts left to ask
        tracker = make_tracker(
            "which programs near Chicago?", "ask_programs", slots={**slots, **asked}
        )
        _, messages = run_action(AnswerTurn(), tracker, domain)
        said = texts(messages)
        assert "within 75 miles of Chicago, IL" in said, said[:400]
        assert "Des Moines" not in said and "Port Huron" not in said
