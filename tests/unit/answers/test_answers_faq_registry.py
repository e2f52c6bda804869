"""The FAQ package: one module per topic, one registry line each, titles and brief answers."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest
from answers_samples import CURRENT_YEAR, EMPTY, PARTIAL, STRONG, WEAK, report

import bot.answers.faq as faq_package
from bot.answers import FAQ_INTENTS, UnknownFaqIntentError, faq_answer, faq_topic_title
from bot.answers.faq import TOPICS
from bot.answers.faq.base import Topic, ordinal
from bot.answers.messages import MAX_MESSAGE_CHARS
from bot.profile import ApplicantProfile

_NOT_TOPICS = {"base", "registry"}


def _topic_modules() -> list[str]:
    return sorted(
        info.name for info in pkgutil.iter_modules(faq_package.__path__)
        if info.name not in _NOT_TOPICS
    )  # fmt: skip


def test_every_topic_module_is_registered_once() -> None:
    registered = [topic.intent for topic in TOPICS]
    assert len(registered) == len(set(registered))
    for name in _topic_modules():
        module = importlib.import_module(f"bot.answers.faq.{name}")
        topic = getattr(module, "TOPIC", None)
        assert isinstance(topic, Topic), f"{name} has no TOPIC"
        assert topic in TOPICS, f"{name}.TOPIC is not in the registry"
    assert len(TOPICS) == len(_topic_modules())


def test_each_module_stays_small() -> None:
    for path in Path(faq_package.__path__[0]).glob("*.py"):
        assert len(path.read_text().splitlines()) < 200, path.name


def test_every_intent_has_a_short_title() -> None:
    for intent in FAQ_INTENTS:
        title = faq_topic_title(intent)
        assert 3 <= len(title) <= 40, title
        assert not title.endswith("."), title


def test_title_of_an_unknown_intent_is_a_clear_error() -> None:
    with pytest.raises(UnknownFaqIntentError, match="ask_weather"):
        faq_topic_title("ask_weather")


@pytest.mark.parametrize("profile", [EMPTY, PARTIAL, STRONG, WEAK], ids=lambda p: str(id(p)))
@pytest.mark.parametrize("with_report", [True, False])
def test_brief_answers_are_one_short_message_with_a_source_and_a_way_to_more(
    profile: ApplicantProfile, with_report: bool
) -> None:
    for intent in FAQ_INTENTS:
        messages = faq_answer(
            intent,
            profile,
            report() if with_report else None,
            current_year=CURRENT_YEAR,
            brief=True,
        )
        assert len(messages) == 1, intent
        text = messages[0].text
        lines = text.splitlines()
        assert 1 <= len(lines) <= 3, (intent, text)
        assert lines[-1].startswith("Source: "), (intent, text)
        assert len(text) <= 420, (intent, len(text))
        assert len(text) < MAX_MESSAGE_CHARS
        assert [b.payload for b in messages[0].buttons] == [f"/{intent}"]
        full = "\n".join(m.text for m in faq_answer(intent, profile, report(), current_year=2026))
        assert text != full


def test_brief_is_personal_where_the_profile_decides() -> None:
    def brief_text(intent: str, profile: ApplicantProfile) -> str:
        messages = faq_answer(intent, profile, report(), current_year=CURRENT_YEAR, brief=True)
        return messages[0].text

    assert brief_text("ask_usmle", STRONG) != brief_text("ask_usmle", EMPTY)
    assert brief_text("ask_research", WEAK) != brief_text("ask_research", EMPTY)


@pytest.mark.parametrize(
    ("number", "expected"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
     (21, "21st"), (53, "53rd"), (82, "82nd"), (99, "99th"), (111, "111th")],
)  # fmt: skip
def test_ordinals(number: int, expected: str) -> None:
    assert ordinal(number) == expected
