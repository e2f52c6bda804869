"""Plans told under a heading or by a date to come, for ``plans.planned``.

Applicants list what they will do under a heading: "Plan for next months: 4 week IR elective
in Feb-March 2027, get the LOR, step 3 in May" or "Next steps: 2 months USCE": every part of
that sentence after the colon is a plan, though none says "will". A stint dated in a later
year than now ("4 week IR elective in Feb 2027") is not done yet either. Not "USCE: 6 weeks"
(a heading with no word of the future) nor "did a 4 week elective in 2025".
"""

from __future__ import annotations

from itertools import pairwise

from bot.extraction.reading import Clause, Reading

_PLAN_HEADS = frozenset(
    {"plan", "plans", "planned", "planning", "next", "upcoming", "todo", "goal", "goals",
     "future", "coming", "target", "targets", "options", "choices"}
)  # fmt: skip
_HEAD_LENGTH = 5  # "Plan for next months:", "My plans for 2027:"


def under_plan_heading(r: Reading, clause: Clause) -> bool:
    """The clause follows "<plan words>:" in its own sentence (or right after it)."""
    first = min(c.start for c in r.clauses if c.sentence == clause.sentence)
    for i in range(clause.start - 1, max(0, min(first, clause.start - 1)) - 1, -1):
        if r.doc[i].text == ":":
            return bool(_head(r, i) & _PLAN_HEADS)
    return False


_ENDS = frozenset({".", "!", "?", ";", "|"})


def _head(r: Reading, colon: int) -> set[str]:
    """The words before the colon at ``colon``, back to a sentence end ("... in October.
    Letters:" is headed by "Letters" only)."""
    words: set[str] = set()
    for j in range(colon - 1, max(-1, colon - 1 - _HEAD_LENGTH), -1):
        if r.doc[j].text in _ENDS or "\n" in r.doc[j].text:
            break
        words.add(r.doc[j].lower_)
    return words


_MONTHS = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip


def dated_later(r: Reading, clause: Clause) -> bool:
    """The clause names a month of a year after this one ("in Feb-March 2027"), or a month
    after a start to come ("I'm starting a 4 week IR elective in February")."""
    if _starting_in_month(r, clause):
        return True
    for i in range(max(clause.start, 1), clause.end):
        text = r.doc[i].text
        dated = len(text) == 4 and text.isdigit() and r.doc[i - 1].lower_.strip(".") in _MONTHS
        if dated and r.current_year < int(text) <= r.current_year + 5:
            return True
    return False


# "I'm starting / about to start / beginning ... in February": not begun yet. Not "started"
# (past) nor "since starting in June" (begun).
_STARTING = frozenset({"starting", "start", "starts", "beginning", "begin", "begins"})


def _starting_in_month(r: Reading, clause: Clause) -> bool:
    words = [r.doc[i].lower_ for i in range(clause.start, clause.end)]
    at = next((i for i, w in enumerate(words) if w in _STARTING), -1)
    if at < 0 or "since" in words[:at]:
        return False
    rest = words[at + 1 :]
    return any(a in {"in", "this", "next"} and b in _MONTHS for a, b in pairwise(rest))
