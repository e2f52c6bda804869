"""The two-stage fallback's affirmation question names the topic, never an intent identifier."""

from __future__ import annotations

from typing import Any

from actions_helpers import make_tracker, run_action
from rasa_sdk import Tracker

from actions.fallback import AskAffirmation
from bot.answers.affirmation import INTENT_DESCRIPTIONS, REPHRASE_INSTEAD


def fallback_tracker(ranking: list[tuple[str, float]]) -> Tracker:
    tracker = make_tracker("vsa sponsr??", intent="nlu_fallback")
    tracker.latest_message["intent_ranking"] = [
        {"name": name, "confidence": confidence} for name, confidence in ranking
    ]
    return tracker


def test_under_nlu_fallback_it_asks_about_the_likeliest_real_intent(
    domain: dict[str, Any],
) -> None:
    tracker = fallback_tracker([("nlu_fallback", 0.55), ("ask_visa", 0.41), ("ask_usmle", 0.3)])

    events, messages = run_action(AskAffirmation(), tracker, domain)

    assert events == []
    [message] = messages
    assert message["text"] == (
        f"I'm not sure I understood. Did you mean: {INTENT_DESCRIPTIONS['ask_visa']}?"
    )
    assert "ask_visa" not in message["text"]
    assert [(b["title"], b["payload"]) for b in message["buttons"]] == [
        ("Yes", "/ask_visa"),
        ("No, something else", "/out_of_scope"),
    ]


def test_an_ambiguous_but_named_intent_is_asked_about_directly(domain: dict[str, Any]) -> None:
    tracker = make_tracker("how many letters and pubs", intent="ask_letters")

    _, [message] = run_action(AskAffirmation(), tracker, domain)

    assert INTENT_DESCRIPTIONS["ask_letters"] in message["text"]
    assert message["buttons"][0]["payload"] == "/ask_letters"


def test_without_a_known_candidate_it_asks_to_rephrase(domain: dict[str, Any]) -> None:
    tracker = fallback_tracker([("nlu_fallback", 0.9)])

    _, [message] = run_action(AskAffirmation(), tracker, domain)

    assert "another way" in message["text"]
    assert [b["payload"] for b in message["buttons"]] == [
        "/ask_pathway",
        "/ask_programs",
        "/ask_chances",
        "/help",
    ]


def test_a_likely_reply_or_small_talk_is_not_offered_back(domain: dict[str, Any]) -> None:
    """ "Did you mean: no?" helps nobody: the bot asks to rephrase and offers the topics."""
    tracker = fallback_tracker([("nlu_fallback", 0.55), ("deny", 0.42), ("skip", 0.2)])

    _, [message] = run_action(AskAffirmation(), tracker, domain)

    assert "another way" in message["text"]
    assert "/deny" not in [b["payload"] for b in message["buttons"]]


def test_every_domain_intent_is_described_or_rephrased(domain: dict[str, Any]) -> None:
    intents = {i if isinstance(i, str) else next(iter(i)) for i in domain["intents"]}

    assert intents == set(INTENT_DESCRIPTIONS) | REPHRASE_INSTEAD
    assert not set(INTENT_DESCRIPTIONS) & REPHRASE_INSTEAD
    assert not any("_" in text for text in INTENT_DESCRIPTIONS.values())
