"""Where the applicant is this season (``cycle_stage``) through the actions: read from words
and buttons, refused when forged, asked when the date makes it matter, confirmed, shown,
stored, forgotten, and the advice it brings (issue 11, item 10)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from actions_helpers import make_tracker, run_action, slot_event, slot_sets, texts

from actions.advice import GiveAdvice
from actions.extraction import ExtractProfileFacts
from actions.profile import ShowProfile
from actions.slots import profile_from_slots
from actions.storage import database_engine
from actions.turn import AnswerTurn
from bot.db import transaction
from bot.profile import CycleStage
from bot.profile_store import ProfileRepository

DECEMBER = date(2026, 12, 2)
JULY = date(2026, 7, 1)
FACTS: dict[str, Any] = {
    "applicant_type": "non_us_img",
    "graduation_year": 2023,
    "step1": "pass_first_attempt",
    "step2ck_score": 252,
    "visa_need": "j1",
    "us_ir_letters": 1,
    "us_dr_letters": 1,
    "ir_publications": 2,
    "usce_months": 3,
    "match_cycles": 0,
}
APPLICATION_PLAN = ("apply to 60", "Diagnostic Radiology (DR): 6", "Apply broadly")


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Set the strategy's "today" (the one clock the engine reads)."""

    def set_today(day: date) -> None:
        monkeypatch.setattr("bot.strategy.engine.clock_today", lambda: day)

    return set_today


def payload(stage: str) -> Any:
    return make_tracker(
        f'/inform{{"cycle_stage":"{stage}"}}',
        "inform",
        entities=[{"entity": "cycle_stage", "value": stage}],
    )


@pytest.mark.parametrize("stage", [stage.value for stage in CycleStage])
def test_each_button_sets_the_stage(domain, stage):
    events, messages = run_action(ExtractProfileFacts(), payload(stage), domain)
    assert slot_sets(events) == {"cycle_stage": stage}
    assert messages == []


@pytest.mark.parametrize("forged", ["bogus", "INTERVIEWING", "matched!", "1", ""])
def test_a_forged_stage_is_refused_and_nothing_stored(domain, forged):
    events, messages = run_action(ExtractProfileFacts(), payload(forged), domain)
    assert "cycle_stage" not in slot_sets(events)
    said = texts(messages)
    assert "I can't use that for Where you are this season" in said
    assert "interviewing" in said  # what is allowed, in words


def test_the_stage_in_words_fills_the_slot(domain):
    tracker = make_tracker("I applied to 70 DR programs and have 2 interviews", "inform")
    events, _ = run_action(ExtractProfileFacts(), tracker, domain)
    assert slot_sets(events) == {"cycle_stage": "interviewing"}  # no prior_interviews: 2


def test_a_typed_answer_to_the_stage_question_is_the_stage(domain):
    tracker = make_tracker(
        "yes I applied, 2 interviews",
        "affirm",
        slots={"requested_slot": "cycle_stage"},
        form="profile_form",
    )
    events, _ = run_action(ExtractProfileFacts(), tracker, domain)
    assert slot_sets(events) == {"cycle_stage": "interviewing"}
    tracker = make_tracker(
        "not yet", "deny", slots={"requested_slot": "cycle_stage"}, form="profile_form"
    )
    events, _ = run_action(ExtractProfileFacts(), tracker, domain)
    assert slot_sets(events) == {"cycle_stage": "preparing"}


def test_the_profile_is_built_with_the_stage():
    profile = profile_from_slots({**FACTS, "cycle_stage": "ranked", "requested_slot": "x"})
    assert profile.cycle_stage is CycleStage.RANKED
    assert profile_from_slots({"cycle_stage": "bogus"}).cycle_stage is None  # dropped


def test_in_december_the_stage_is_asked_first(domain, on):
    on(DECEMBER)
    tracker = make_tracker("should I apply integrated IR?", "ask_pathway", slots=dict(FACTS))
    events, messages = run_action(AnswerTurn(), tracker, domain)
    slots = slot_sets(events)
    assert slots["form_fields"][0] == "cycle_stage"
    assert slots["turn_next"] == "ask_facts"
    assert "Where you are this season" in texts(messages)


def test_in_july_the_stage_is_not_asked(domain, on):
    on(JULY)
    tracker = make_tracker("should I apply integrated IR?", "ask_pathway", slots=dict(FACTS))
    events, _ = run_action(AnswerTurn(), tracker, domain)
    assert "cycle_stage" not in (slot_sets(events).get("form_fields") or [])


def test_interviewing_in_december_gets_interview_advice_not_an_application_plan(
    domain, databases, on
):
    on(DECEMBER)
    text = "I applied this cycle and have 2 interviews. Should I apply integrated IR?"
    after = [slot_event("cycle_stage", "interviewing")]  # set by action_validate_slot_mappings
    tracker = make_tracker(text, "ask_pathway", slots=dict(FACTS), after=after)
    events, messages = run_action(AnswerTurn(), tracker, domain)
    said = texts(messages)
    assert said.startswith("Got it: interviewing this season.")
    assert "interview" in said.lower() and "rank" in said.lower()
    assert not any(words in said for words in APPLICATION_PLAN), said
    assert "cycle_stage" not in (slot_sets(events).get("form_fields") or [])


@pytest.mark.parametrize(
    ("stage", "words"),
    [
        ("interviewing", "interview"),
        ("ranked", "SOAP"),
        ("applied", "interview"),
        ("matched", "congratulations"),
        ("preparing", "too late to apply"),
    ],
)
def test_the_advice_for_each_stage(domain, databases, on, stage, words):
    on(DECEMBER)
    slots = {**FACTS, "cycle_stage": stage, "advice_goal": "pathway"}
    tracker = make_tracker("/ask_pathway", "ask_pathway", slots=slots, sender=f"stage-{stage}")
    _, messages = run_action(GiveAdvice(), tracker, domain)
    assert words in texts(messages)


def test_after_match_week_unmatched_gets_soap_or_the_next_season(domain, databases, on):
    on(date(2027, 3, 17))
    slots = {**FACTS, "cycle_stage": "unmatched", "prior_interviews": 2}
    tracker = make_tracker("/ask_pathway", "ask_pathway", slots=slots, sender="soap")
    _, messages = run_action(GiveAdvice(), tracker, domain)
    assert "SOAP" in texts(messages)


def test_the_stage_is_stored_shown_and_forgotten(domain, databases, on):
    on(DECEMBER)
    slots = {**FACTS, "cycle_stage": "interviewing"}
    tracker = make_tracker("/ask_pathway", "ask_pathway", slots=slots, sender="keeper")
    run_action(GiveAdvice(), tracker, domain)
    with transaction(database_engine()) as session:
        stored = ProfileRepository(session).get("keeper")
    assert stored is not None and stored.cycle_stage is CycleStage.INTERVIEWING
    _, messages = run_action(ShowProfile(), make_tracker("show my profile", "show_profile",
                                                         slots=slots), domain)  # fmt: skip
    assert "Where you are this season: interviewing" in texts(messages)
