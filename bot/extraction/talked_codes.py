"""A writer who holds a status needing no visa (US citizen, green card) and names a visa code
only in a clause about other people ("Im a US citizen ... my classmates keep talking about J1
waiver and H1b sponsors") reports their talk: the code is no need, the status stands.

Only beside such a status: a request for programs ("which programs sponsor J1?") also reads as
about others, and there the code is the writer's search.
"""

from __future__ import annotations

from bot.extraction.context import others_speak
from bot.extraction.reading import Reading

_CODES = frozenset({"VISA_J1", "VISA_H1B"})


def without_others_codes(r: Reading, labels: set[str]) -> set[str]:
    """``labels`` without the codes named only in clauses about other people, when the
    writer's own status needs no visa."""
    if "VISA_NONE" not in labels:
        return labels
    theirs: set[str] = set()
    mine: set[str] = set()
    for mention in r.mentions:
        if mention.label not in _CODES:
            continue
        clause = next((c for c in r.clauses if c.start <= mention.start < c.end), None)
        (theirs if clause is not None and others_speak(r, clause) else mine).add(mention.label)
    return labels - (theirs - mine)
