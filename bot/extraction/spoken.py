"""Scores said in words: "two fifty one" (251), "two forty" (240), "two hundred and thirty"."""

from __future__ import annotations

from spacy.tokens import Doc

from bot.extraction.number_words import ONES, TENS


def _tens_and_ones(doc: Doc, j: int) -> tuple[int, int] | None:
    """ "fifty", "fifty one", "fifty-one", "seven" at token j: (value, end)."""
    if j >= len(doc):
        return None
    word = doc[j].lower_
    if word in TENS:
        value, end = TENS[word], j + 1
        k = end + 1 if end < len(doc) and doc[end].lower_ == "-" else end
        if k < len(doc) and doc[k].lower_ in ONES and 0 < ONES[doc[k].lower_] < 10:
            return value + ONES[doc[k].lower_], k + 1
        return value, end
    if word in ONES:
        return ONES[word], j + 1
    return None


def spoken_hundreds(doc: Doc, i: int) -> tuple[float, int] | None:
    """A three-digit number in words starting at token i: (value, end) or None.

    "two hundred (and) fifty one"; "two fifty one" and "two forty" (the hundred left out, as
    people say scores: only one or two before a tens word, so "three twenty-somethings" and
    "five fifty" are left alone)."""
    word = doc[i].lower_
    if word not in ONES or not 0 < ONES[word] < 10:
        return None
    hundreds = ONES[word] * 100
    j = i + 1
    if j < len(doc) and doc[j].lower_ == "hundred":
        j += 1
        if j < len(doc) and doc[j].lower_ == "and":
            j += 1
        rest = _tens_and_ones(doc, j)
        return (float(hundreds + rest[0]), rest[1]) if rest else (float(hundreds), j)
    if ONES[word] > 2 or j >= len(doc) or doc[j].lower_ not in TENS:
        return None
    rest = _tens_and_ones(doc, j)
    return (float(hundreds + rest[0]), rest[1]) if rest else None
