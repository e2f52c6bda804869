"""``advisor topics train [--out FILE]``: train the learned topic model (``make train`` runs it).

Learns from the tune files of the development set and the answer intents' NLU examples
(``bot.understanding.topic_examples``) and saves the model where the action server loads it
(``TOPIC_MODEL_PATH``, default ``models/topic-model.pkl``). About ten seconds on two cores.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bot.cli.base import SubParsers, UsageError

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "topics",
        help="train the learned topic model",
        description="The learned whole-message topic model (docs/dialogue.md, 'Learned main "
        "topic').",
    )
    actions = parser.add_subparsers(dest="topics_action", metavar="ACTION", required=True)
    train_parser = actions.add_parser("train", help="train it from the tune files and data/nlu")
    train_parser.add_argument(
        "--out", type=Path, help="where to save it (default: TOPIC_MODEL_PATH's file)"
    )
    train_parser.set_defaults(func=run_train)


def run_train(args: argparse.Namespace) -> int:
    from bot.settings import get_settings
    from bot.understanding.learned_topics import LearnedTopics, TopicModelError
    from bot.understanding.topic_examples import training_examples

    out: Path = args.out or get_settings().topic_model_file()
    if out.exists() and out.is_dir():
        raise UsageError(f"--out: {out} is a folder; give a file path such as models/topic.pkl")
    started = time.perf_counter()
    try:
        examples = training_examples(PROJECT_ROOT)
        model = LearnedTopics.train(examples)
    except (OSError, ValueError, TopicModelError) as error:
        raise UsageError(f"cannot train the topic model: {error}") from None
    model.save(out)
    topics = len({example.topic for example in examples})
    seconds = time.perf_counter() - started
    print(f"topic model: {len(examples)} examples, {topics} topics, {seconds:.1f} s -> {out}")
    return 0
