"""Confirming questions: a fact the message only may mean is asked about, never stored on a
guess; "Yes" stores it through the usual validation, "No" stores nothing, a forged payload is
refused and stores nothing."""

from __future__ import annotations

from typing import Any

from actions_helpers import make_tracker, run_action, slot_sets, texts

from actions.extraction import ExtractProfileFacts
from actions.turn import AnswerTurn
from bot.dialogue import MAX_ASKED_FIELDS

YES_240 = '/inform{"step2ck_score":240}'
NO_CK = '/inform{"unconfirmed":"step2ck_score"}'


def buttons(messages: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(b["title"], b["payload"]) for m in messages for b in m.get("buttons") or []]


def both_actions(
    text: str, intent: str, entities: list[dict[str, Any]], **kwargs: Any
) -> tuple[list[Any], list[dict[str, Any]], list[Any], list[dict[str, Any]]]:
    """What Rasa runs for a message: the slot extraction, then the dispatcher on its events."""
    domain: dict[str, Any] = {}
    tracker = make_tracker(text, intent, entities=entities, **kwargs)
    stored, said = run_action(ExtractProfileFacts(), tracker, domain)
    bot = [{"event": "bot", "text": m.get("text")} for m in said]  # as the tracker records it
    tracker = make_tracker(text, intent, entities=entities, after=[*stored, *bot], **kwargs)
    events, messages = run_action(AnswerTurn(), tracker, domain)
    return stored, said, events, messages


def test_a_number_in_a_question_is_answered_then_confirmed_not_stored(domain):
    tracker = make_tracker("is 240 on CK good enough for IR?", "ask_usmle")
    stored, _ = run_action(ExtractProfileFacts(), tracker, domain)
    assert "step2ck_score" not in slot_sets(stored)
    events, messages = run_action(AnswerTurn(), tracker, domain)
    assert "Step 2 CK" in texts(messages[:-1])  # the question is answered first
    assert messages[-1]["text"] == "Is 240 your own Step 2 CK score?"
    assert buttons(messages[-1:]) == [("Yes", YES_240), ("No", NO_CK)]
    assert "step2ck_score" not in slot_sets(events)


def test_a_known_value_is_not_questioned_again(domain):
    tracker = make_tracker(
        "is 240 on CK good enough for IR?", "ask_usmle", slots={"step2ck_score": 251}
    )
    _, messages = run_action(AnswerTurn(), tracker, domain)
    assert "Is 240" not in texts(messages)


def test_a_goal_question_counts_the_confirmation_among_the_facts_asked(domain):
    text = "is 240 on CK enough to apply for integrated IR or should I go DR?"
    events, messages = run_action(AnswerTurn(), make_tracker(text, "ask_pathway"), domain)
    slots = slot_sets(events)
    assert slots["advice_goal"] == "pathway"
    assert 1 <= len(slots["form_fields"]) <= MAX_ASKED_FIELDS - 1
    assert "step2ck_score" not in slots["form_fields"]
    # The form waits for the answer to the confirming question, which comes last.
    assert slots["turn_next"] == "answered"
    assert "First a quick check" in texts(messages)
    assert messages[-1]["text"] == "Is 240 your own Step 2 CK score?"


def test_yes_stores_the_value_and_starts_the_form(domain):
    pending = {"advice_goal": "pathway", "form_fields": ["visa_need", "applicant_type"]}
    entities = [{"entity": "step2ck_score", "value": 240}]
    stored, _, events, messages = both_actions(YES_240, "inform", entities, slots=pending)
    assert slot_sets(stored) == {"step2ck_score": 240}
    assert texts(messages).startswith("Got it:") and "240" in texts(messages)
    assert slot_sets(events)["turn_next"] == "ask_facts"


def test_yes_without_pending_questions_confirms_with_the_main_questions(domain):
    entities = [{"entity": "step2ck_score", "value": 240}]
    stored, _, events, messages = both_actions(YES_240, "inform", entities)
    assert slot_sets(stored) == {"step2ck_score": 240}
    assert "240" in texts(messages)
    assert slot_sets(events)["turn_next"] == "answered"


def test_no_stores_nothing_and_the_form_goes_on(domain):
    pending = {"advice_goal": "pathway", "form_fields": ["visa_need"]}
    entities = [{"entity": "unconfirmed", "value": "step2ck_score"}]
    stored, _, events, messages = both_actions(NO_CK, "inform", entities, slots=pending)
    assert stored == []
    assert "won't use it" in texts(messages)
    assert slot_sets(events) == {"turn_next": "ask_facts"}


def test_a_forged_value_is_refused_with_its_range_and_stores_nothing(domain):
    entities = [{"entity": "step2ck_score", "value": 999}]
    stored, said, events, messages = both_actions(
        '/inform{"step2ck_score":999}', "inform", entities
    )
    assert slot_sets(stored) == {}
    assert "300" in texts(said)  # the valid range, said by the slot extraction
    assert messages == []  # nothing after the refusal: no "not sure what you're asking"
    assert slot_sets(events) == {"turn_next": "answered"}


def test_a_forged_field_is_refused_clearly_and_stores_nothing(domain):
    entities = [{"entity": "unconfirmed", "value": "favourite_colour"}]
    stored, _, events, messages = both_actions(
        '/inform{"unconfirmed":"favourite_colour"}', "inform", entities
    )
    assert stored == []
    assert "haven't stored anything" in texts(messages)
    # Rasa drops an entity the domain does not declare: an /inform with nothing in it.
    stored, _, events, messages = both_actions('/inform{"salary":1}', "inform", [])
    assert stored == [] and "haven't stored anything" in texts(messages)
    assert all(e.get("name") in {"turn_next"} for e in events)


def test_a_future_letter_alone_gets_the_confirming_question(domain):
    tracker = make_tracker("I will get an IR letter next month", "inform")
    stored, _ = run_action(ExtractProfileFacts(), tracker, domain)
    assert slot_sets(stored) == {}
    _, messages = run_action(AnswerTurn(), tracker, domain)
    assert "letter from a US interventional radiologist" in messages[-1]["text"]
    assert buttons(messages[-1:])[0] == ("Yes", '/inform{"us_ir_letters":1}')


def test_inside_the_form_no_second_question_is_added(domain):
    tracker = make_tracker("is 240 on CK good enough for IR?", "ask_usmle", form="profile_form")
    _, messages = run_action(AnswerTurn(), tracker, domain)
    assert "Is 240" not in texts(messages)


def test_the_question_asked_is_the_most_decisive_one_whose_buttons_fit_telegram():
    from bot.dialogue.confirm import to_confirm
    from bot.extraction import UncertainFact

    regions = ["northeast", "southeast", "midwest", "southwest", "west"]
    items = [
        UncertainFact(field="preferred_regions", value=regions, raw="", question="?"),
        UncertainFact(field="visa_need", value="j1", raw="", question="J-1?"),
        UncertainFact(field="step2ck_score", value=240, raw="", question="240?"),
    ]
    assert to_confirm(items, {}, prefer=["step2ck_score"]).field == "step2ck_score"
    assert to_confirm(items, {}).field == "visa_need"  # five regions do not fit 64 bytes
    assert to_confirm(items[:1], {}) is None
    assert to_confirm(items, {"visa_need": "none"}, skipped=["step2ck_score"]) is None


def test_yes_with_several_regions_stores_them_all(domain):
    # Rasa splits /inform{"preferred_regions":["northeast","west"]} into one entity per item.
    entities = [
        {"entity": "preferred_regions", "value": "northeast"},
        {"entity": "preferred_regions", "value": "west"},
    ]
    stored, _, _, _ = both_actions(
        '/inform{"preferred_regions":["northeast","west"]}', "inform", entities
    )
    assert sorted(slot_sets(stored)["preferred_regions"]) == ["northeast", "west"]


def confirming_reply(domain: dict[str, Any], text: str, intent: str) -> list[dict[str, Any]]:
    """The previous turn: ``text`` and the dispatcher's reply, as the tracker records them."""
    _, messages = run_action(AnswerTurn(), make_tracker(text, intent), domain)
    return [
        {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}},
        *({"event": "bot", "text": m["text"], "data": {"buttons": m["buttons"]}} for m in messages),
    ]


def test_a_typed_yes_stores_the_confirmed_fact(domain):
    before = confirming_reply(domain, "is 240 on CK good enough for IR?", "ask_usmle")
    events, messages = run_action(
        AnswerTurn(), make_tracker("yes", "affirm", before=before), domain
    )
    assert slot_sets(events)["step2ck_score"] == 240
    assert "240" in texts(messages)


def test_a_typed_no_stores_nothing(domain):
    before = confirming_reply(domain, "is 240 on CK good enough for IR?", "ask_usmle")
    events, messages = run_action(AnswerTurn(), make_tracker("no", "deny", before=before), domain)
    assert slot_sets(events) == {"turn_next": "answered"}
    assert "won't use it" in texts(messages)


def test_a_typed_yes_after_a_goal_question_starts_the_form(domain):
    text = "is 240 on CK enough to apply for integrated IR or should I go DR?"
    before = confirming_reply(domain, text, "ask_pathway")
    chosen = {"advice_goal": "pathway", "form_fields": ["visa_need"]}
    tracker = make_tracker("yes", "affirm", before=before, slots=chosen)
    events, _ = run_action(AnswerTurn(), tracker, domain)
    assert slot_sets(events)["step2ck_score"] == 240
    assert slot_sets(events)["turn_next"] == "ask_facts"


def test_a_lone_yes_or_no_without_a_confirming_question_gets_the_usual_reply(domain):
    before = confirming_reply(domain, "whats a good CK score for IR?", "ask_usmle")
    _, messages = run_action(AnswerTurn(), make_tracker("yes", "affirm", before=before), domain)
    assert messages == [{**messages[0], "response": "utter_help"}]
    _, messages = run_action(AnswerTurn(), make_tracker("no", "deny"), domain)
    assert messages[0]["response"] == "utter_anything_else"
