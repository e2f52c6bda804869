"""Scoring ``understand`` against the labelled development set (``tests/understanding/*.yml``).

Used by ``bench/understanding_eval.py`` and its tests; no I/O beyond reading the file it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from bot.profile import PROFILE_FIELDS
from bot.understanding.models import Command, Distress, ProfileRequest, Understanding
from bot.understanding.plan import TurnKind, plan_kind
from bot.understanding.topics import OUT_OF_SCOPE, coarse

# The fields the development set labels: the contract's profile fields. A context fact added
# after the labels were written (``cycle_stage``) is not scored.
LABELLED_FIELDS = frozenset(PROFILE_FIELDS)

# The development set's files in ``tests/understanding/``, tuned-on first. The held-out files
# are never read to write a rule or an example; only their figures are looked at. The first
# three independent writers' files (``dev_holdout_fresh*``) were read after their blind runs
# and are tuned on since 3 December 2026 (docs/dialogue.md). Of the held-out files, dev_holdout,
# dev_holdout_late, fresh_4 and fresh_5 served on 3 December as validation (their figure lines
# chose which rounds to keep); fresh_6 was the test file, run once at the end. On 3 December,
# evening, nine more writers: tune_12 to tune_17 (measured blind first, then tuned on), fresh_7
# (validation, with fresh_4 to fresh_6), fresh_8 (a test file, run once after round 14, then
# validation) and fresh_9 (the last test file, run at the end). On 3 December, night: tune_18
# to tune_23 (measured blind first, then tuned on; the learned topic model trains on every tune
# file); fresh_10 and fresh_11, the test files, written blind at the start and run once at the
# end, and fresh_12 and fresh_13, a second pair written blind after that run, run once too.
DEV_TUNE_FILES = (
    "dev_tune.yml",
    "dev_tune_2.yml",
    "dev_tune_3.yml",
    "dev_tune_4.yml",
    "dev_tune_5.yml",
    "dev_tune_6.yml",
    "dev_tune_7.yml",
    "dev_tune_8.yml",
    "dev_tune_9.yml",
    *("dev_tune_10.yml", "dev_tune_11.yml", "dev_tune_12.yml", "dev_tune_13.yml"),
    *("dev_tune_14.yml", "dev_tune_15.yml", "dev_tune_16.yml", "dev_tune_17.yml"),
    *("dev_tune_18.yml", "dev_tune_19.yml", "dev_tune_20.yml"),
    *("dev_tune_21.yml", "dev_tune_22.yml", "dev_tune_23.yml"),
    *("dev_holdout_fresh.yml", "dev_holdout_fresh_2.yml", "dev_holdout_fresh_3.yml"),
)
DEV_HELD_OUT_FILES = (
    *("dev_holdout.yml", "dev_holdout_late.yml"),
    *("dev_holdout_fresh_4.yml", "dev_holdout_fresh_5.yml", "dev_holdout_fresh_6.yml"),
    *("dev_holdout_fresh_7.yml", "dev_holdout_fresh_8.yml", "dev_holdout_fresh_9.yml"),
    *("dev_holdout_fresh_10.yml", "dev_holdout_fresh_11.yml"),
    *("dev_holdout_fresh_12.yml", "dev_holdout_fresh_13.yml"),
)
DEV_SET_FILES = DEV_TUNE_FILES + DEV_HELD_OUT_FILES


class LabelledMessage(BaseModel):
    text: str = Field(min_length=1, max_length=4096)
    topics: list[str] = Field(default_factory=list)
    facts: dict[str, Any] = Field(default_factory=dict)
    distress: bool = False
    self_harm: bool = False
    # A conversation command, or a request about the stored profile (answered by its intent).
    command: Command | ProfileRequest | None = None

    @property
    def expected_distress(self) -> Distress:
        if self.self_harm:
            return Distress.SELF_HARM
        return Distress.DISTRESS if self.distress else Distress.NONE


class Scores(BaseModel):
    messages: int
    fallback_share: float
    topic_agreement: float
    main_topic_agreement: float
    facts_exact_slot: float
    facts_confirmed_share: float  # labelled facts not stored, asked by the confirming question
    wrong_facts_share: float
    answered_first: float
    flags_agreement: float
    failures: list[str]


def load_messages(path: Path) -> list[LabelledMessage]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [LabelledMessage.model_validate(item) for item in raw.get("messages", [])]


def _same(expected: Any, got: Any) -> bool:
    if isinstance(expected, list) and isinstance(got, list):
        return sorted(map(str, expected)) == sorted(map(str, got))
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return float(expected) == float(got)
    return bool(expected == got)


# What the first reply does with a message: its kind and the topic it answers in full (if any).
Reply = tuple[TurnKind, str | None]


def default_reply(understood: Understanding) -> Reply:
    """The reply without knowing which topics have answers: the main placed topic."""
    return plan_kind(understood), understood.main_topic


def _answers(case: LabelledMessage, reply: Reply, flags_ok: bool) -> bool:
    kind, main = reply
    if not flags_ok:
        return False
    if case.command or case.expected_distress is not Distress.NONE:
        return True
    if case.topics[0] == OUT_OF_SCOPE:
        return kind is TurnKind.OUT_OF_SCOPE
    return kind is TurnKind.ANSWER and main is not None and coarse(main) == coarse(case.topics[0])


def _same_command(case: LabelledMessage, got: Understanding) -> bool:
    if isinstance(case.command, ProfileRequest):  # Rasa's rules route these intents themselves
        return got.intent == case.command.value
    return got.command == case.command


def score(
    cases: Sequence[LabelledMessage],
    run: Callable[[str], Understanding],
    reply: Callable[[Understanding], Reply] = default_reply,
    confirm: Callable[[Understanding], tuple[str, Any] | None] | None = None,
) -> Scores:
    """Per message: fallback, topics, facts, flags and whether the first reply answers it.

    ``reply`` is what the bot does with the understood message (the dispatcher's plan), so the
    fallback and answered shares measure what users get; ``confirm`` the (field, value) its
    confirming question asks about, if any (counted apart from the facts stored)."""
    fallbacks = topics_hit = topics_all = mains_hit = mains_all = 0
    slots_hit = slots_all = wrong = answered = answerable = flags_hit = confirmable = 0
    failures: list[str] = []
    for case in cases:
        got = run(case.text)
        kind, main = reply(got)
        # Compared at the NLU intents' level: a label or a prediction may be a finer topic
        # ("ask_exam_timing" refines "ask_usmle"; both are domain intents).
        predicted = [coarse(topic) for topic in got.topics]
        labels = [coarse(topic) for topic in case.topics]
        if kind is TurnKind.UNPLACED and (case.topics or case.facts):
            fallbacks += 1
        topics_all += len(labels)
        topics_hit += sum(1 for topic in labels if topic in predicted)
        if labels:
            mains_all += 1
            mains_hit += int(bool(predicted) and predicted[0] == labels[0])
        asked = confirm(got) if confirm else None
        for field, value in case.facts.items():
            slots_all += 1
            stored = _same(value, got.facts.facts.get(field))
            slots_hit += int(stored)
            confirmable += int(
                not stored and asked is not None and asked[0] == field
                and _same(value, asked[1])
            )  # fmt: skip
        bad = {
            field: value
            for field, value in got.facts.facts.items()
            if field in LABELLED_FIELDS
            and (field not in case.facts or not _same(case.facts[field], value))
        }
        wrong += int(bool(bad))
        flags_ok = got.distress is case.expected_distress and _same_command(case, got)
        flags_hit += int(flags_ok)
        special = case.command or case.expected_distress is not Distress.NONE
        first_ok = True
        if case.topics or special:
            answerable += 1
            first_ok = _answers(case, (kind, main), flags_ok)
            answered += int(first_ok)
        if set(labels) - set(predicted) or bad or not flags_ok or not first_ok:
            failures.append(
                f"{case.text[:70]!r}: topics {case.topics} got {predicted} ({kind.value})"
                + (f"; wrong facts {bad}" if bad else "")
                + ("" if flags_ok else f"; flags {got.distress.value}/{got.command}")
            )
    count = len(cases) or 1
    return Scores(
        messages=len(cases),
        fallback_share=fallbacks / count,
        topic_agreement=topics_hit / (topics_all or 1),
        main_topic_agreement=mains_hit / (mains_all or 1),
        facts_exact_slot=slots_hit / (slots_all or 1),
        facts_confirmed_share=confirmable / (slots_all or 1),
        wrong_facts_share=wrong / count,
        answered_first=answered / (answerable or 1),
        flags_agreement=flags_hit / count,
        failures=failures,
    )
