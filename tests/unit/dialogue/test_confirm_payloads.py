"""bot.dialogue.confirm: the confirming question's buttons and what a typed "yes" confirms."""

from __future__ import annotations

from bot.dialogue.confirm import (
    asked_confirmation,
    confirming_message,
    no_payload,
    parse_yes_payload,
    unconfirmed_field,
    yes_payload,
)
from bot.extraction import extract_facts


def test_the_buttons_carry_the_field_and_value() -> None:
    (item,) = extract_facts("is 240 on CK good enough?").uncertain
    message = confirming_message(item)
    assert message.text == "Is 240 your own Step 2 CK score?"
    assert [(b.title, b.payload) for b in message.buttons] == [
        ("Yes", '/inform{"step2ck_score":240}'),
        ("No", '/inform{"unconfirmed":"step2ck_score"}'),
    ]


def test_only_a_yes_payload_for_one_profile_field_is_read() -> None:
    assert parse_yes_payload(yes_payload("usce_months", 3.0)) == ("usce_months", 3.0)
    assert parse_yes_payload('/inform{"salary":1}') is None
    assert parse_yes_payload('/inform{"step2ck_score":240,"visa_need":"j1"}') is None
    assert parse_yes_payload("/inform{not json") is None
    assert parse_yes_payload(no_payload("step2ck_score")) is None
    assert parse_yes_payload("/ask_programs") is None


def test_a_no_names_a_profile_field_or_is_forged() -> None:
    assert unconfirmed_field([{"entity": "unconfirmed", "value": "visa_need"}]) == (
        True,
        "visa_need",
    )
    assert unconfirmed_field([{"entity": "unconfirmed", "value": "salary"}]) == (True, None)
    assert unconfirmed_field([{"entity": "visa_need", "value": "j1"}]) == (False, None)


def test_a_typed_yes_confirms_the_question_of_the_last_reply_only() -> None:
    asked = {"buttons": [{"title": "Yes", "payload": yes_payload("ir_publications", 2)}]}
    other = {"buttons": [{"title": "Yes", "payload": "/affirm"}]}
    assert asked_confirmation([{"data": asked}]) == ("ir_publications", 2)
    assert asked_confirmation([{"data": other}, {"text": "no buttons"}]) is None
