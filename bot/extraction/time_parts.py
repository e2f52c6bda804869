"""A count right after a duration that tells a part of it ("4 months of USCE, 2 of them in
radiology", "12 weeks of electives, 4 in IR") is a part of that time, not a count of letters
from that source: the clause names a field only through its source word.

Used by ``letter_lists.parts_of_time`` (the bracketed form lives there).
"""

from __future__ import annotations

from bot.extraction.reading import Clause, Reading

_OF = frozenset({"them", "those", "these", "which"})


def after_duration(r: Reading, clause: Clause) -> bool:
    """``clause`` opens with "N of them" or "N in", and the clause before it in the same
    sentence ends with a number of months or weeks and no other number."""
    words = [r.doc[i].lower_ for i in range(clause.start, min(clause.end, clause.start + 3))]
    if not words or not r.doc[clause.start].like_num:
        return False
    if not (words[1:2] == ["in"] or (words[1:2] == ["of"] and words[2:3] and words[2] in _OF)):
        return False
    before = [c for c in r.clauses if c.sentence == clause.sentence and c.end <= clause.start]
    if not before:
        return False
    numbers = r.within(before[-1], r.numbers)
    return len(numbers) == 1 and numbers[0].unit is not None
