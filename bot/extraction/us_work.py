"""Work negated only in the US: "No clinical work in the US except 2 weeks observing", "no
clinical work in USA yet" speak of US clinical experience, not of working now (the writer may
be a radiologist at home or a research postdoc); "no clinical work since 2020" still says no
work now, and so does "not working in the US" (no word of clinical work: no work at all).

"The J1 rule doesn't work for me" is no job either.

Also "research fellow (not clinical)": research is work in medicine (CONTRACT), so "not
clinical" beside research in its sentence says nothing against working now.
"""

from __future__ import annotations

from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

_IN = frozenset({"in", "inside", "within"})
_US = frozenset({"us", "usa", "u.s.", "u.s", "america", "states"})


def not_against_work(r: Reading, mention: Mention) -> bool:
    """The mention is negated work that says nothing against working now."""
    start, end = mention.start, mention.end
    if mention.label != "ACTIVE_FALSE":
        return False
    research = any(m.label == "RESEARCH" for m in r.mentions) and "research" in r.sentence_words(
        start
    )
    aside = r.doc[end - 1].text == ")"
    return only_in_the_us(r, start, end) or (aside and research) or _unsuitable(r, start, end)


def _unsuitable(r: Reading, start: int, end: int) -> bool:
    """ "the J1 rule doesn't work for me", "that won't work out": a plan that does not suit,
    not a job."""
    before = r.doc[start - 1].lower_ if start > 0 else ""
    after = [t.lower_ for t in r.doc[end : end + 2]]
    return before in {"does", "do", "will", "wo", "would", "it", "that"} and (
        after[:1] == ["out"] or after[:2] in (["for", "me"], ["for", "us"], ["for", "my"])
    )


def only_in_the_us(r: Reading, start: int, end: int) -> bool:
    """The negated clinical work at [start, end) is followed by "in (the) US"."""
    if not any(t.lower_.startswith("clinical") for t in r.doc[start:end]):
        return False
    words = [t.lower_ for t in r.doc[end : end + 4]]
    if not words or words[0] not in _IN:
        return False
    rest = [w for w in words[1:] if w != "the"]
    return bool(rest) and rest[0] in _US
