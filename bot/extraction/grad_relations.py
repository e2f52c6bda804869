"""A year told before "before/after graduation" dates something else ("i did step 1 back in
2011 before graduation", "took CK in 2019 after graduation"): the graduation word only places
that event in time, so the year is no graduation year. A year after the word ("after graduation
in 2019") is still read as usual.

Runs before the clause-by-clause reading: such a year is claimed, so no anchor takes it.
"""

from __future__ import annotations

from bot.extraction.reading import Reading

_RELATIONS = frozenset({"before", "after", "since", "until", "till", "prior", "upon", "during"})


def years_placed_by_graduation(r: Reading) -> None:
    for clause in r.clauses:
        grads = [m for m in r.within(clause, r.mentions) if m.label == "GRAD"]
        related = [g for g in grads if _related(r, g.start)]
        if not related or len(grads) != len(related):
            continue
        for number in r.within(clause, r.numbers):
            if number.year_like and number.end <= related[0].start:
                r.claimed.add(id(number))


def _related(r: Reading, start: int) -> bool:
    """The graduation word at ``start`` follows a word placing an event in time ("before
    graduation", "prior to graduating", "before my graduation")."""
    before = [t.lower_ for t in r.doc[max(0, start - 3) : start] if t.lower_ not in {"my", "the"}]
    before = before[:-1] if before[-1:] == ["to"] else before
    return bool(before) and before[-1] in _RELATIONS
