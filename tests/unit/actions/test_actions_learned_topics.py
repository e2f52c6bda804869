"""The dispatcher and the form's own answers read the learned model the action server loaded:
its sure guess leads the reply; a button payload is never guessed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from actions_helpers import make_tracker, run_action, texts

from actions import storage
from actions.turn import AnswerTurn
from actions.understanding import learned_guess
from bot.bootstrap import build_services, temporary_settings
from bot.understanding.learned_topics import LearnedTopics, TopicExample

# Letters are named; the post asks about costs in words the keyword model has no pattern for.
POST = "2 US IR letters and 1 IM letter. zorblat quandary for me?"


@pytest.fixture
def learned_services(tmp_path: Path) -> Iterator[None]:
    model_file = tmp_path / "topic.pkl"
    examples = [TopicExample(f"zorblat quandary {n}", "ask_costs") for n in range(5)]
    examples += [TopicExample(f"which letters matter {n}", "ask_letters") for n in range(5)]
    LearnedTopics.train(examples).save(model_file)
    settings = temporary_settings(tmp_path, topic_model_path=model_file, learned_topics=True)
    previous = storage.install(build_services(settings))
    yield
    installed = storage.install(previous)
    if installed is not None:
        installed.dispose()


def test_the_sure_guess_leads_the_dispatchers_reply(learned_services: None, domain):
    guess = learned_guess(make_tracker(POST, "inform"))
    assert guess is not None and guess[0] == "ask_costs"
    _events, messages = run_action(AnswerTurn(), make_tracker(POST, "inform"), domain)
    said = texts(messages)
    fee = next(i for i, text in enumerate(said) if "ERAS" in text or "$" in text)
    assert not any("letter" in text.lower() for text in said[:fee]), said


def test_a_button_payload_is_not_guessed(learned_services: None):
    assert learned_guess(make_tracker('/inform{"visa_need":"j1"}', "inform")) is None
    assert learned_guess(make_tracker("", "inform")) is None
