"""A part of a count said right after it: "I have 3 pubs. 2 of them are in IR." (2 IR papers),
"I have 2 letters. Both are from IR attendings." (2 IR letters).

Runs after the clause-by-clause reading: the part names the field the count alone did not.
"""

from __future__ import annotations

from bot.extraction.labels import SOURCES
from bot.extraction.reading import Clause, Reading

_OF = frozenset({"them", "those", "these", "which"})
_WHOLE = {"both": 2.0, "all": 0.0}  # 0: the whole count
_OURS = frozenset({"SRC_IR", "SRC_DR"})


def parts_of_counts(r: Reading) -> None:
    for index, clause in enumerate(r.clauses):
        part = _part(r, clause)
        if part is None or index == 0:
            continue
        counted = _count_before(r, r.clauses[max(0, index - 3) : index])
        sources = [m.label for m in r.within(clause, r.mentions) if m.label in SOURCES]
        if counted is None or len(set(sources)) != 1:
            continue
        label, total = counted
        value = total if part == 0.0 else part
        if value > total:
            continue
        if label == "PUB" and sources[0] in _OURS:
            r.out.add("ir_publications", int(value))
        elif label == "LETTER" and value == total:
            r.out.add(SOURCES[sources[0]], int(value))


def _part(r: Reading, clause: Clause) -> float | None:
    """ "2 of them ...", "both are ...", "all from ..." at the start of a clause."""
    words = [r.doc[i].lower_ for i in range(clause.start, min(clause.end, clause.start + 3))]
    if words[:1] and words[0] in _WHOLE:
        return _WHOLE[words[0]]
    if len(words) >= 3 and words[0].isdigit() and words[1] == "of" and words[2] in _OF:
        return float(words[0])
    return None


def _count_before(r: Reading, clauses: list[Clause]) -> tuple[str, float] | None:
    """The last publication or letter count with no source of its own in ``clauses``."""
    for clause in reversed(clauses):
        mentions = r.within(clause, r.mentions)
        if any(m.label in SOURCES for m in mentions):
            return None
        anchors = [m for m in mentions if m.label in {"PUB", "LETTER"}]
        numbers = [n for n in r.within(clause, r.numbers) if n.kind == "cardinal" and not n.unit]
        if anchors and len(numbers) == 1:
            return anchors[0].label, numbers[0].value
    return None
