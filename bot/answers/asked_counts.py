"""A number of programs the applicant names in a question about money ("how much will it cost
if I apply to 100 programs?"), so the answer prices that list and not only ours."""

from __future__ import annotations

import re

# A sentence that asks about money.
_MONEY = re.compile(r"\b(?:cost|costs|fee|fees|how much|budget|pay|price|spend|\$)", re.I)
# "100 programs", "80 programmes", "70 apps"; "to 60 DR programs".
_COUNT = re.compile(
    r"\b(\d{1,3})\s+(?:(?:dr|ir|rads|radiology|prelim|ty|pgy-?1)\s+)?"
    r"(?:programs?|programmes?|apps|applications)\b",
    re.I,
)
_SENTENCES = re.compile(r"[^.?!\n]+[.?!\n]?")
# ERAS lets an applicant apply to any number; past this it is a typo or not a count.
MAX_PROGRAMS = 400


def programs_priced(question: str) -> int | None:
    """The number of programs a money question names, if one (the last such in the text)."""
    found: int | None = None
    for sentence in _SENTENCES.findall(question):
        if not _MONEY.search(sentence):
            continue
        for match in _COUNT.finditer(sentence):
            count = int(match.group(1))
            if 0 < count <= MAX_PROGRAMS:
                found = count
    return found
