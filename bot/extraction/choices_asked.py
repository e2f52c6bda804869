"""A question about a choice still to make, for ``questions._personal``: "should my 4th letter
be from a DR?", "should my next letter be from IR or DR?", "which should my last letter be?"
name something the writer does not have yet (the letter to come), so what the question names
is not the writer's (only offered to confirm). Not "is my letter from a DR enough?" nor "with my
2 IR letters, should I apply IR?" (letters held)."""

from __future__ import annotations

import re

_CHOOSING = frozenset({"should", "shall", "must", "which"})
_TO_COME = frozenset(
    {"next", "last", "final", "other", "another", "remaining", "additional", "extra", "third",
     "fourth", "fifth", "second"}
)  # fmt: skip
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")


def choice_to_make(words: list[str]) -> bool:
    """The question (its words) asks about a thing to come: "(and) should my 4th letter be"."""
    return any(
        a in _CHOOSING and b == "my" and (c in _TO_COME or bool(_ORDINAL.match(c)))
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )
