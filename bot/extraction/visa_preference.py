"""A visa code passed over for another (``visa_need``): "I would prefer an H1B rather than a
J1", "I prefer H1B over J1", "I'd go for J1 instead of H1B" name the one wanted; the code after
"rather than", "instead of" or "over" is not needed, so the two codes are no "undecided". Only
with a preference word before the first code ("prefer", "rather", "want", "go", "like"); not
"J1 or H1B" (undecided) nor "I need J1 rather than waiting for H1B" (no code right after).
"""

from __future__ import annotations

from bot.extraction.reading import Reading

_CODES = frozenset({"VISA_J1", "VISA_H1B"})
_PREFER = frozenset(
    {"prefer", "preferred", "preferring", "prefers", "rather", "want", "choose", "pick",
     "go", "like"}
)  # fmt: skip
_ARTICLES = frozenset({"a", "an", "the"})
_ENDS = frozenset({".", "!", "?", ";", "\n"})


def preferred_codes(r: Reading, labels: set[str]) -> set[str]:
    """``labels`` without a code passed over for the other one in a preference."""
    codes = [m for m in r.mentions if m.label in _CODES]
    passed = {
        m.label
        for m in codes
        if _after_passing_word(r, m.start)
        and any(o.label != m.label and o.start < m.start and _preferred(r, o.start) for o in codes)
    }
    kept = labels - passed
    return kept if kept & _CODES else labels


def _after_passing_word(r: Reading, start: int) -> bool:
    """ "rather than (a) J1", "instead of J1", "over J1"."""
    i = start - 1
    while i >= 0 and r.doc[i].lower_ in _ARTICLES:
        i -= 1
    if i < 0:
        return False
    word, before = r.doc[i].lower_, r.doc[i - 1].lower_ if i > 0 else ""
    return (
        word == "over"
        or (word == "than" and before == "rather")
        or (word == "of" and before == "instead")
    )


def _preferred(r: Reading, start: int) -> bool:
    """A preference word before the code at ``start`` in its sentence ("I would prefer an")."""
    for i in range(start - 1, max(-1, start - 6), -1):
        if r.doc[i].text in _ENDS:
            return False
        if r.doc[i].lower_ in _PREFER:
            return True
    return False
