"""Letters from several sources with one count "each": "IR and DR letters (1 each)", "letters
from IR and DR, 2 each": every source named with the letter word gets the count.

Runs after the clause-by-clause reading (which gives the count to the nearest source only).
"""

from __future__ import annotations

from bot.extraction.labels import SOURCES
from bot.extraction.reading import Reading

_JOINS = frozenset({"and", "&", ",", "/", "+", "letters", "letter", "lors", "lor", "from"})


def each_source(r: Reading) -> None:
    for number in r.numbers:
        after = r.doc[number.end].lower_ if number.end < len(r.doc) else ""
        if after != "each" or number.kind != "cardinal" or number.unit is not None:
            continue
        # Walk back over the letter word, the sources and the joins right before the count.
        by_token = {i: m for m in r.mentions for i in range(m.start, m.end)}
        labels: set[str] = set()
        i = number.start - 1
        while i >= 0 and (i in by_token or r.doc[i].lower_ in _JOINS | {"(", ")", ":"}):
            if i in by_token and by_token[i].label != "LETTER" and by_token[i].label not in SOURCES:
                break  # "2 DR abstracts, IR and DR letters (1 each)": the list starts after
            if i in by_token:
                labels.add(by_token[i].label)
            i -= 1
        sources = {label for label in labels if label in SOURCES}
        if "LETTER" not in labels or len(sources) < 2:
            continue
        for label in sources:
            r.out.add(SOURCES[label], int(number.value))
