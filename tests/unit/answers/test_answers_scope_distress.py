"""Honest scope (what the bot covers, who knows the rest) and the distress replies."""

from __future__ import annotations

import pytest

from bot.answers import MAX_MESSAGE_CHARS, distress_answer, out_of_scope_answer
from bot.answers.scope import OutOfScope, classify


@pytest.mark.parametrize(
    ("text", "kind", "named"),
    [
        ("How do I get a Conrad 30 waiver after residency?", OutOfScope.IMMIGRATION, None),
        ("can my wife work on H4?", OutOfScope.IMMIGRATION, None),
        ("green card through my employer?", OutOfScope.IMMIGRATION, None),
        ("can my parents visit me on a B2 visa during residency?", OutOfScope.IMMIGRATION, None),
        ("can I volunteer in a lab on H4 EAD?", OutOfScope.IMMIGRATION, None),
        ("is a tourist visa ok for an observership?", OutOfScope.IMMIGRATION, None),
        ("Should I apply derm instead?", OutOfScope.OTHER_SPECIALTY, "dermatology"),
        ("what about internal medicine as a backup", OutOfScope.OTHER_SPECIALTY,
         "internal medicine"),
        ("is ortho easier for IMGs", OutOfScope.OTHER_SPECIALTY, "orthopaedics"),
        ("what's the weather in Boston", OutOfScope.OTHER, None),
    ],
)  # fmt: skip
def test_classify(text: str, kind: OutOfScope, named: str | None) -> None:
    assert classify(text) == (kind, named)


def test_immigration_points_to_an_attorney_and_ecfmg_and_offers_visas() -> None:
    [message] = out_of_scope_answer("J-1 waiver and then a green card?")
    assert "immigration attorney" in message.text and "ECFMG" in message.text
    assert "/ask_visa" in [b.payload for b in message.buttons]


def test_other_specialty_is_named_and_never_answered() -> None:
    [message] = out_of_scope_answer("what are my chances in pediatrics?")
    assert "can't speak for pediatrics" in message.text
    assert "Charting Outcomes" in message.text
    assert "%" not in message.text  # no figure from another topic


def test_anything_else_is_a_short_honest_reply_with_the_main_topics() -> None:
    [message] = out_of_scope_answer("tell me a joke")
    assert "rather not guess" in message.text and "Interventional Radiology" in message.text
    assert [b.payload for b in message.buttons] == ["/ask_pathway", "/ask_programs", "/ask_chances"]
    assert len(message.text) <= MAX_MESSAGE_CHARS


def test_self_harm_gets_988_and_emergency_help_then_an_offer() -> None:
    care, offer = distress_answer(self_harm=True)
    assert "988" in care.text and "Suicide & Crisis Lifeline" in care.text
    assert "local emergency number" in care.text and "emergency department" in care.text
    assert "You matter" in care.text
    assert care.buttons == []  # nothing to tap past the help
    assert offer.buttons and "no rush" in offer.text


def test_distress_is_warm_without_crisis_lines_and_offers_one_step() -> None:
    care, offer = distress_answer(self_harm=False)
    assert "That sounds really hard" in care.text and "family" in care.text
    assert "988" not in care.text
    assert "one concrete next step" in offer.text
    assert [b.payload for b in offer.buttons] == ["/ask_gaps", "/goodbye"]
    for message in (care, offer):
        assert len(message.text) <= MAX_MESSAGE_CHARS
