"""The answering actions: goal, advice (stores the profile), programs paging, FAQ, profile."""

from __future__ import annotations

from pathlib import Path

from actions_helpers import make_tracker, run_action, slot_event, slot_sets, texts

from actions.advice import GiveAdvice, SetGoal
from actions.faq import AnswerFaq
from actions.profile import AcknowledgeFacts, ShowProfile
from actions.programs import PAGE_SIZE, ShowPrograms
from actions.storage import database_engine
from bot.db import transaction
from bot.kb.loader import load
from bot.profile_store import ProfileRepository
from bot.report import Pathway

ROOT = Path(__file__).resolve().parents[3]

STRONG_IMG = {
    "applicant_type": "non_us_img",
    "step1": "pass_first_attempt",
    "step2ck_score": 255.0,
    "us_ir_letters": 1.0,
    "us_dr_letters": 2.0,
    "ir_publications": 3.0,
    "usce_months": 4.0,
    "graduation_year": 2024.0,
    "visa_need": "j1",
    "match_cycles": 0.0,
}


def test_set_goal_follows_the_question(domain):
    events, _ = run_action(SetGoal(), make_tracker("which programs fit me", "ask_programs"), domain)
    assert slot_sets(events)["advice_goal"] == "programs"
    events, _ = run_action(SetGoal(), make_tracker("my chances?", "ask_chances"), domain)
    assert slot_sets(events) == {
        "advice_goal": "chances",
        "failed_attempts": 0,
        "program_offset": 0,
    }


def test_advice_sets_the_pathway_and_stores_the_profile(domain, databases):
    tracker = make_tracker("/ask_pathway", "ask_pathway", slots={**STRONG_IMG}, sender="img-1")
    events, messages = run_action(GiveAdvice(), tracker, domain)
    pathway = slot_sets(events)["recommended_pathway"]
    assert pathway in {p.value for p in Pathway}
    assert "route" in texts(messages).lower()
    assert messages[-1]["buttons"], "the last advice message offers what to do next"
    with transaction(database_engine()) as session:
        stored = ProfileRepository(session).get("img-1")
    assert stored is not None and stored.step2ck_score == 255 and stored.ir_publications == 3


def test_advice_for_the_chances_goal_answers_that_question(domain, databases):
    tracker = make_tracker("done", "inform", slots={**STRONG_IMG, "advice_goal": "chances"})
    events, messages = run_action(GiveAdvice(), tracker, domain)
    assert "recommended_pathway" in slot_sets(events)
    assert "NRMP" in texts(messages) or "chance" in texts(messages).lower()


def test_programs_page_and_more(domain, databases):
    load(database_engine(), ROOT / "knowledge")
    slots = {**STRONG_IMG, "preferred_regions": ["northeast", "midwest"]}
    events, first = run_action(
        ShowPrograms(), make_tracker("programs?", "ask_programs", slots=slots), domain
    )
    assert slot_sets(events)["program_offset"] == PAGE_SIZE
    assert "Programs 1-" in texts(first)
    assert any(b["payload"] == "/more" for m in first for b in m.get("buttons", []))
    slots["program_offset"] = float(PAGE_SIZE)
    events, second = run_action(ShowPrograms(), make_tracker("more", "more", slots=slots), domain)
    assert f"Programs {PAGE_SIZE + 1}-" in texts(second)
    assert slot_sets(events)["program_offset"] == 2 * PAGE_SIZE


def test_programs_with_an_empty_knowledge_base_say_so(domain, databases):
    events, messages = run_action(
        ShowPrograms(), make_tracker("programs?", "ask_programs", slots={**STRONG_IMG}), domain
    )
    assert slot_sets(events)["program_offset"] == 0
    assert messages and "program" in texts(messages).lower()


def test_faq_is_answered_for_this_profile(domain):
    tracker = make_tracker(
        "how much research do I need", "ask_research", slots={"ir_publications": 1.0}
    )
    _, messages = run_action(AnswerFaq(), tracker, domain)
    assert "1 publication" in texts(messages)


def test_faq_action_for_a_non_faq_intent_offers_help(domain):
    _, messages = run_action(AnswerFaq(), make_tracker("hi", "greet"), domain)
    assert [m["response"] for m in messages] == ["utter_help"]


def test_acknowledge_confirms_new_facts_only(domain):
    tracker = make_tracker(
        "I got 251 on step 2",
        "inform",
        after=[slot_event("step2ck_score", 251)],
    )
    _, messages = run_action(AcknowledgeFacts(), tracker, domain)
    assert "Got it" in texts(messages) and "251" in texts(messages)
    # New facts out of the blue usually start a question: the main ones are offered.
    assert [b["payload"] for b in messages[-1]["buttons"]] == [
        "/ask_pathway",
        "/ask_programs",
        "/ask_chances",
    ]
    # A correction was already reported by the extraction action: nothing more to say.
    tracker = make_tracker(
        "actually 248",
        "inform",
        before=[slot_event("step2ck_score", 251)],
        after=[slot_event("step2ck_score", 248)],
    )
    _, messages = run_action(AcknowledgeFacts(), tracker, domain)
    assert messages == []


def test_acknowledge_points_a_question_taken_for_facts_at_the_buttons(domain):
    tracker = make_tracker(
        "CK 232, need H1B. is there any hope for IR?",
        "inform",
        after=[slot_event("step2ck_score", 232), slot_event("visa_need", "h1b")],
    )
    _, messages = run_action(AcknowledgeFacts(), tracker, domain)
    assert "If you asked me something too" in texts(messages)
    assert messages[-1]["buttons"]
    tracker = make_tracker("CK 232", "inform", after=[slot_event("step2ck_score", 232)])
    _, messages = run_action(AcknowledgeFacts(), tracker, domain)
    assert "asked me something" not in texts(messages)


def test_acknowledge_says_when_nothing_was_understood(domain):
    _, messages = run_action(AcknowledgeFacts(), make_tracker("I did stuff", "inform"), domain)
    assert "didn't catch" in texts(messages)


def test_show_profile_lists_known_facts(domain):
    tracker = make_tracker("what do you know about me", "show_profile", slots={**STRONG_IMG})
    _, messages = run_action(ShowProfile(), tracker, domain)
    said = texts(messages)
    assert "255" in said and "J-1" in said and "forget me" in said
