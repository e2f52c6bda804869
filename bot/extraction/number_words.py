"""The words numbers are written with: number words, ordinals, units, ranges, bounds, and the
nouns that mark a count we do not track ("80 programs")."""

from __future__ import annotations

from typing import Literal

NumberKind = Literal["cardinal", "ordinal", "article", "range", "vague"]
Unit = Literal["month", "week", "year"]

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
TIMES_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}
VAGUE_WORDS = frozenset({"few", "several", "some", "multiple", "many", "lots", "couple"})
# "more than 5", "over 250", "at least 2", "5+": a bound, not a value; we ask again.
BOUND_BEFORE = frozenset({"than", "over", "least", "most", "under", "above", "below", ">", "<"})
UNIT_WORDS: dict[str, Unit] = {
    "month": "month", "months": "month", "mo": "month", "mos": "month", "mth": "month",
    "mths": "month", "m": "month", "mnth": "month", "mnths": "month", "monts": "month",
    "moths": "month", "mons": "month",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week", "w": "week",
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "y": "year",
    # Spanish, in mixed-language writing: "2 meses de USCE", "4 semanas", "3 años"
    "mes": "month", "meses": "month", "semana": "week", "semanas": "week", "año": "year",
    "años": "year",
}  # fmt: skip
RANGE_JOINERS = frozenset({"-", "–", "—", "to", "or"})
# A number followed by one of these counts something we do not track ("80 programs").
NOISE_NOUNS = frozenset(
    {"programs", "programmes", "program", "applications", "places", "spots", "positions",
     "%", "percent", "percentile", "g", "hours", "hrs", "days", "people", "k", "usd", "dollars",
     "points", "pts"}
)  # fmt: skip
# Words that may stand between a count and its noise noun ("45 DR programs").
NOISE_MODIFIERS = frozenset(
    {"dr", "ir", "rads", "radiology", "diagnostic", "integrated", "independent", "prelim",
     "preliminary", "transitional", "categorical", "advanced", "different", "more", "total",
     "residency", "us", "ty", "im", "medicine", "surgery", "pgy-1", "pgy1", "other"}
)  # fmt: skip
# A number right after these is the value being replaced ("251 not 245").
DISCARD_BEFORE = frozenset({"not", "instead", "than"})
