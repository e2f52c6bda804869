"""A sentence headed by another person, as in a list of two profiles: "Me: grad 2021, CK 248.
Him: grad 2019, CK 231." The facts after "Him:" / "Husband:" are that person's."""

from __future__ import annotations

from bot.extraction.reading import Clause, Reading

# People a writer lists beside themselves, each heading their own facts.
_HEADS = frozenset(
    {"him", "her", "he", "she", "husband", "wife", "spouse", "partner", "hubby", "brother",
     "sister", "friend", "cousin", "fiance", "fiancé", "fiancee"}
)  # fmt: skip


def headed_by_other(r: Reading, clause: Clause) -> bool:
    """The clause's sentence opens with "<person>:" naming someone else."""
    start = min(c.start for c in r.clauses if c.sentence == clause.sentence)
    doc = r.doc
    if start >= 2 and doc[start - 1].text == ":":
        start -= 2  # the sentence's first clause may start after the heading's colon
    if start + 1 >= len(doc):
        return False
    return doc[start].lower_ in _HEADS and doc[start + 1].text == ":"
