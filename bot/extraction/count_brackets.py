"""A count of abstracts told with its parts in brackets ("5 abstracts (3 posters at SIR, 2 oral
talks at RSNA)") is the total: the parts add up to it and are not more of them.

Runs before the clause-by-clause reading; the total is stored as a total, so the bracketed
parts read later do not add to it. Parts that do not add up to the count, or a part in another
field ("5 abstracts (3 IR, 2 cardiology)"), leave the count to the usual reading.
"""

from __future__ import annotations

from bot.extraction.reading import Reading

_COUNTED = {"ABSTRACT": "ir_abstracts"}


def bracketed_totals(r: Reading) -> None:
    for number in r.numbers:
        if number.kind != "cardinal" or number.unit is not None or number.discarded:
            continue
        anchor = next(
            (m for m in r.mentions if m.label in _COUNTED and 0 <= m.start - number.end <= 2), None
        )
        if anchor is None or anchor.end >= len(r.doc) or r.doc[anchor.end].text != "(":
            continue
        close = next((t.i for t in r.doc[anchor.end :] if t.text == ")"), None)
        if close is None:
            continue
        inside = [n for n in r.numbers if anchor.end < n.start < close and not n.discarded]
        # a year beside a part ("3 posters at SIR 2026") is no part
        parts = [n for n in inside if n.kind == "cardinal" and not n.unit and n.value < 1900]
        other = any(m.label == "SRC_OTHER" for m in r.mentions if anchor.end < m.start < close)
        if len(parts) < 2 or other or sum(n.value for n in parts) != number.value:
            continue
        r.out.add(_COUNTED[anchor.label], int(number.value), total=True)
        r.claimed.update(id(n) for n in [number, *parts])
