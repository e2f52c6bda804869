"""Visa patterns: J-1, H-1B, no visa needed, a visa needed, undecided."""

from __future__ import annotations

from bot.extraction.patterns.tokens import HYPHEN, Pattern, rx, w

VISA_PATTERNS: dict[str, list[Pattern]] = {
    "VISA_J1": [[rx(r"^j-?1$")], [w("j"), HYPHEN, w("1")]],
    "VISA_H1B": [
        [rx(r"^h-?1-?b$")],
        [w("h1", "h-1"), HYPHEN, w("b")],
        [w("h"), w("-"), w("1b")],
        [w("h1", "h-1")],
    ],
    "VISA_NONE": [
        [w("us", "u.s.", "u.s", "american", "usa"), w("citizen", "citizenship", "national")],
        [w("green"), HYPHEN, w("card"), w("holder", op="?")],
        [w("greencard", "greencards"), w("holder", op="?")],
        [w("citizen"), w("of"), w("the", op="?"), w("us", "usa", "u.s.", "america")],
        [w("gc"), w("holder")],
        # "born in the US", "US-born": a citizen by birth.
        [w("born"), w("in"), w("the", op="?"), w("us", "usa", "u.s.", "america")],
        [w("us", "u.s.", "usa", "american"), HYPHEN, w("born")],
        [w("naturalized", "naturalised"), w("us", "u.s.", "american", op="?"), w("citizen")],
        [w("permanent"), w("resident", "residency", "residence")],
        [
            w("no", "not", "n't", "nt", "dont", "without"),
            w("need", "needed", "require", op="?"),
            w("a", "any", op="?"),
            w("visa", "sponsorship"),
        ],
        [w("visa", "sponsorship"), w("not", "n't", "nt"), w("needed", "required", "necessary")],
        # "visa: none needed", "visa - no"
        [
            w("visa", "sponsorship"),
            w(":", "-"),
            w("none", "no", "not"),
            w("needed", "required", op="?"),
        ],
    ],
    "VISA_NEED": [
        [
            w("need", "needs", "require", "requires", "needing", "will"),
            w("need", op="?"),
            w("a", "an", op="?"),
            w("visa", "sponsorship"),
        ],
        [w("visa", "sponsorship"), w("needed", "required", "necessary", "requirement")],
        # "Visa: yes", "sponsorship: needed"
        [w("visa", "sponsorship"), w(":", "-"), w("yes", "needed", "required", "need", "y")],
    ],
    "UNDECIDED": [[w("undecided", "either", "whichever")]],
}
