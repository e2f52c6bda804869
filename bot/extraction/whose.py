"""Whose a clause is, from the words around it: a post "asking for my cousin", "my <fact>"
right before a fact's word ("pls someone reply, my CK 231"), and an aside in brackets that
belongs to the person named before it ("My senior (US IMG) matched DR with 236 and 1 IR LOR":
the aside and the words after its bracket speak of the senior).
"""

from __future__ import annotations

from bot.extraction.labels import ANCHORS
from bot.extraction.reading import Clause, Reading


def asking_for_another(r: Reading) -> bool:
    """ "Asking for my cousin: he's 2015 grad, CK 226": the post is about someone else."""
    words = [t.lower_ for t in r.doc[:5]]
    at = next((i for i, w in enumerate(words[:-2]) if words[i : i + 2] == ["asking", "for"]), -1)
    return at >= 0 and words[at + 2] in {"my", "a", "someone", "somebody", "friend"}


def my_fact(r: Reading, clause: Clause) -> bool:
    """ "pls someone reply, my CK 231 ...": "my" right before a fact's word is the writer's
    ("my friend's CK" is not: "friend" comes between)."""
    return any(
        m.label in ANCHORS and m.start > clause.start and r.doc[m.start - 1].lower_ == "my"
        for m in r.within(clause, r.mentions)
    )


def bracket_subject(r: Reading, clause: Clause) -> Clause | None:
    """The clause before a bracketed aside, for a clause inside the aside or right after its
    closing bracket, in the same sentence."""
    after_aside = clause.start > 0 and r.doc[clause.start - 1].text == ")"
    for i in range(clause.start - 2 if after_aside else clause.start - 1, -1, -1):
        text = r.doc[i].text
        if text in {".", "!", "?", ")"} or "\n" in text:
            return None  # the sentence's start, or an earlier aside: no subject before
        if text == "(":
            before = [c for c in r.clauses if c.end <= i and c.sentence == clause.sentence]
            return before[-1] if before else None
    return None
