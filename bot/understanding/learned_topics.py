"""A learned whole-message topic model: what a real post's main question is about.

The keyword model (``topics.yml``) learns each writer's wording one rule at a time; new writers
bring new wording. This model learns from the labelled messages of the development set's tune
files (``evaluation.DEV_TUNE_FILES``, never the held-out ones): TF-IDF of character and word
n-grams under a multinomial logistic regression (scikit-learn). ``understand`` lets its guess
lead a message only when it is sure (``understand.LEARNED_MAIN_PROBABILITY``).

Trained by ``advisor train-topics`` (``make train``) into ``models/``; loaded once by the action
server (``bot.bootstrap``). A missing or unreadable file leaves the keyword model alone.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

logger = logging.getLogger(__name__)

# Bumped when the saved form changes: an older file is refused, not misread.
FORMAT = 1
# Regularisation of the logistic regression (inverse strength): chosen on validation files.
REGULARISATION = 3.0


class TopicGuesser(Protocol):
    def __call__(self, text: str) -> tuple[str, float] | None:
        """The most likely answer topic of the whole message and its probability."""


@dataclass(frozen=True)
class TopicExample:
    text: str
    topic: str  # the main question's NLU intent (``topics.coarse``)


class TopicModelError(ValueError):
    """The saved model cannot be used: says why (retrain with ``make train``)."""


class LearnedTopics:
    """A fitted model; call it with a message for its (topic, probability)."""

    def __init__(self, pipeline: Any, versions: dict[str, str]) -> None:
        self._pipeline = pipeline
        self.versions = versions

    def __call__(self, text: str) -> tuple[str, float] | None:
        if not text.strip():
            return None
        probabilities = self._pipeline.predict_proba([text])[0]
        best = int(probabilities.argmax())
        return str(self._pipeline.classes_[best]), float(probabilities[best])

    @classmethod
    def train(cls, examples: Iterable[TopicExample]) -> LearnedTopics:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        rows = list(examples)
        if len({row.topic for row in rows}) < 2:
            raise TopicModelError("the topic model needs examples of at least two topics")
        features = make_union(
            # Character n-grams within words: typos and abbreviations ("rads", "s2", "LoRs").
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        )
        pipeline = make_pipeline(features, LogisticRegression(C=REGULARISATION, max_iter=2000))
        pipeline.fit([row.text for row in rows], [row.topic for row in rows])
        return cls(pipeline, _versions())

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(path.suffix + ".new")
        with partial.open("wb") as file:
            saved = {"format": FORMAT, "versions": self.versions, "model": self._pipeline}
            pickle.dump(saved, file)
        partial.replace(path)  # a reader never sees half a file

    @classmethod
    def load(cls, path: Path) -> LearnedTopics:
        """The model saved at ``path`` (our own file, written by ``save``)."""
        try:
            with path.open("rb") as file:
                saved = pickle.load(file)  # our own artifact in models/, never an upload
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as error:
            raise TopicModelError(f"{path}: cannot read the topic model ({error})") from None
        if not isinstance(saved, dict) or saved.get("format") != FORMAT:
            raise TopicModelError(f"{path}: not a topic model of format {FORMAT}; retrain")
        if saved.get("versions") != _versions():
            raise TopicModelError(
                f"{path}: trained with {saved.get('versions')}, running {_versions()}; retrain"
            )
        return cls(saved["model"], saved["versions"])


def load_guesser(path: Path) -> TopicGuesser | None:
    """The saved model, or None (logged) when it is missing or unusable: keywords only."""
    if not path.exists():
        logger.warning("no topic model at %s (make train): keyword topics only", path)
        return None
    try:
        model = LearnedTopics.load(path)
    except TopicModelError as error:
        logger.warning("%s: keyword topics only", error)
        return None
    logger.info("learned topic model loaded from %s", path)
    return model


def _versions() -> dict[str, str]:
    import sklearn

    return {"scikit-learn": str(sklearn.__version__)}
