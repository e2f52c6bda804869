"""Numbers in a tokenised message: digits, number words, ordinals, ranges, vague amounts.

Works on spaCy tokens so that positions line up with the Matcher's spans. A number that
carries a unit ("4 weeks", "a year and a half") gets the unit attached here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from bot.extraction.number_context import (
    AGO_WORDS,
    a_wait,
    before_now,
    counts_noise,
    other_score_before,
)
from bot.extraction.number_words import (
    BOUND_BEFORE,
    DISCARD_BEFORE,
    ONES,
    ORDINAL_WORDS,
    RANGE_JOINERS,
    TENS,
    TIMES_WORDS,
    UNIT_WORDS,
    VAGUE_WORDS,
    NumberKind,
    Unit,
)
from bot.extraction.rates_prices import a_price, a_rate
from bot.extraction.spoken import spoken_hundreds

_DIGITS = re.compile(r"^-?\d+(?:\.\d+)?$")
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


@dataclass
class NumberMention:
    """A number found in the message, with its token span [start, end)."""

    start: int
    end: int
    value: float
    kind: NumberKind
    text: str
    unit: Unit | None = None
    high: float | None = None  # upper end of a range
    year_like: bool = False  # four digits: a calendar year, never a count or a score
    times: bool = False  # "once", "twice", "2 times"
    ago: bool = False  # "5 years ago"
    each: bool = False  # "of 4 weeks each": multiplied by the count before the anchor
    discarded: bool = False

    @property
    def is_whole(self) -> bool:
        return float(self.value).is_integer()


def _single(doc: Doc, i: int) -> tuple[float, NumberKind, int] | None:
    """The number starting at token i: (value, kind, end) or None."""
    lower = doc[i].lower_
    if _DIGITS.match(lower):
        return float(lower), "cardinal", i + 1
    ordinal = _ORDINAL_DIGITS.match(lower)
    if ordinal:
        return float(ordinal.group(1)), "ordinal", i + 1
    if lower in ORDINAL_WORDS:
        return float(ORDINAL_WORDS[lower]), "ordinal", i + 1
    if lower in TIMES_WORDS:
        return float(TIMES_WORDS[lower]), "cardinal", i + 1
    if lower in TENS:
        value = TENS[lower]
        j = i + 1
        if j < len(doc) and doc[j].lower_ == "-":
            j += 1
        if j < len(doc) and doc[j].lower_ in ONES and 0 < ONES[doc[j].lower_] < 10:
            return float(value + ONES[doc[j].lower_]), "cardinal", j + 1
        return float(value), "cardinal", i + 1
    spoken = spoken_hundreds(doc, i)
    if spoken is not None:
        return spoken[0], "cardinal", spoken[1]
    if lower in ONES:
        return float(ONES[lower]), "cardinal", i + 1
    if lower == "minus" and i + 1 < len(doc) and _DIGITS.match(doc[i + 1].lower_):
        return -float(doc[i + 1].lower_), "cardinal", i + 2
    if lower in {"a", "an"}:
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if nxt == "couple":
            end = i + 3 if i + 2 < len(doc) and doc[i + 2].lower_ == "of" else i + 2
            return 2.0, "cardinal", end
        if nxt in {"few", "lot"}:
            return 0.0, "vague", i + 2
        return 1.0, "article", i + 1
    if lower == "half" and i + 1 < len(doc) and doc[i + 1].lower_ in {"a", "an"}:
        return 0.5, "cardinal", i + 2
    if lower in VAGUE_WORDS:
        return 0.0, "vague", i + 1
    return None


def _and_a_half(doc: Doc, i: int) -> int:
    """Tokens used by a following "and a half" (0 if absent)."""
    words = [doc[j].lower_ for j in range(i, min(i + 3, len(doc)))]
    return 3 if words == ["and", "a", "half"] else 0


def find_numbers(doc: Doc, covered: set[int]) -> list[NumberMention]:
    """Every number in ``doc`` outside the ``covered`` token positions, left to right."""
    found: list[NumberMention] = []
    i = 0
    while i < len(doc):
        if i in covered:
            i += 1
            continue
        between = doc[i].lower_ == "between"
        start = i + 1 if between else i
        single = _single(doc, start) if start < len(doc) and start not in covered else None
        if single is None:
            i += 1
            continue
        value, kind, end = single
        mention = NumberMention(start, end, value, kind, doc[start:end].text)
        mention.year_like = kind == "cardinal" and bool(re.match(r"^\d{4}$", doc[start].text))
        mention.times = doc[start].lower_ in TIMES_WORDS
        half = _and_a_half(doc, end)
        if half and kind in {"cardinal", "article"}:
            mention.value += 0.5
            mention.kind = "cardinal"
            end += half
        # A range: "240-250", "2 or 3", "between 240 and 250".
        joiner_ok = end < len(doc) and (
            doc[end].lower_ in RANGE_JOINERS or (between and doc[end].lower_ == "and")
        )
        if joiner_ok and end + 1 < len(doc) and end + 1 not in covered and kind != "ordinal":
            other = _single(doc, end + 1)
            if other is not None and other[1] in {"cardinal", "article"}:
                mention.high = other[0]
                mention.kind = "range"
                end = other[2]
        elif between:
            start = i + 1
        # "4-week", "3 months", "a year and a half".
        j = end + 1 if end < len(doc) and doc[end].lower_ == "-" else end
        if j < len(doc) and doc[j].lower_ in UNIT_WORDS and j not in covered:
            mention.unit = UNIT_WORDS[doc[j].lower_]
            end = j + 1
            if end < len(doc) and before_now(doc, end):
                mention.ago = True
                end += 1 if doc[end].lower_ in AGO_WORDS else 0
            elif end < len(doc) and doc[end].lower_ in {"each", "apiece"}:
                mention.each = True
                end += 1
            half = _and_a_half(doc, end)
            if half and mention.kind != "range":
                mention.value += 0.5
                mention.kind = "cardinal"
                end += half
        elif j < len(doc) and doc[j].lower_ in {"times", "time"} and kind == "cardinal":
            mention.times = doc[j].lower_ == "times"
        if mention.kind == "article" and mention.unit is None:
            nxt = _single(doc, end) if end < len(doc) else None
            if nxt is not None and nxt[1] != "article":
                i = end  # "a 4 week elective": the article only introduces the number
                continue
        if end < len(doc) and doc[end].text == "+" and mention.kind == "cardinal":
            mention.kind = "vague"
            end += 1
        if start > 0 and doc[start - 1].lower_ in BOUND_BEFORE and mention.kind == "cardinal":
            mention.kind = "vague"
        if counts_noise(doc, end) or other_score_before(doc, start):
            mention.discarded = True
        if a_wait(doc, start, mention.unit):  # "visa stuck in 221g for 7 months"
            mention.discarded = True
        if a_rate(doc, start, mention.unit) or a_price(doc, start, end, mention.unit):
            mention.discarded = True  # "2 hours a week", "wants $3k for 4 weeks"
        if i > 0 and doc[i - 1].lower_ in DISCARD_BEFORE - {"than"}:
            mention.discarded = True
        mention.start = i if between else start
        mention.end = end
        mention.text = doc[mention.start : end].text
        found.append(mention)
        i = end
    return _multiplied(found)


def _multiplied(found: list[NumberMention]) -> list[NumberMention]:
    """ "two 4-week electives" is 8 weeks: a count right before a duration multiplies it."""
    merged: list[NumberMention] = []
    for mention in found:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.end == mention.start
            and previous.kind == "cardinal"
            and previous.unit is None
            and not previous.year_like
            and mention.kind == "cardinal"
            and mention.unit is not None
        ):
            mention.value *= previous.value
            mention.start = previous.start
            mention.text = f"{previous.text} {mention.text}"
            merged[-1] = mention
            continue
        merged.append(mention)
    return merged
