"""A count said as the running total replaces the earlier mentions of its field: "1 more IR
letter (now 2 IR and 1 IM)" has 2 IR letters, not 3. Counts of letters, abstracts and
interviews otherwise add up ("2 IR letters, 1 more from my PI" = 3).
"""

from __future__ import annotations

from spacy.tokens import Doc

from bot.extraction.numbers import NumberMention

_TOTAL_WORDS = frozenset({"now", "total", "totally", "overall"})


def running_total(doc: Doc, number: NumberMention) -> bool:
    """The count right after "now" / "total" ("now 2 IR", "total 3 letters")."""
    return number.start > 0 and doc[number.start - 1].lower_ in _TOTAL_WORDS
