"""action_validate_slot_mappings: facts from text and payloads, corrections, refusals."""

from __future__ import annotations

from actions_helpers import action_event, make_tracker, run_action, slot_event, slot_sets, texts

from actions.extraction import ExtractProfileFacts


def test_two_facts_in_one_message_fill_two_slots(domain):
    tracker = make_tracker("I got 251 on step 2 and passed step 1 first try", "inform")
    events, messages = run_action(ExtractProfileFacts(), tracker, domain)
    assert slot_sets(events) == {"step2ck_score": 251, "step1": "pass_first_attempt"}
    assert messages == []  # new facts are confirmed by action_answer_turn


def test_button_payload_entities_are_the_answer(domain):
    tracker = make_tracker(
        '/inform{"visa_need":"j1"}',
        "inform",
        entities=[{"entity": "visa_need", "value": "j1"}],
    )
    events, _ = run_action(ExtractProfileFacts(), tracker, domain)
    assert slot_sets(events) == {"visa_need": "j1"}


def test_region_payload_becomes_a_list(domain):
    tracker = make_tracker(
        '/inform{"preferred_regions":"west"}',
        "inform",
        entities=[{"entity": "preferred_regions", "value": "west"}],
    )
    events, _ = run_action(ExtractProfileFacts(), tracker, domain)
    assert slot_sets(events) == {"preferred_regions": ["west"]}


def test_correction_replaces_and_says_so(domain):
    tracker = make_tracker(
        "actually it was 248", "inform", before=[slot_event("step2ck_score", 251.0)]
    )
    events, messages = run_action(ExtractProfileFacts(), tracker, domain)
    assert slot_sets(events) == {"step2ck_score": 248}
    said = texts(messages)
    assert "248" in said and "251" in said and "Updated" in said


def test_repeating_a_known_value_changes_nothing(domain):
    tracker = make_tracker(
        "my step 2 is 251", "inform", before=[slot_event("step2ck_score", 251.0)]
    )
    events, messages = run_action(ExtractProfileFacts(), tracker, domain)
    assert events == [] and messages == []


def test_impossible_value_is_refused_with_the_range_and_the_old_value_kept(domain):
    tracker = make_tracker(
        "my step 2 ck is 320", "inform", before=[slot_event("step2ck_score", 251.0)]
    )
    events, messages = run_action(ExtractProfileFacts(), tracker, domain)
    assert "step2ck_score" not in slot_sets(events)
    said = texts(messages)
    assert "300" in said and "Step 2 CK" in said


def test_invalid_payload_value_is_refused(domain):
    tracker = make_tracker(
        '/inform{"visa_need":"o1"}', "inform", entities=[{"entity": "visa_need", "value": "o1"}]
    )
    events, messages = run_action(ExtractProfileFacts(), tracker, domain)
    assert events == []
    assert "Visa" in texts(messages) or "visa" in texts(messages)


def test_inside_the_form_the_question_gives_bare_numbers_their_meaning(domain):
    tracker = make_tracker(
        "2",
        "inform",
        slots={"requested_slot": "us_ir_letters"},
        form="profile_form",
    )
    events, _ = run_action(ExtractProfileFacts(), tracker, domain)
    assert slot_sets(events) == {"us_ir_letters": 2}


def test_no_us_letters_answers_every_letter_question_at_once(domain):
    tracker = make_tracker(
        "no US letters yet",
        "inform",
        slots={"requested_slot": "us_ir_letters"},
        form="profile_form",
    )
    events, _ = run_action(ExtractProfileFacts(), tracker, domain)
    assert slot_sets(events) == {"us_ir_letters": 0, "us_dr_letters": 0, "us_other_letters": 0}


def test_a_year_is_not_read_as_months_of_experience(domain):
    tracker = make_tracker(
        "2019", "inform", slots={"requested_slot": "usce_months"}, form="profile_form"
    )
    events, _ = run_action(ExtractProfileFacts(), tracker, domain)
    assert events == []


def test_question_with_a_vague_amount_is_not_refused(domain):
    tracker = make_tracker("how many publications do I need?", "ask_research")
    events, messages = run_action(ExtractProfileFacts(), tracker, domain)
    assert events == [] and messages == []


def test_second_run_in_the_same_turn_does_nothing(domain):
    # Rasa runs the action again when the form activates in the same turn.
    tracker = make_tracker(
        "should I apply IR? my step 2 is 320",
        "inform",
        after=[action_event("action_answer_turn"), slot_event("advice_goal", "pathway")],
    )
    events, messages = run_action(ExtractProfileFacts(), tracker, domain)
    assert events == [] and messages == []
