"""validate_profile_form: dynamic questions per goal, skipping, bounded retries, digressions."""

from __future__ import annotations

from typing import Any

from actions_helpers import action_event, make_tracker, run_action, slot_event, slot_sets, texts

from actions.forms import MAX_FAILED_ATTEMPTS
from actions.profile_form import ValidateProfileForm
from actions.slots import PATHWAY_FIELDS, PROGRAM_FIELDS

FORM = "profile_form"
# A pathway form that has reached the first letter question.
AT_THE_LETTERS = {
    "advice_goal": "pathway",
    "applicant_type": "non_us_img",
    "step1": "pass_first_attempt",
    "step2ck_score": 250,
}


def form_turn(
    text: str,
    intent: str,
    *,
    requested: str | None,
    slots: dict[str, Any] | None = None,
    candidates: dict[str, Any] | None = None,
    entities: list[dict[str, Any]] | None = None,
):
    """The temporary tracker Rasa's FormAction sends to validate_profile_form."""
    after = [slot_event("requested_slot", requested), action_event(FORM)]
    after += [slot_event(name, value) for name, value in (candidates or {}).items()]
    return make_tracker(
        text,
        intent,
        slots=dict(slots or {}),
        entities=entities,
        after=after,
        form=FORM,
    )


def test_pathway_goal_asks_the_first_missing_pathway_field(domain):
    tracker = form_turn(
        "should I apply integrated IR?",
        "ask_pathway",
        requested=None,
        slots={"advice_goal": "pathway", "applicant_type": "non_us_img"},
    )
    events, _ = run_action(ValidateProfileForm(), tracker, domain)
    assert slot_sets(events)["requested_slot"] == PATHWAY_FIELDS[1] == "step1"


def test_program_goal_asks_visa_and_regions_first(domain):
    tracker = form_turn(
        "which programs?", "ask_programs", requested=None, slots={"advice_goal": "programs"}
    )
    events, _ = run_action(ValidateProfileForm(), tracker, domain)
    assert slot_sets(events)["requested_slot"] == PROGRAM_FIELDS[0] == "visa_need"
    tracker = form_turn(
        "which programs?",
        "ask_programs",
        requested=None,
        slots={"advice_goal": "programs", "visa_need": "j1"},
    )
    events, _ = run_action(ValidateProfileForm(), tracker, domain)
    assert slot_sets(events)["requested_slot"] == "preferred_regions"


def test_answer_is_accepted_and_the_next_question_follows(domain):
    tracker = form_turn(
        "251",
        "inform",
        requested="step2ck_score",
        slots={
            "advice_goal": "pathway",
            "applicant_type": "us_img",
            "step1": "pass_first_attempt",
            "failed_attempts": 2,
        },
        candidates={"step2ck_score": 251.0},
    )
    events, messages = run_action(ValidateProfileForm(), tracker, domain)
    slots = slot_sets(events)
    # The extracted value is already in the tracker: it is not set a second time.
    assert "step2ck_score" not in slots
    assert slots["failed_attempts"] == 0
    assert slots["requested_slot"] == "us_ir_letters"
    assert messages == []


def test_validation_emits_only_changes(domain):
    """A value the re-check normalises is set again; an unchanged retry count is not."""
    tracker = form_turn(
        "/inform",
        "inform",
        requested="step2ck_score",
        slots={"advice_goal": "pathway", "applicant_type": "us_img", "failed_attempts": 0},
        candidates={"step2ck_score": "251", "step1": "pass_first_attempt"},
    )
    events, _ = run_action(ValidateProfileForm(), tracker, domain)
    slots = slot_sets(events)
    assert slots["step2ck_score"] == 251
    assert "step1" not in slots
    assert "failed_attempts" not in slots
    assert slots["requested_slot"] == "us_ir_letters"


def test_one_answer_for_all_letters_skips_the_other_letter_questions(domain):
    tracker = form_turn(
        "no US letters yet",
        "inform",
        requested="us_ir_letters",
        slots=AT_THE_LETTERS,
        candidates={"us_ir_letters": 0, "us_dr_letters": 0, "us_other_letters": 0},
    )
    events, messages = run_action(ValidateProfileForm(), tracker, domain)
    assert slot_sets(events)["requested_slot"] == "ir_publications"
    assert messages == []


def test_form_ends_when_everything_for_the_goal_is_known(domain):
    known = {"visa_need": "none", "preferred_regions": ["west"], "applicant_type": "us_md"}
    tracker = form_turn(
        "250",
        "inform",
        requested="step2ck_score",
        slots={"advice_goal": "programs", **known},
        candidates={"step2ck_score": 250},
    )
    events, _ = run_action(ValidateProfileForm(), tracker, domain)
    assert slot_sets(events)["requested_slot"] is None


def test_skip_moves_on_and_is_remembered(domain):
    tracker = form_turn("/skip", "skip", requested="visa_need", slots={"advice_goal": "programs"})
    events, messages = run_action(ValidateProfileForm(), tracker, domain)
    slots = slot_sets(events)
    assert slots["skipped_fields"] == ["visa_need"]
    assert slots["requested_slot"] == "preferred_regions"
    assert "skip" in texts(messages).lower()
    # A later form for another goal does not ask the skipped field again.
    tracker = form_turn(
        "chances?",
        "ask_chances",
        requested=None,
        slots={"advice_goal": "chances", "skipped_fields": ["applicant_type"]},
    )
    events, _ = run_action(ValidateProfileForm(), tracker, domain)
    assert slot_sets(events)["requested_slot"] == "step1"


def test_typed_dont_know_counts_as_skip(domain):
    tracker = form_turn(
        "no idea yet honestly",
        "inform",
        requested="graduation_year",
        slots={"advice_goal": "pathway"},
    )
    events, _ = run_action(ValidateProfileForm(), tracker, domain)
    assert "graduation_year" in slot_sets(events).get("skipped_fields", [])


def test_impossible_value_is_asked_again_then_skipped_after_three_failures(domain):
    slots: dict[str, Any] = {
        "advice_goal": "pathway",
        "applicant_type": "non_us_img",
        "step1": "pass_first_attempt",
    }
    for attempt in range(1, MAX_FAILED_ATTEMPTS):
        tracker = form_turn("320", "inform", requested="step2ck_score", slots=slots)
        events, _ = run_action(ValidateProfileForm(), tracker, domain)
        result = slot_sets(events)
        assert result["failed_attempts"] == attempt
        assert result["requested_slot"] == "step2ck_score"  # asked again
        slots["failed_attempts"] = attempt
    tracker = form_turn("320", "inform", requested="step2ck_score", slots=slots)
    events, messages = run_action(ValidateProfileForm(), tracker, domain)
    result = slot_sets(events)
    assert result["skipped_fields"] == ["step2ck_score"]
    assert result["failed_attempts"] == 0
    assert result["requested_slot"] == "us_ir_letters"
    assert "Step 2 CK" in texts(messages)


def test_answer_without_a_value_is_explained_and_counted(domain):
    tracker = form_turn(
        "it went pretty well", "inform", requested="us_ir_letters", slots={"advice_goal": "pathway"}
    )
    events, messages = run_action(ValidateProfileForm(), tracker, domain)
    assert slot_sets(events)["failed_attempts"] == 1
    assert "Sorry, I couldn't read the number of US IR letters in that" in texts(messages)


def test_digression_returns_no_slot_so_rasa_lets_the_rules_answer(domain):
    tracker = form_turn(
        "how many publications do I need?",
        "ask_research",
        requested="us_ir_letters",
        slots={"advice_goal": "pathway"},
    )
    events, messages = run_action(ValidateProfileForm(), tracker, domain)
    non_requested = {k: v for k, v in slot_sets(events).items() if k != "requested_slot"}
    assert non_requested == {}
    assert messages == []


def test_other_fact_mid_form_keeps_the_current_question(domain):
    tracker = form_turn(
        "oh and I need a J1",
        "inform",
        requested="us_ir_letters",
        slots=AT_THE_LETTERS,
        candidates={"visa_need": "j1"},
    )
    events, messages = run_action(ValidateProfileForm(), tracker, domain)
    slots = slot_sets(events)
    assert "visa_need" not in slots  # kept as extracted
    assert slots["requested_slot"] == "us_ir_letters"
    assert "Got it" in texts(messages) and "J-1" in texts(messages)


def test_a_value_for_another_field_is_stored_and_the_question_asked_again(domain):
    tracker = form_turn(
        "3 months",
        "inform",
        requested="graduation_year",
        slots={
            "advice_goal": "pathway",
            "failed_attempts": 1,
            "form_fields": ["graduation_year", "visa_need"],
        },
        candidates={"usce_months": 3},
    )
    events, messages = run_action(ValidateProfileForm(), tracker, domain)
    slots = slot_sets(events)
    assert slots["requested_slot"] == "graduation_year"
    assert "failed_attempts" not in slots  # not a failed answer
    assert "Got it" in texts(messages)


def test_a_fact_given_again_is_said_back_and_not_a_failed_answer(domain):
    # J-1 is stored; "I will need J1" when the earlier cycles were asked is no failure.
    tracker = form_turn(
        "I will need J1",
        "inform",
        requested="match_cycles",
        slots={**AT_THE_LETTERS, "visa_need": "j1", "failed_attempts": 1},
    )
    events, messages = run_action(ValidateProfileForm(), tracker, domain)
    slots = slot_sets(events)
    assert "failed_attempts" not in slots
    assert slots.get("visa_need") == "j1"  # a slot event keeps the form asking
    assert "I already had that" in texts(messages) and "J-1" in texts(messages)
    assert "couldn't read" not in texts(messages)


def test_a_question_taken_for_an_answer_is_a_digression_not_a_failure(domain):
    tracker = form_turn(
        "Should I apply integrated IR?",
        "inform",
        requested="us_ir_letters",
        slots={"advice_goal": "pathway"},
    )
    events, messages = run_action(ValidateProfileForm(), tracker, domain)
    assert {k for k in slot_sets(events) if k != "requested_slot"} == set()
    assert messages == []


def test_the_form_asks_only_the_facts_the_dispatcher_chose(domain):
    tracker = form_turn(
        "should I apply integrated IR?",
        "ask_pathway",
        requested=None,
        slots={"advice_goal": "pathway", "form_fields": ["visa_need", "step2ck_score"]},
    )
    events, _ = run_action(ValidateProfileForm(), tracker, domain)
    assert slot_sets(events)["requested_slot"] == "visa_need"
    done = form_turn(
        "250",
        "inform",
        requested="step2ck_score",
        slots={"advice_goal": "pathway", "form_fields": ["visa_need", "step2ck_score"]},
        candidates={"visa_need": "j1", "step2ck_score": 250},
    )
    events, _ = run_action(ValidateProfileForm(), done, domain)
    assert slot_sets(events)["requested_slot"] is None


def test_a_question_beside_the_asked_value_is_answered_too(domain):
    tracker = form_turn(
        "250. and whats a good CK score for IR?",
        "inform",
        requested="step2ck_score",
        slots={"advice_goal": "pathway", "form_fields": ["step2ck_score", "visa_need"]},
        candidates={"step2ck_score": 250},
    )
    events, messages = run_action(ValidateProfileForm(), tracker, domain)
    assert slot_sets(events)["requested_slot"] == "visa_need"
    assert "Step 2 CK" in texts(messages)
