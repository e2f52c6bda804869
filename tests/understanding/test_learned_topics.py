"""The learned topic model: trains, guesses, saves and loads; an unusable file is refused."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from bot.understanding.evaluation import DEV_HELD_OUT_FILES, load_messages
from bot.understanding.learned_topics import (
    FORMAT,
    LearnedTopics,
    TopicExample,
    TopicModelError,
    load_guesser,
)
from bot.understanding.topic_examples import nlu_examples, training_examples

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

SMALL = [
    *(TopicExample(f"how many programs should I apply to {n}", "ask_application_count")
      for n in ("DR", "IR", "in total", "as an IMG", "with 240")),
    *(TopicExample(f"does {v} sponsorship limit my programs", "ask_visa")
      for v in ("J1", "H1B", "J-1 visa", "H-1B visa", "visa")),
]  # fmt: skip


@pytest.fixture(scope="module")
def small_model() -> LearnedTopics:
    return LearnedTopics.train(SMALL)


def test_it_guesses_the_topic_of_unseen_wording(small_model: LearnedTopics) -> None:
    guess = small_model("which programs sponsor an H1b visa?")
    assert guess is not None and guess[0] == "ask_visa"
    assert 0.0 < guess[1] <= 1.0
    assert small_model("   ") is None


def test_a_saved_model_loads_and_guesses_the_same(
    small_model: LearnedTopics, tmp_path: Path
) -> None:
    path = tmp_path / "models" / "topic.pkl"
    small_model.save(path)
    loaded = LearnedTopics.load(path)
    text = "how many DR programs for me?"
    assert loaded(text) == small_model(text)
    assert not path.with_suffix(".pkl.new").exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"not a pickle", pickle.dumps({"format": FORMAT + 1, "model": None}), pickle.dumps([1])],
)
def test_an_unusable_file_is_refused_with_a_reason(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "topic.pkl"
    path.write_bytes(content)
    with pytest.raises(TopicModelError, match="topic"):
        LearnedTopics.load(path)
    assert load_guesser(path) is None  # the action server goes on with keyword topics


def test_a_model_of_another_library_version_is_refused(
    small_model: LearnedTopics, tmp_path: Path
) -> None:
    path = tmp_path / "topic.pkl"
    small_model.save(path)
    saved = pickle.loads(path.read_bytes())
    saved["versions"] = {"scikit-learn": "0.1"}
    path.write_bytes(pickle.dumps(saved))
    with pytest.raises(TopicModelError, match="retrain"):
        LearnedTopics.load(path)


def test_a_missing_file_means_keyword_topics_only(tmp_path: Path) -> None:
    assert load_guesser(tmp_path / "nothing.pkl") is None


def test_one_topic_is_not_enough_to_train() -> None:
    with pytest.raises(TopicModelError, match="two topics"):
        LearnedTopics.train([TopicExample("a?", "ask_visa")])


def test_it_never_learns_from_a_held_out_file() -> None:
    learned = {example.text for example in training_examples(ROOT)}
    for name in DEV_HELD_OUT_FILES:
        assert not learned & {case.text for case in load_messages(HERE / name)}, name


def test_training_examples_are_answer_topics_of_tune_files_and_nlu() -> None:
    examples = training_examples(ROOT)
    assert all(example.topic.startswith("ask_") for example in examples)
    assert len({example.topic for example in examples}) >= 15
    assert len(examples) >= 1500


def test_nlu_annotations_are_read_as_their_words(tmp_path: Path) -> None:
    (tmp_path / "nlu").mkdir()
    (tmp_path / "nlu" / "visa.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: ask_visa\n  examples: |\n'
        "    - do programs sponsor [J1](visa_need)?\n"
        '    - is [H1B]{"entity": "visa_need", "value": "h1b"} hard\n'
        "- intent: greet\n  examples: |\n    - hi\n"
        "- regex: score\n  examples: |\n    - \\d{3}\n"
    )
    assert [(e.text, e.topic) for e in nlu_examples(tmp_path)] == [
        ("do programs sponsor J1?", "ask_visa"),
        ("is H1B hard", "ask_visa"),
    ]
