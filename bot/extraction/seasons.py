"""Interviews of this season and of an earlier one in one sentence ("got 4 DR interviews this
season and 1 last year", "0 interviews so far this year, 2 last year (DR)"): the count said of
the earlier season is ``prior_interviews``, and that season is at least one earlier cycle.

Runs after the stage reading (which sets this season's interviews aside): the later count
has no interview word of its own, so the clause-by-clause reading leaves it alone.
"""

from __future__ import annotations

from itertools import pairwise

from bot.extraction.context import others_speak
from bot.extraction.labels import ANCHORS
from bot.extraction.reading import Clause, Reading

_NOW = frozenset(
    {("this", "year"), ("this", "season"), ("this", "cycle"), ("so", "far"),
     ("current", "cycle"), ("current", "season")}
)  # fmt: skip
_PAST_FIRST = frozenset({"last", "previous", "prior", "past"})
_PAST_SECOND = frozenset({"year", "season", "cycle", "time", "match"})


def earlier_interviews(r: Reading) -> None:
    for index, clause in enumerate(r.clauses):
        if not any(m.label == "INTERVIEW" for m in r.within(clause, r.mentions)):
            continue
        if not set(pairwise(_words(r, clause))) & _NOW or others_speak(r, clause):
            continue
        for later in r.clauses[index + 1 :]:
            if later.sentence != clause.sentence:
                break
            if any(m.label in ANCHORS for m in r.within(later, r.mentions)):
                break
            if others_speak(r, later):
                break  # "... and my friend got 2 last year"
            numbers = [
                n
                for n in r.within(later, r.numbers)
                if not n.discarded and n.unit is None and n.kind == "cardinal" and not n.year_like
            ]
            if len(numbers) != 1 or not _earlier(_words(r, later)):
                continue
            if id(numbers[0]) in r.claimed or numbers[0].start != later.start:
                break
            r.out.add("prior_interviews", int(numbers[0].value))
            if not r.out.has("match_cycles"):
                r.out.add("match_cycles", 1)
            return


def _words(r: Reading, clause: Clause) -> list[str]:
    return [r.doc[i].lower_ for i in range(clause.start, clause.end)]


def _earlier(words: list[str]) -> bool:
    return any(a in _PAST_FIRST and b in _PAST_SECOND for a, b in pairwise(words))
