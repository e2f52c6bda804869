"""What the writer lacks is not what they have: "I need 2 more pubs", "want 1 more IR letter",
"programs require 3 more months" count what is missing, not the writer's papers or letters.
"""

from __future__ import annotations

from bot.extraction.numbers import NumberMention
from bot.extraction.reading import Reading

_NEEDING = frozenset(
    {"need", "needs", "needed", "want", "wants", "require", "requires", "get", "lack", "missing"}
)


def lacking(r: Reading, number: NumberMention) -> bool:
    """The number is followed by "more" and comes after a word of needing."""
    following = r.doc[number.end].lower_ if number.end < len(r.doc) else ""
    before = {r.doc[i].lower_ for i in range(max(0, number.start - 3), number.start)}
    return following == "more" and bool(before & _NEEDING)
