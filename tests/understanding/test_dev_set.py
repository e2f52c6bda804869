"""The labelled development set: big enough, labels valid, and the scorer counts what it says."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.extraction import Extraction
from bot.profile import ApplicantProfile
from bot.understanding import Understanding
from bot.understanding.evaluation import (
    DEV_HELD_OUT_FILES,
    DEV_SET_FILES,
    DEV_TUNE_FILES,
    LabelledMessage,
    load_messages,
    score,
)
from bot.understanding.models import ProfileRequest, Question

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FILES = DEV_SET_FILES


def _intents() -> set[str]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return {str(intent) for intent in domain["intents"]}


def test_at_least_200_messages_with_two_held_out_files() -> None:
    counts = {name: len(load_messages(HERE / name)) for name in FILES}
    assert sum(counts.values()) >= 200
    assert counts["dev_holdout.yml"] >= 40
    assert counts["dev_holdout_late.yml"] >= 40


@pytest.mark.parametrize("name", FILES)
def test_labels_are_intents_and_profile_facts(name: str) -> None:
    intents = _intents()
    for case in load_messages(HERE / name):
        assert set(case.topics) <= intents, case.text
        ApplicantProfile.model_validate(case.facts)  # raises on an unknown field or value


def _several_questions(names: tuple[str, ...]) -> int:
    return sum(len(case.topics) > 1 for name in names for case in load_messages(HERE / name))


@pytest.mark.parametrize("name", FILES)
def test_the_set_is_written_as_applicants_write(name: str) -> None:
    long_posts = [case for case in load_messages(HERE / name) if len(case.text) > 150]
    assert len(long_posts) >= 3


@pytest.mark.parametrize("name", DEV_HELD_OUT_FILES)
def test_each_held_out_file_asks_several_questions_in_one_message(name: str) -> None:
    assert _several_questions((name,)) >= 5


def test_the_tuned_on_files_ask_several_questions_in_one_message() -> None:
    # The later tune files were written for facts (one question each, mostly); together the
    # tuned-on part still carries many messages with several questions.
    assert _several_questions(DEV_TUNE_FILES) >= 20


def _understood(topics: list[str], facts: dict[str, object]) -> Understanding:
    return Understanding(
        facts=Extraction(facts=facts), questions=[Question(text="q", topic=t) for t in topics]
    )


def test_the_scorer_counts_topics_facts_wrong_facts_and_fallbacks() -> None:
    cases = [
        LabelledMessage(text="a", topics=["ask_pathway", "ask_visa"], facts={"step2ck_score": 250}),
        LabelledMessage(text="b", topics=["ask_letters"], facts={}),
        LabelledMessage(text="c", topics=["ask_costs"], facts={}),
    ]
    answers = {
        "a": _understood(["ask_pathway"], {"step2ck_score": 250}),
        "b": _understood(["ask_research"], {"match_cycles": 45}),
        "c": Understanding(questions=[Question(text="c?")]),
    }
    scores = score(cases, answers.__getitem__)
    assert scores.topic_agreement == pytest.approx(1 / 4)
    assert scores.facts_exact_slot == 1.0
    assert scores.wrong_facts_share == pytest.approx(1 / 3)
    assert scores.fallback_share == pytest.approx(1 / 3)
    assert scores.answered_first == pytest.approx(1 / 3)
    assert len(scores.failures) == 3


def test_a_profile_request_label_is_met_by_its_rasa_intent_only() -> None:
    # "delete everything you saved about me": Rasa's forget_me rule answers it, not a command.
    cases = [
        LabelledMessage(text="forget me", command=ProfileRequest.FORGET_ME),
        LabelledMessage(text="show my profile", command=ProfileRequest.SHOW_PROFILE),
    ]
    answers = {
        "forget me": Understanding(intent="forget_me"),
        "show my profile": Understanding(intent="ask_programs"),
    }
    scores = score(cases, answers.__getitem__)
    assert scores.flags_agreement == pytest.approx(1 / 2)
    assert scores.answered_first == pytest.approx(1 / 2)


def test_a_finer_topic_label_is_scored_at_its_intents_level() -> None:
    # "ask_exam_timing" refines "ask_usmle": either side may carry the finer topic.
    cases = [
        LabelledMessage(text="a", topics=["ask_exam_timing"]),
        LabelledMessage(text="b", topics=["ask_usmle"]),
        LabelledMessage(text="c", topics=["ask_observership"]),
    ]
    answers = {
        "a": _understood(["ask_usmle"], {}),
        "b": _understood(["ask_exam_timing"], {}),
        "c": _understood(["ask_letters"], {}),
    }
    scores = score(cases, answers.__getitem__)
    assert scores.topic_agreement == pytest.approx(2 / 3)
    assert scores.main_topic_agreement == pytest.approx(2 / 3)
