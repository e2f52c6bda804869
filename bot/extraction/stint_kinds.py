"""Which kind of stint a duration in a clause is: "usce 2 months IM obs only" is an
observership (the kind named after the duration wins over the general "USCE" before it), and
"6 weeks of IR" alone is an IR elective.
"""

from __future__ import annotations

from bot.extraction.pipeline import Mention
from bot.extraction.reading import Anchor, Clause, Reading

# Words that may stand between "USCE", its duration and the kind of stint ("usce: 2 months of
# IM obs", "USCE 4 wks as an observer").
_BETWEEN = frozenset({"of", "in", "as", "an", "a", "-", ":", "~", "about", "around", "total"})


def observed_usce(r: Reading, anchors: list[Anchor]) -> list[Anchor]:
    """Drop a USCE anchor whose duration is named an observership right after it ("usce 2
    months IM obs only (not hands on)"): an observership is no hands-on USCE."""
    kept = []
    for anchor in anchors:
        if anchor.label != "USCE" or anchor.carried or not _observed(r, anchor, anchors):
            kept.append(anchor)
    return kept


def _observed(r: Reading, usce: Anchor, anchors: list[Anchor]) -> bool:
    observed = [a for a in anchors if a.label == "OBSERVERSHIP" and a.start >= usce.end]
    if not observed:
        return False
    between = range(usce.end, observed[0].start)
    numbers = {i for n in r.numbers if n.start in between for i in range(n.start, n.end)}
    mentions = {i for m in r.mentions if m.start in between for i in range(m.start, m.end)}
    if not numbers:
        return False  # "USCE in IM where I observed": no duration told between them
    return all(i in numbers or i in mentions or r.doc[i].lower_ in _BETWEEN for i in between)


def ir_time_anchor(r: Reading, clause: Clause, sources: list[Mention]) -> list[Anchor]:
    """ "6 weeks of IR": a duration next to "IR" alone is an IR elective."""
    ir = [m for m in sources if m.label == "SRC_IR"]
    timed = [n for n in r.within(clause, r.numbers) if n.unit in {"week", "month"}]
    if ir and timed:
        return [Anchor("IR_ELECTIVE", ir[0].start, ir[0].end)]
    return []
