"""What to do now, asked after telling that one did not match: the plan B (contingency) topic.

"Didn't match DR this year. what did i do wrong and what should i change this year?": the
question names no topic of its own beyond a generic "change", but the sentence before it tells
an unmatched cycle, and what it asks is what to do next (ask_contingency). A diagnosis asked
("no match. what went wrong?") stays what was weak (ask_gaps); "what did I do wrong", joined by
"and" to the question of what to do now, is that same question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

CONTINGENCY = "ask_contingency"

_UNMATCHED = re.compile(
    r"\b(?:did ?n[o']?t match|did not match|went unmatched|unmatched|no match|not matching|"
    r"(?:0|zero|no) interviews)\b",
    re.IGNORECASE,
)
# What to do or change now, for the next cycle: a plan after the failed one.
_AHEAD = re.compile(
    # "what should i even do now": a word of doubt before the verb
    r"\bwhat (?:should|can|do|must|shall) (?:i|we) (?:even |really |actually |now )?"
    r"(?:do|change|fix)\b"
    r"(?:.*\b(?:this|next|coming) (?:year|cycle|season|time|round)\b|\s+now\b|\s+next\b)"
    # Hinglish "ab kya change karu?": what to change now
    r"|\bab kya (?:change |badal\w* )?kar(?:u|un|oon|na|ein|e|en)\b",
    re.IGNORECASE,
)
_WRONG = re.compile(r"\bwhat did (?:i|we) do wrong\b", re.IGNORECASE)
# "What should I do differently this year?" asks what was weak (ask_gaps), as it does alone.
_DIFFERENTLY = re.compile(r"\bdifferently\b", re.IGNORECASE)
_AND = re.compile(r"^\W*and\b", re.IGNORECASE)
# Topics such a question takes from its generic words; any other is what it names itself.
_GENERIC = frozenset({"ask_gaps", "ask_pathway"})


def asks_next_after_unmatched(
    before: Sequence[str], clause: str, after: Sequence[str], ranked: Sequence[str]
) -> bool:
    """``clause`` asks what to do next after an unmatched cycle told before it."""
    if any(topic not in _GENERIC for topic in ranked):
        return False
    if not any(_UNMATCHED.search(part) for part in before):
        return False
    if _AHEAD.search(clause) and not _DIFFERENTLY.search(clause):
        return True
    following = after[0] if after else ""
    return bool(_WRONG.search(clause) and _AND.search(following) and _AHEAD.search(following))
