"""A letter count followed by its sources as a list: "3 LORs from US attendings (IR, DR, IM)".

The count is one letter from each source when the list is as long as the count; otherwise the
split is not said and nothing is stored (rather than all of them under the first source).
Runs before the clause-by-clause reading, which then leaves the count alone.
"""

from __future__ import annotations

from bot.extraction.labels import ANCHORS, SOURCES
from bot.extraction.reading import Clause, Reading


def listed_sources(r: Reading) -> None:
    for index, clause in enumerate(r.clauses):
        mentions = r.within(clause, r.mentions)
        numbers = [n for n in r.within(clause, r.numbers) if not n.discarded]
        if not any(m.label == "LETTER" for m in mentions) or len(numbers) != 1:
            continue
        if any(m.label in SOURCES for m in mentions):
            continue
        listed = _bare_sources(r, clause, r.clauses[index + 1 :])
        if len(listed) < 2:
            continue
        number = numbers[0]
        r.claimed.add(id(number))
        if number.kind == "cardinal" and number.value == len(listed):
            for label in listed:
                r.out.add(SOURCES[label], 1, summed=True)


def _bare_sources(r: Reading, clause: Clause, following: list[Clause]) -> list[str]:
    """The sources named one a clause, with nothing else read in them, right after ``clause``."""
    found: list[str] = []
    for part in following:
        if part.sentence != clause.sentence or r.within(part, r.numbers):
            break
        mentions = r.within(part, r.mentions)
        sources = [m.label for m in mentions if m.label in SOURCES]
        if len(sources) != 1 or any(m.label in ANCHORS for m in mentions):
            break
        found.append(sources[0])
    return found
