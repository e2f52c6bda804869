"""A gap told with its end: "I had a gap 2019-2022 because ...", "gap from 2019 to 2021". A
closed gap says nothing against working now, and a later "my gap" ("is my gap a red flag?")
is that same gap.
"""

from __future__ import annotations

import re

from bot.extraction.reading import Reading

_GAPS = frozenset({"gap", "gaps"})
_SPAN = re.compile(
    r"^(?:from |of |between )?((?:19|20)\d\d) ?(?:-|–|to|until|till|and) ?((?:19|20)\d\d)\b"
)


def closed_gap(r: Reading) -> bool:
    """A gap word followed by a span of years that ended before this year."""
    for token in r.doc:
        if token.lower_ not in _GAPS:
            continue
        after = r.doc[token.i + 1 : token.i + 6].text.lower()
        span = _SPAN.match(after)
        if span and int(span.group(2)) < r.current_year:
            return True
    return False
