"""How many stints a duration "each" is given for: "3 observerships of 4 weeks each" (the count
before the anchor), "both IR electives (4 weeks each)" ("both" is two), "IR electives (Mayo +
UCSF, 4 weeks each)" (the places listed before the duration, one stint each).
"""

from __future__ import annotations

from dataclasses import replace

from bot.extraction.numbers import NumberMention
from bot.extraction.reading import Anchor, Reading

_JOINERS = frozenset({"+", "and", "&"})
_STOPS = frozenset({".", "!", "?", ";", "\n", ")"})


def times_count(r: Reading, anchor: Anchor, number: NumberMention) -> NumberMention:
    """The duration ``number`` ("4 weeks each") multiplied by the stints it is given for."""
    for count in r.numbers:  # "2 electives in IR (4 weeks each)": the count is before the words
        if (
            id(count) not in r.claimed
            and count.kind == "cardinal"
            and count.unit is None
            and not count.year_like
            and 0 <= anchor.origin - count.end <= 1
        ):
            r.claimed.add(id(count))
            return replace(number, value=number.value * count.value)
    stints = _both(r, anchor) or _places_listed(r, anchor, number)
    return replace(number, value=number.value * stints) if stints else number


def _both(r: Reading, anchor: Anchor) -> int:
    """ "both IR electives", "both of my electives": two."""
    words = [r.doc[i].lower_ for i in range(max(0, anchor.origin - 3), anchor.origin)]
    return 2 if "both" in words else 0


def _places_listed(r: Reading, anchor: Anchor, number: NumberMention) -> int:
    """A plural anchor, then names joined by "+" / "and" right before the duration each: one
    stint a name. Nothing else may stand between (no number, no sentence end)."""
    if not anchor.text.lower().endswith("s") or not anchor.origin < number.start:
        return 0
    between = [r.doc[i] for i in range(anchor.origin + 1, number.start)]
    if any(t.lower_ in _STOPS or t.like_num for t in between):
        return 0
    joiners = sum(1 for t in between if t.lower_ in _JOINERS)
    return joiners + 1 if joiners else 0
