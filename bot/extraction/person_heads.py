"""A sentence headed by another person, as in a list of two profiles: "Me: grad 2021, CK 248.
Him: grad 2019, CK 231." The facts after "Him:" / "Husband:" are that person's."""

from __future__ import annotations

from bot.extraction.labels import ANCHORS
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


# "My friend got 258 and matched DR last year so i keep comparing myself": after "so" the
# writer speaks of how they feel; with no fact there, the clause is still the friend's.
_TURNS = frozenset({"so", "because", "coz", "cuz", "lol", "haha", "which"})


def clause_end(r: Reading, clause: Clause) -> int:
    """Where the clause stops speaking of its subject: at a "so ..." / "because ..." tail that
    holds no fact (no number and no anchor), else its end."""
    for i in range(clause.start + 1, clause.end):
        if r.doc[i].lower_ not in _TURNS:
            continue
        facts = [m for m in r.mentions if i < m.start < clause.end and m.label in ANCHORS]
        numbers = [n for n in r.numbers if i < n.start < clause.end]
        return clause.end if facts or numbers else i
    return clause.end
