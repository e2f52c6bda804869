"""No IR papers only inferred, not said: a candidate to confirm, not a fact.

"I have 240 and 1 pub (cardiology)", "2 case reports in cardiology", "1 paper under review":
papers the writer places in another field or not yet published say nothing plainly about IR
or radiology papers; readers of such messages store no count. The zero becomes a confirming
question. A zero the writer says ("no pubs", "0 in radiology", "2 pubs but nothing in
radiology", "none in IR") stays a fact, and so does an answer to the bot's own question; "in
cardiology, not radiology" only places the papers elsewhere.
Read before the clause-by-clause reading, which then leaves the count alone.
"""

from __future__ import annotations

from bot.extraction.context import (
    WorkKind,
    contrasted,
    others_speak,
    outside_our_field,
    publication_kind,
)
from bot.extraction.numbers import NumberMention
from bot.extraction.reading import Reading

# Words between a count and its papers: "2 first author papers", "1 original article".
_BETWEEN = frozenset(
    {"first", "author", "first-author", "original", "small", "short", "peer", "reviewed", "-",
     "more", "other", "clinical", "research", "review", "retrospective"}
)  # fmt: skip


def unstated_zero(r: Reading) -> None:
    """Counts of papers only in another field or unpublished, with no zero said: doubted."""
    if r.expected == "ir_publications":
        return
    for mention in r.mentions:
        clause = r.clause_of(mention.start) if mention.label == "PUB" else None
        if clause is None or others_speak(r, clause):
            continue
        number = _count_before(r, mention.start)
        if number is None or id(number) in r.claimed:
            continue
        kind = publication_kind(r, clause)
        if kind is WorkKind.IR or outside_our_field(r, clause) or _zero_said(r, clause.sentence):
            continue  # "2 pubs but nothing in radiology", "... and 0 in radiology": said
        r.out.doubt("ir_publications", 0, r.span_text(number.start, mention.end))
        r.claimed.add(id(number))


_NONE = frozenset({"none", "not", "nothing", "zero", "0", "no"})


def _zero_said(r: Reading, sentence: int) -> bool:
    """ "4 pubs, all in orthopedics, and 0 in radiology": none in our field, in the sentence."""
    for m in r.mentions:
        clause = r.clause_of(m.start) if m.label in {"SRC_IR", "SRC_DR"} else None
        before = [t.lower_ for t in r.doc[max(0, m.start - 3) : m.start]]
        said = bool(set(before) & _NONE) and not contrasted(r, m.start)
        if clause is not None and clause.sentence == sentence and said:
            return True
    return False


def _count_before(r: Reading, start: int) -> NumberMention | None:
    i = start
    while i > 0 and r.doc[i - 1].lower_ in _BETWEEN:
        i -= 1
    return next((n for n in r.numbers if n.end == i and n.kind == "cardinal" and not n.unit), None)
