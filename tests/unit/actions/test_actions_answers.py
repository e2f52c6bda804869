"""The answering actions: advice per goal (stores the profile), programs paging, profile."""

from __future__ import annotations

from pathlib import Path

from actions_helpers import make_tracker, run_action, slot_sets, texts

from actions.advice import GiveAdvice
from actions.profile import ShowProfile
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


def test_advice_sets_the_pathway_and_stores_the_profile(domain, databases):
    # The stage told: in a season under way an unknown stage is one more fact to sharpen.
    slots = {**STRONG_IMG, "cycle_stage": "preparing"}
    tracker = make_tracker("/ask_pathway", "ask_pathway", slots=slots, sender="img-1")
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
    assert slot_sets(events)["form_fields"] is None
    assert "NRMP" in texts(messages) or "chance" in texts(messages).lower()


def test_advice_for_the_programs_goal_is_the_program_list(domain, databases):
    load(database_engine(), ROOT / "knowledge")
    slots = {**STRONG_IMG, "advice_goal": "programs"}
    events, messages = run_action(GiveAdvice(), make_tracker("done", "inform", slots=slots), domain)
    assert "Programs 1-" in texts(messages)
    assert slot_sets(events)["program_offset"] == PAGE_SIZE


def test_advice_names_the_facts_that_would_still_sharpen_it(domain, databases):
    slots = {"applicant_type": "non_us_img", "step2ck_score": 250.0, "advice_goal": "chances"}
    _, messages = run_action(GiveAdvice(), make_tracker("done", "inform", slots=slots), domain)
    assert "This would sharpen the advice:" in messages[-1]["text"]


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


def test_show_profile_lists_known_facts(domain):
    tracker = make_tracker("what do you know about me", "show_profile", slots={**STRONG_IMG})
    _, messages = run_action(ShowProfile(), tracker, domain)
    said = texts(messages)
    assert "255" in said and "J-1" in said and "forget me" in said


def _bot_said(text: str) -> dict[str, object]:
    return {"event": "bot", "text": text}


def test_the_answer_after_the_questions_is_not_the_first_answer_again(domain, databases):
    # The first reply answered the chances question; three form answers changed nothing.
    slots = {**STRONG_IMG, "advice_goal": "chances"}
    tracker = make_tracker("done", "inform", slots=slots)
    _, first = run_action(GiveAdvice(), tracker, domain)
    said = [_bot_said(str(message["text"])) for message in first]
    earlier = [
        *said,
        *(
            event
            for turn in range(3)
            for event in (
                {"event": "user", "text": f"answer {turn}"},
                _bot_said(f"question {turn}"),
            )
        ),
    ]
    again = make_tracker("done", "inform", slots=slots, before=earlier)
    _, messages = run_action(GiveAdvice(), again, domain)
    assert messages[0]["text"] == "Thanks. What you've just told me doesn't change my answer above."
    assert not {str(m["text"]) for m in messages[1:]} & {str(m["text"]) for m in first}


def test_after_a_restart_the_answer_is_given_in_full(domain, databases):
    slots = {**STRONG_IMG, "advice_goal": "chances"}
    _, first = run_action(GiveAdvice(), make_tracker("done", "inform", slots=slots), domain)
    earlier = [*(_bot_said(str(message["text"])) for message in first), {"event": "restart"}]
    again = make_tracker("done", "inform", slots=slots, before=earlier)
    _, messages = run_action(GiveAdvice(), again, domain)
    assert [m["text"] for m in messages] == [m["text"] for m in first]


def test_a_changed_answer_after_the_questions_is_sent_whole(domain, databases):
    slots = {**STRONG_IMG, "advice_goal": "chances"}
    _, first = run_action(GiveAdvice(), make_tracker("done", "inform", slots=slots), domain)
    # Before the questions only the second part was said (the first part has changed since).
    earlier = [_bot_said("No personal number for you yet"), _bot_said(str(first[1]["text"]))]
    again = make_tracker("done", "inform", slots=slots, before=earlier)
    _, messages = run_action(GiveAdvice(), again, domain)
    assert [m["text"] for m in messages] == [m["text"] for m in first]  # a list stays whole
