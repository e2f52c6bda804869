"""What the learned topic model learns from (``learned_topics``): two labelled sources.

- The development set's **tune** files (``evaluation.DEV_TUNE_FILES``): real-style posts, each
  labelled with its main question's topic. The held-out files are never read here, so their
  figures stay honest measures of new writing.
- Rasa's NLU examples of the answer intents (``data/nlu``): short questions, the same wording
  DIET learns from.

Only answer topics (``ask_*``) are learned: scope ("not ours") stays the rules' call.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from bot.understanding.evaluation import DEV_TUNE_FILES, load_messages
from bot.understanding.learned_topics import TopicExample
from bot.understanding.topics import coarse

ANSWER_PREFIX = "ask_"
# "[J1](visa_need)" or '[J1]{"entity": ...}': an annotated entity's words only.
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def training_examples(project: Path) -> list[TopicExample]:
    """Every example under ``project`` (the project root); a missing tune file is an error."""
    return [*tune_examples(project / "tests" / "understanding"), *nlu_examples(project / "data")]


def tune_examples(folder: Path) -> Iterator[TopicExample]:
    """The tune files' messages that ask an answer topic, labelled with the main one's intent
    (commands and distress are the rules' business)."""
    for name in DEV_TUNE_FILES:
        for message in load_messages(folder / name):
            if message.command or message.distress or message.self_harm or not message.topics:
                continue
            topic = coarse(message.topics[0])
            if topic.startswith(ANSWER_PREFIX):
                yield TopicExample(text=message.text, topic=topic)


def nlu_examples(data: Path) -> Iterator[TopicExample]:
    """The ``ask_*`` intents' examples of every NLU file under ``data``."""
    for path in sorted(data.rglob("*.yml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in content.get("nlu", []) if isinstance(content, dict) else []:
            intent = str(item.get("intent") or "")
            if not intent.startswith(ANSWER_PREFIX):
                continue
            for line in str(item.get("examples") or "").splitlines():
                text = _ANNOTATION.sub(r"\1", line.strip().removeprefix("- ")).strip()
                if text:
                    yield TopicExample(text=text, topic=intent)
