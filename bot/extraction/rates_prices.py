"""Durations that measure something else: a rate ("a few hours a week of remote data work",
"3 days per week") or what a price buys ("an IR obs wants $3k for 4 weeks", "costs 3000
dollars for a month"). Neither is time spent on a stint, so the number is set aside. Not "I
paid $2000 for a 4 week IR observership" (the stint is named after the duration) nor "I did
a 4 week observership".
"""

from __future__ import annotations

from spacy.tokens import Doc

# "hours a week", "days per month", "shifts a week", "times a week": a rate.
_PER_WHAT = frozenset(
    {"hour", "hours", "hrs", "hr", "h", "day", "days", "shift", "shifts", "time", "times",
     "session", "sessions", "calls", "half-days"}
)  # fmt: skip


def a_rate(doc: Doc, start: int, unit: str | None) -> bool:
    """ "a week" / "per week" right after hours, days or shifts."""
    if unit is None or start < 1:
        return False
    word = doc[start].lower_
    before = doc[start - 1].lower_
    if word == "per" or (word in {"a", "an"} and before in _PER_WHAT):
        return before in _PER_WHAT
    return before == "per" and start >= 2 and doc[start - 2].lower_ in _PER_WHAT


_MONEY = frozenset({"$", "usd", "dollars", "bucks", "€", "eur", "euros", "£", "inr", "rs"})
_MONEY_REACH = 3
# What a stint would name right after its duration ("for a 4 week IR observership").
_STINT_AFTER = frozenset(
    {"ir", "dr", "observership", "obs", "elective", "externship", "rotation", "usce",
     "clerkship", "sub-i", "research"}
)  # fmt: skip


def a_price(doc: Doc, start: int, end: int, unit: str | None) -> bool:
    """A duration after "<money> for": what a price buys, unless a stint is named after it."""
    if unit is None or start < 2 or doc[start - 1].lower_ != "for":
        return False
    after = doc[end].lower_ if end < len(doc) else ""
    if after in _STINT_AFTER:
        return False
    before = doc[max(0, start - 1 - _MONEY_REACH) : start - 1]
    return any(_money(t.lower_) for t in before)


def _money(word: str) -> bool:
    """ "$", "dollars", "3k", "$3000", "3,500usd"."""
    if word in _MONEY or word.startswith("$"):
        return True
    return len(word) > 1 and word[-1] == "k" and word[:-1].replace(".", "").isdigit()
