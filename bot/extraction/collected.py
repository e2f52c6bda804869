"""What reading one message gathers: facts, rejections and facts to confirm."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.extraction.confirm import confirming_question
from bot.extraction.models import RejectedFact, UncertainFact


@dataclass
class Collected:
    """Facts, rejections and doubts gathered while reading; later mentions replace earlier."""

    facts: dict[str, Any] = field(default_factory=dict)
    rejected: dict[str, RejectedFact] = field(default_factory=dict)
    uncertain: dict[str, UncertainFact] = field(default_factory=dict)
    totals: set[str] = field(default_factory=set)  # durations said as a total: parts don't replace
    # Counts that add up, read in a question about oneself ("is 2 abstracts enough?"): kept
    # apart, so a count stated before or after is not added to again (``settle_asked``).
    asked: dict[str, Any] = field(default_factory=dict)

    def add(
        self,
        name: str,
        value: Any,
        *,
        summed: bool = False,
        total: bool = False,
        in_question: bool = False,
    ) -> None:
        if summed and in_question:
            self.asked[name] = self.asked.get(name, 0) + value
            return
        if name in self.totals and not total:
            return  # "USCE total 5 months: 3 mo IM + 2 months IR": the parts are in the 5
        if total:
            self.totals.add(name)
        if summed and name in self.facts:
            value = self.facts[name] + value
        self.facts[name] = value
        self.rejected.pop(name, None)
        self.uncertain.pop(name, None)

    def settle_asked(self) -> None:
        """A count only a question about oneself gave is the writer's ("with my 2 IR letters,
        ...?"); one the statements gave too is not added to again."""
        for name, value in self.asked.items():
            if name not in self.facts:
                self.add(name, value)
        self.asked.clear()

    def reject(self, name: str, raw: str, reason: str) -> None:
        if name not in self.facts:
            self.rejected[name] = RejectedFact(field=name, raw=raw, reason=reason)

    def add_default(self, name: str, value: Any) -> None:
        """``value`` unless the message gave the field already ("2 IR pubs, 1 in cardiology")."""
        if name not in self.facts:
            self.add(name, value)

    def doubt(self, name: str, value: Any, raw: str) -> None:
        """Keep ``value`` as a candidate to confirm; a value stated plainly stays the fact."""
        if name not in self.facts:
            question = confirming_question(name, value)
            self.uncertain[name] = UncertainFact(
                field=name, value=value, raw=raw, question=question
            )

    def has(self, name: str) -> bool:
        return name in self.facts or name in self.rejected or name in self.uncertain
