"""Scoring fact extraction against labelled utterances (used by the tests and the bench)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from bot.extraction.extract import extract_facts
from bot.extraction.models import Extraction
from bot.profile import PROFILE_FIELDS


class LabelledCase(BaseModel):
    """One labelled utterance: the text and what extraction must return for it."""

    model_config = ConfigDict(extra="forbid")

    text: str
    expected_field: str | None = None
    facts: dict[str, Any] = Field(default_factory=dict)
    rejected: list[str] = Field(default_factory=list)
    uncertain: list[str] = Field(default_factory=list)  # fields offered to confirm
    skipped: bool = False
    correction: bool = False
    group: str = "tune"


def load_cases(path: Path) -> list[LabelledCase]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [LabelledCase.model_validate(item) for item in data["cases"]]


@dataclass
class CaseResult:
    case: LabelledCase
    got: Extraction

    @property
    def facts_exact(self) -> bool:
        return _same(self.got.facts, self.case.facts)

    @property
    def flags_exact(self) -> bool:
        return (
            sorted(self.got.rejected_fields()) == sorted(self.case.rejected)
            and sorted(self.got.uncertain_fields()) == sorted(self.case.uncertain)
            and self.got.skipped == self.case.skipped
            and self.got.correction == self.case.correction
        )


def _same(got: dict[str, Any], expected: dict[str, Any]) -> bool:
    if set(got) != set(expected):
        return False
    return all(_equal(got[name], expected[name]) for name in expected)


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    if isinstance(a, list) and isinstance(b, list):  # regions: a set, whatever the order
        return sorted(map(str, a)) == sorted(map(str, b))
    return bool(a == b)


# The labelled set's "today": relative phrases ("graduated 5 years ago") are labelled for it.
LABELLED_YEAR = 2026


def run_cases(cases: Sequence[LabelledCase], current_year: int = LABELLED_YEAR) -> list[CaseResult]:
    return [
        CaseResult(
            case,
            extract_facts(case.text, expected_field=case.expected_field, current_year=current_year),
        )
        for case in cases
    ]


def exact_accuracy(results: Sequence[CaseResult]) -> float:
    """Share of utterances whose extracted facts dict equals the expected one."""
    return sum(r.facts_exact for r in results) / len(results) if results else 0.0


@dataclass
class FieldScore:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    support: int = 0  # utterances whose expected facts name the field

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0


@dataclass
class FieldScores:
    by_field: dict[str, FieldScore] = field(default_factory=dict)

    def add(self, result: CaseResult) -> None:
        got, expected = result.got.facts, result.case.facts
        for name in set(got) | set(expected):
            score = self.by_field.setdefault(name, FieldScore())
            if name in expected:
                score.support += 1
            if name in got and name in expected and _equal(got[name], expected[name]):
                score.true_positive += 1
                continue
            if name in got:
                score.false_positive += 1
            if name in expected:
                score.false_negative += 1


@dataclass
class SlotFigures:
    """Exact-slot facts stored and messages with a wrong fact stored (issue 10's measures)."""

    messages: int = 0
    slots: int = 0  # labelled facts
    stored: int = 0  # labelled facts stored with the labelled value
    asked: int = 0  # labelled facts not stored but offered to confirm with the labelled value
    wrong_messages: int = 0  # messages where a fact was stored that the label does not have
    failures: list[str] = field(default_factory=list)

    @property
    def stored_share(self) -> float:
        return self.stored / self.slots if self.slots else 1.0

    @property
    def wrong_share(self) -> float:
        return self.wrong_messages / self.messages if self.messages else 0.0

    @property
    def stored_or_asked_share(self) -> float:
        return (self.stored + self.asked) / self.slots if self.slots else 1.0

    def add(
        self,
        text: str,
        expected: dict[str, Any],
        got: dict[str, Any],
        uncertain: dict[str, Any] | None = None,
    ) -> None:
        self.messages += 1
        self.slots += len(expected)
        missed = {k: v for k, v in expected.items() if k not in got or not _equal(got[k], v)}
        self.stored += len(expected) - len(missed)
        doubts = uncertain or {}
        self.asked += sum(1 for k, v in missed.items() if k in doubts and _equal(doubts[k], v))
        wrong = {k: v for k, v in got.items() if k not in expected or not _equal(v, expected[k])}
        self.wrong_messages += int(bool(wrong))
        if missed or wrong:
            self.failures.append(f"{text[:160]!r}\n      missed {missed}\n      wrong  {wrong}")


def slot_figures(results: Sequence[CaseResult]) -> SlotFigures:
    """Figures over the contract's profile fields: a context fact added after the labels were
    written (``cycle_stage``) is not scored."""
    figures = SlotFigures()
    for result in results:
        doubts = {item.field: item.value for item in result.got.uncertain}
        got = {k: v for k, v in result.got.facts.items() if k in PROFILE_FIELDS}
        expected = {k: v for k, v in result.case.facts.items() if k in PROFILE_FIELDS}
        figures.add(result.case.text, expected, got, doubts)
    return figures


def load_dev_messages(path: Path) -> list[LabelledCase]:
    """The understanding development set (``tests/understanding/*.yml``) as whole messages
    with their labelled facts (no field asked); its other labels are not ours."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [
        LabelledCase(text=item["text"], facts=item.get("facts") or {}, group=path.stem)
        for item in data.get("messages", [])
    ]


def field_scores(results: Sequence[CaseResult]) -> FieldScores:
    scores = FieldScores()
    for result in results:
        scores.add(result)
    return scores
