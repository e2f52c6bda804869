"""Stints told as not done yet, for ``plans.planned``: "a 4 week IR elective at Mayo (not done
yet)", "IR elective 4 weeks, not started yet", "an elective confirmed for September", "a
4-week sub-I starting in June". The stint is a plan: its value is asked, not stored. Not "no
USCE yet" (a zero said), "4 months USCE done", "did a 4 week elective in September".
"""

from __future__ import annotations

from bot.extraction.labels import ANCHOR_FIELDS, EXAMS
from bot.extraction.reading import Clause, Reading

_NOT = frozenset({"not", "n't", "nt"})
_UNDONE = frozenset({"done", "started", "completed", "finished", "begun"})
# "confirmed for September", "booked in June", "starts in July": a date to come.
_SET_FOR = frozenset(
    {"confirmed", "booked", "arranged", "secured", "scheduled", "starts", "starting", "begins",
     "beginning", "lined"}
)  # fmt: skip
_MONTHS = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december", "summer", "spring", "fall", "autumn", "winter"}
)  # fmt: skip
_REMARK = 4  # "(not done yet)": a short remark on the clause before, naming nothing else


def not_done_yet(r: Reading, clause: Clause) -> bool:
    """The clause, or a short remark right after it in its sentence, says the stint is to come."""
    following = next((c for c in r.clauses if c.start >= clause.end), None)
    if following is not None and following.sentence == clause.sentence:
        remark = _words(r, following)
        named = [m for m in r.mentions if m.label in ANCHOR_FIELDS or m.label in EXAMS]
        starts = [m.start for m in named] + [n.start for n in r.numbers]
        own = any(following.start <= start < following.end for start in starts)
        if len(remark) <= _REMARK and not own and (_undone(remark) or _set_for_month(remark)):
            return True
    words = _words(r, clause)
    return _undone(words) or _set_for_month(words)


def _words(r: Reading, clause: Clause) -> list[str]:
    return [r.doc[i].lower_ for i in range(clause.start, clause.end) if r.doc[i].text not in "(),"]


def _undone(words: list[str]) -> bool:
    """ "not done yet", "not yet started", a bare "(not yet)"; not "not yet uploaded"."""
    if words == ["not", "yet"]:
        return True
    for i, word in enumerate(words):
        rest = [w for w in words[i + 1 : i + 3] if w != "yet"]
        if word in _NOT and rest[:1] and rest[0] in _UNDONE:
            return True
    return False


def _set_for_month(words: list[str]) -> bool:
    """ "confirmed for September", "starting in June", "booked for the summer"."""
    for i, word in enumerate(words):
        if word in _SET_FOR:
            rest = [w for w in words[i + 1 : i + 5] if w not in {"for", "in", "from", "the", "up"}]
            if rest[:1] and rest[0] in _MONTHS:
                return True
    return False
