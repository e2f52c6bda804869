"""An experience named only as a reference: "1 from a US IR attending after my obs", "2 letters
from my elective": the observership or elective is where something came from, not a fact of
the clause, so the clause's count goes to the anchor before it ("1 [letter] from ...").

"from the Chicago observership" is one too. "during my 4 week IR elective" keeps its duration:
a number after the reference is its own.
"""

from __future__ import annotations

from bot.extraction.pipeline import Mention
from bot.extraction.reading import Clause, Reading

_EXPERIENCES = frozenset({"USCE", "OBSERVERSHIP", "IR_ELECTIVE", "RESEARCH"})
_PREPOSITIONS = frozenset({"after", "during", "from", "at", "through", "via"})
_OWNERS = frozenset({"my", "the", "that", "this", "our"})


def referenced(r: Reading, clause: Clause, mention: Mention) -> bool:
    """An experience anchor after "after my", "from the", ... with no number of its own after
    that word, and a number before it in the clause."""
    if mention.label not in _EXPERIENCES or mention.start < clause.start + 2:
        return False
    # "from the Chicago observership": up to two words may name it between owner and word.
    for gap in range(3):
        at = mention.start - 2 - gap
        if at < clause.start:
            return False
        owner, preposition = r.doc[at + 1].lower_, r.doc[at].lower_
        if owner in _OWNERS and preposition in _PREPOSITIONS:
            break
    else:
        return False
    numbers = r.within(clause, r.numbers)
    after = [n for n in numbers if n.start >= at]
    return not after and any(n.end <= at for n in numbers)
