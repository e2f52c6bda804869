"""The domain and NLU files against the contract and the dialogue design (no Rasa needed)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from dialogue_assets import (
    CONTRACT_INTENTS,
    EXTRA_INTENTS,
    HOLDOUT_DIR,
    NLU_DIR,
    examples_by_intent,
    load_domain,
    normalise,
)

from bot.profile import ALL_FIELDS, PROFILE_FIELDS

NEAR_COPY_OVERLAP = 0.8
TELEGRAM_CALLBACK_LIMIT = 64  # bytes of callback data Telegram accepts per button
DESIGN_ACTIONS = {
    "action_validate_slot_mappings",
    "validate_profile_form",
    "action_answer_turn",
    "action_give_advice",
    "action_show_programs",
    "action_show_profile",
    "action_forget_me",
}
DESIGN_RESPONSES = {
    "utter_greet",
    "utter_goodbye",
    "utter_you_are_welcome",
    "utter_iamabot",
    "utter_help",
    "utter_default",
}
ENUM_SLOT_VALUES = {
    "applicant_type": ["non_us_img", "us_img", "us_md", "us_do"],
    "step1": ["pass_first_attempt", "pass_after_retake", "failed", "not_taken"],
    "step3": ["passed", "not_taken", "failed"],
    "visa_need": ["none", "j1", "h1b", "undecided"],
}


@pytest.fixture(scope="module")
def domain() -> dict[str, Any]:
    return load_domain()


def test_the_contract_and_design_intents_are_declared(domain: dict[str, Any]) -> None:
    # Other features add their own intents (e.g. show_chart); the named ones must all be there.
    assert set(CONTRACT_INTENTS + EXTRA_INTENTS) <= set(domain["intents"])
    assert len(set(domain["intents"])) == len(domain["intents"])


def test_every_profile_field_is_a_custom_mapped_slot_that_does_not_steer(
    domain: dict[str, Any],
) -> None:
    slots = domain["slots"]
    for field in PROFILE_FIELDS:
        assert field in slots, field
        assert slots[field]["influence_conversation"] is False, field
        assert slots[field]["mappings"] == [{"type": "custom"}], field
    for field, values in ENUM_SLOT_VALUES.items():
        assert slots[field]["type"] == "categorical"
        assert slots[field]["values"] == values, field
    assert slots["preferred_regions"]["type"] == "list"
    assert slots["step2ck_first_attempt"]["type"] == "bool"
    helpers = (
        "recommended_pathway",
        "advice_goal",
        "form_fields",
        "skipped_fields",
        "failed_attempts",
    )
    for helper_slot in helpers:
        assert helper_slot in slots


def test_form_asks_every_profile_field_with_a_skip_button(domain: dict[str, Any]) -> None:
    required = domain["forms"]["profile_form"]["required_slots"]
    assert sorted(required) == sorted(ALL_FIELDS)  # cycle_stage too, when it matters
    for field in required:
        variants = domain["responses"][f"utter_ask_{field}"]
        buttons = variants[0].get("buttons", [])
        assert {"title": "I don't know yet", "payload": "/skip"} in buttons, field


def test_design_actions_and_responses_are_declared(domain: dict[str, Any]) -> None:
    names = {a if isinstance(a, str) else next(iter(a)) for a in domain["actions"]}
    assert names >= DESIGN_ACTIONS
    assert set(domain["responses"]) >= DESIGN_RESPONSES


def test_button_payloads_fit_telegram_and_name_known_intents(domain: dict[str, Any]) -> None:
    for name, variants in domain["responses"].items():
        for variant in variants:
            for button in variant.get("buttons", []):
                payload = as_sent(button["payload"])
                assert len(payload.encode()) <= TELEGRAM_CALLBACK_LIMIT, (name, payload)
                intent, _, entities = payload[1:].partition("{")
                assert intent in domain["intents"], (name, payload)
                if entities:
                    assert isinstance(json.loads("{" + entities), dict), (name, payload)


def as_sent(payload: str) -> str:
    """A response's button payload after Rasa's slot interpolation, which must not fail:
    JSON entities are written in doubled braces, every other brace would be a slot name."""
    if "{" not in payload:
        return payload
    assert payload.count("{{") == payload.count("{") // 2 == 1, f"undoubled braces: {payload}"
    return payload.replace("{{", "{").replace("}}", "}")


def test_greeting_says_unofficial_and_how_to_be_forgotten(domain: dict[str, Any]) -> None:
    text = domain["responses"]["utter_greet"][0]["text"].lower()
    assert "not an official source" in text
    assert "forget me" in text


def test_every_intent_has_varied_training_examples() -> None:
    training = examples_by_intent(NLU_DIR)
    for intent in CONTRACT_INTENTS + EXTRA_INTENTS:
        examples = training.get(intent, [])
        assert len({normalise(e) for e in examples}) >= 20, intent


def test_holdout_has_ten_unseen_utterances_per_intent() -> None:
    training = {normalise(e) for examples in examples_by_intent(NLU_DIR).values() for e in examples}
    holdout = examples_by_intent(HOLDOUT_DIR)
    for intent in CONTRACT_INTENTS + EXTRA_INTENTS:
        examples = holdout.get(intent, [])
        assert len(examples) >= 10, intent
        leaked = [e for e in examples if normalise(e) in training]
        assert not leaked, (intent, leaked)


def _token_overlap(first: str, second: str) -> float:
    a, b = set(first.split()), set(second.split())
    return len(a & b) / len(a | b)


def test_holdout_is_not_a_near_copy_of_the_training_data() -> None:
    """Word-set overlap (Jaccard) of 0.8 or more with any training example counts as a copy."""
    training = [normalise(e) for examples in examples_by_intent(NLU_DIR).values() for e in examples]
    near_copies = [
        (held_out, seen)
        for examples in examples_by_intent(HOLDOUT_DIR).values()
        for held_out in map(normalise, examples)
        for seen in training
        if _token_overlap(held_out, seen) >= NEAR_COPY_OVERLAP
    ]
    assert not near_copies
