"""action_answer_turn: the whole message understood and answered first, then the facts asked."""

from __future__ import annotations

from typing import Any

from actions_helpers import make_tracker, run_action, slot_event, slot_sets, texts

from actions.turn import AnswerTurn
from bot.dialogue import MAX_ASKED_FIELDS

FLAGSHIP = (
    "Hi, IMG from India, grad 2025, step 1 pass first attempt, 266 on CK, need J1, "
    "2 US IR letters. Should I apply integrated IR?"
)
FLAGSHIP_FACTS = {
    "applicant_type": "non_us_img",
    "graduation_year": 2025,
    "step1": "pass_first_attempt",
    "step2ck_score": 266,
    "visa_need": "j1",
    "us_ir_letters": 2,
}
# Everything a pathway-like goal asks: nothing left to ask.
COMPLETE = {
    **FLAGSHIP_FACTS,
    "us_dr_letters": 1,
    "ir_publications": 2,
    "usce_months": 4,
    "match_cycles": 0,
    "cycle_stage": "preparing",  # asked when a season is under way (the date decides)
}


def turn(text: str, intent: str, **kwargs: Any) -> Any:
    return make_tracker(text, intent, **kwargs)


def test_the_flagship_opening_confirms_answers_then_asks_at_most_three(domain):
    after = [slot_event(field, value) for field, value in FLAGSHIP_FACTS.items()]
    events, messages = run_action(AnswerTurn(), turn(FLAGSHIP, "inform", after=after), domain)
    said = [m.get("text") or "" for m in messages]
    assert said[0].startswith("Got it:") and "266" in said[0]
    assert len(said[0]) < 400  # one line, not the answer
    assert "Integrated IR" in " ".join(said[1:-1])  # the pathway question is answered
    slots = slot_sets(events)
    assert slots["advice_goal"] == "pathway"
    assert slots["turn_next"] == "ask_facts"
    assert 1 <= len(slots["form_fields"]) <= MAX_ASKED_FIELDS
    assert not set(slots["form_fields"]) & set(FLAGSHIP_FACTS)
    assert "just tell me" in said[-1]


def test_three_questions_main_in_full_the_others_briefly(domain):
    text = "how many LORs do I need? should I take step 3? and do observerships count as USCE?"
    events, messages = run_action(AnswerTurn(), turn(text, "ask_letters"), domain)
    payloads = [b["payload"] for m in messages for b in m.get("buttons", [])]
    assert "/ask_usmle" in payloads and "/ask_clinical_experience" in payloads
    assert "letter" in (messages[0].get("text") or "").lower()
    assert slot_sets(events)["turn_next"] == "answered"


def test_a_topic_the_main_answer_covers_is_offered_not_said_twice(domain):
    text = "how many DR programs should I apply to? and are signals worth it for IR?"
    _, messages = run_action(AnswerTurn(), turn(text, "ask_application_count"), domain)
    said = texts(messages)
    assert said.count("60%") == 1  # the signals figure once, in the count answer
    payloads = [b["payload"] for m in messages for b in m.get("buttons", [])]
    assert "/ask_signals" in payloads  # the full signals answer is one tap away


def test_a_question_it_cannot_place_beside_one_it_answers_is_quoted_back(domain):
    text = "can I apply for IR directly or I must do DR? Do they accept blorfy like me?"
    _, messages = run_action(AnswerTurn(), turn(text, "ask_pathway"), domain)
    said = texts(messages)
    assert "Integrated IR" in said  # the placed question is answered
    assert "You also asked “Do they accept blorfy like me?”" in said
    # the rest of an answered question, cut at its conjunction, is not quoted as another
    _, messages = run_action(
        AnswerTurn(), turn("what is ESIR and should I care as an IMG?", "ask_esir"), domain
    )
    assert "You also asked" not in texts(messages)


def test_a_plain_question_is_answered_with_no_form(domain):
    events, messages = run_action(
        AnswerTurn(), turn("whats a good CK score for IR?", "ask_usmle"), domain
    )
    assert "Step 2 CK" in texts(messages)
    assert slot_sets(events) == {"turn_next": "answered"}


def test_a_goal_question_with_everything_known_gets_the_personal_answer(domain, databases):
    slots = dict(COMPLETE)
    events, messages = run_action(
        AnswerTurn(), turn("my chances?", "ask_chances", slots=slots), domain
    )
    assert slot_sets(events)["turn_next"] == "answered"
    assert "recommended_pathway" in slot_sets(events)
    assert messages


def test_inside_the_form_a_goal_question_does_not_start_another(domain):
    tracker = turn("which programs fit me?", "ask_programs", form="profile_form")
    events, _ = run_action(AnswerTurn(), tracker, domain)
    assert slot_sets(events)["turn_next"] == "answered"
    assert slot_sets(events)["advice_goal"] == "programs"


def test_out_of_scope_says_what_the_bot_covers_and_who_knows(domain):
    _, messages = run_action(
        AnswerTurn(), turn("how do I get a green card after residency", "out_of_scope"), domain
    )
    said = texts(messages)
    assert "immigration attorney" in said
    assert "/ask_pathway" in [b["payload"] for m in messages for b in m.get("buttons", [])]


def test_distress_gets_a_warm_reply_and_self_harm_the_988_line(domain):
    text = "Im so stressed i cant sleep, my family spent so much on this, i feel like giving up"
    _, messages = run_action(AnswerTurn(), turn(text, "nlu_fallback"), domain)
    assert "hard" in texts(messages) and "988" not in texts(messages)
    assert "Did you mean" not in texts(messages)
    _, messages = run_action(
        AnswerTurn(), turn("i dont want to live anymore", "nlu_fallback"), domain
    )
    assert "988" in texts(messages) and "emergency" in texts(messages)


def test_a_question_asked_in_distress_is_heard_first_then_answered(domain):
    text = "i failed step 1 once. is it over for IR? i feel like giving up honestly"
    _, messages = run_action(AnswerTurn(), turn(text, "ask_chances"), domain)
    said = [m.get("text") or "" for m in messages]
    assert "a lot to carry" in said[0]  # heard first
    assert any("Integrated IR" in line for line in said[1:])  # then the question is answered
    _, calm = run_action(
        AnswerTurn(), turn("is it over for IR with a step 1 fail?", "ask_chances"), domain
    )
    assert "a lot to carry" not in texts(calm)


def test_a_fact_the_answer_asks_with_buttons_is_not_asked_again_by_the_form(domain):
    text = "non-US IMG, CK 238, grad 2019. Do programs sponsor H1B or only J1?"
    events, messages = run_action(AnswerTurn(), turn(text, "ask_visa"), domain)
    payloads = [b["payload"] for m in messages for b in m.get("buttons", [])]
    assert any(p.startswith('/inform{"visa_need"') for p in payloads)  # the answer asks it
    assert "J-1" in texts(messages).split("Which visa")[0]  # after answering the question
    assert "visa_need" not in (slot_sets(events).get("form_fields") or [])
    # A visa named only inside the question is unsure; the answer's buttons ask it, once.
    _, messages = run_action(
        AnswerTurn(), turn("Do programs sponsor H1B or only J1?", "ask_visa"), domain
    )
    assert "Will you need a visa" not in texts(messages)
    assert texts(messages).count("Which visa would you need?") == 1


def test_the_chances_answer_asks_the_group_its_buttons_set(domain):
    _, messages = run_action(
        AnswerTurn(), turn("what are my chances for IR?", "ask_chances"), domain
    )
    with_buttons = [
        m for m in messages if any("applicant_type" in b["payload"] for b in m.get("buttons", []))
    ]
    assert with_buttons and "Which group are you in?" in with_buttons[0]["text"]
    events, _ = run_action(AnswerTurn(), turn("what are my chances for IR?", "ask_chances"), domain)
    assert "applicant_type" not in (slot_sets(events).get("form_fields") or [])


def _form_question_buttons(messages: list[dict[str, Any]]) -> list[str]:
    return [b["title"] for m in messages for b in m.get("buttons", [])]


def test_one_question_at_a_time_the_answers_own_first_then_the_form(domain):
    # "Sir what's my chances" got the group buttons and the form's first question at once.
    events, messages = run_action(
        AnswerTurn(), turn("Sir what's my chances", "ask_chances"), domain
    )
    sets = slot_sets(events)
    assert sets["turn_next"] != "ask_facts"  # the form waits for the group
    assert sets["form_fields"] and sets["advice_goal"] == "chances"
    assert "After the question above," in texts(messages)
    assert "Not applied yet" not in _form_question_buttons(messages)
    # Answered by typing: stored by the slot mappings, then the form goes on.
    asked_before = [
        {"event": "user", "text": "Sir what's my chances"},
        *(
            {"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons", [])}}
            for m in messages
        ),
        *(slot_event(name, value) for name, value in sets.items()),
    ]
    typed = turn(
        "im IMG, ck 243",
        "inform",
        before=asked_before,
        after=[slot_event("applicant_type", "non_us_img"), slot_event("step2ck_score", 243)],
    )
    events, messages = run_action(AnswerTurn(), typed, domain)
    assert slot_sets(events).get("turn_next") == "ask_facts"
    assert "Got it" in texts(messages)
    # A typed fact the last reply did not ask does not start the form.
    other = turn(
        "also I have 2 pubs",
        "inform",
        before=asked_before,
        after=[slot_event("ir_publications", 2)],
    )
    events, _ = run_action(AnswerTurn(), other, domain)
    assert slot_sets(events)["turn_next"] != "ask_facts"


def test_commands(domain, databases):
    events, messages = run_action(AnswerTurn(), turn("start over", "command"), domain)
    assert {"event": "reset_slots", "timestamp": None} in events
    assert "fresh start" in texts(messages)
    events, messages = run_action(AnswerTurn(), turn("stop asking", "command"), domain)
    assert slot_sets(events)["form_fields"] is None
    assert "no more questions" in texts(messages)
    slots = {"advice_goal": "chances", **FLAGSHIP_FACTS}
    events, messages = run_action(
        AnswerTurn(), turn("just tell me", "command", slots=slots), domain
    )
    assert "Here's my answer" in texts(messages)
    assert "recommended_pathway" in slot_sets(events)


def test_just_tell_me_right_after_the_same_answer_does_not_send_it_again(domain):
    slots = {"advice_goal": "chances", **FLAGSHIP_FACTS}
    _, first = run_action(AnswerTurn(), turn("just tell me", "command", slots=slots), domain)
    said = [
        {"event": "user", "text": "what are my chances?"},
        *({"event": "bot", "text": m["text"]} for m in first),
    ]
    _, again = run_action(
        AnswerTurn(), turn("just tell me", "command", slots=slots, before=said), domain
    )
    assert "still stands" in texts(again)
    repeated = {m["text"] for m in again} & {m["text"] for m in first if len(m["text"]) > 120}
    assert not repeated  # no answer message twice


def test_a_command_nlu_heard_but_the_patterns_did_not_stops_asking(domain):
    _, messages = run_action(AnswerTurn(), turn("quit it with the quiz", "command"), domain)
    assert "no more questions" in texts(messages)


def test_facts_only_are_confirmed_with_the_main_questions(domain):
    after = [slot_event("step2ck_score", 251)]
    _, messages = run_action(
        AnswerTurn(), turn("I got 251 on step 2", "inform", after=after), domain
    )
    assert messages[0]["text"].startswith("Got it:")
    assert [b["payload"] for b in messages[-1]["buttons"]] == [
        "/ask_pathway",
        "/ask_programs",
        "/ask_chances",
    ]


def test_facts_with_a_question_it_cannot_place_say_so_quoting_the_question(domain):
    after = [slot_event("step2ck_score", 251)]
    text = "I got 251 on step 2. what about the thing with the stuff?"
    _, messages = run_action(AnswerTurn(), turn(text, "inform", after=after), domain)
    assert messages[0]["text"].startswith("Got it:") and not messages[0].get("buttons")
    assert "“what about the thing with the stuff?”" in messages[1]["text"]
    assert "couldn't tell which topic" in messages[1]["text"]
    assert [b["payload"] for b in messages[1]["buttons"]] == [
        "/ask_pathway",
        "/ask_programs",
        "/ask_chances",
    ]


def test_a_correction_already_answered_gets_no_not_sure_reply(domain):
    before = [slot_event("step2ck_score", 241)]
    after = [
        slot_event("step2ck_score", 243),
        {"event": "bot", "text": "Updated Step 2 CK: 243 (was 241)."},
    ]
    text = "sorry i meant my CK was 243 not 241"
    _, messages = run_action(AnswerTurn(), turn(text, "inform", before=before, after=after), domain)
    assert not any("not sure what you're asking" in str(m.get("text")) for m in messages)


def test_an_unplaced_question_gets_a_short_honest_reply_never_the_plan(domain):
    _, messages = run_action(
        AnswerTurn(), turn("what about the thing with the stuff?", "nlu_fallback"), domain
    )
    assert len(messages) == 1
    assert "not sure what you're asking" in messages[0]["text"]
    assert len(messages[0]["text"]) < 600 and messages[0]["buttons"]


def test_small_talk_gets_its_usual_reply(domain):
    _, messages = run_action(AnswerTurn(), turn("hi", "greet"), domain)
    assert [m.get("response") for m in messages] == ["utter_greet"]


def test_a_greeting_with_a_question_is_the_question(domain):
    _, messages = run_action(
        AnswerTurn(), turn("hello! what's a good CK score for IR?", "greet"), domain
    )
    assert "Step 2 CK" in texts(messages)


def test_a_button_payload_is_its_intent(domain):
    events, messages = run_action(AnswerTurn(), turn("/ask_letters", "ask_letters"), domain)
    assert "letter" in texts(messages).lower()
    assert slot_sets(events)["turn_next"] == "answered"
