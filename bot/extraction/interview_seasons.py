"""Which interview counts are ``prior_interviews``: the bot asks "How many DR or IR interviews
did you get in those cycles?", so a count is one of earlier cycles and of DR or IR.

- this season's ("got 2 IIs so far", "I got 2 interviews this season, last season 1", "this
  time I applied to 95 programs and got 2 interviews") are not, also beside an earlier cycle's;
- another specialty's ("last year I applied to IM and got 6 interviews", "6 IM interviews",
  "6 prelim ones") are not.

A clause with no time word takes the nearest one before it in its sentence ("Last cycle I
applied to 60 programs and got 3 interviews"). Answering the interviews question, every count
counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from spacy.tokens import Token

from bot.extraction.reading import Anchor, Clause, Reading

_SEASONS = frozenset({"season", "cycle", "year", "time", "round", "match", "application"})
_PAST = frozenset({"last", "previous", "prior", "past", "earlier"})
_PAST_WORDS = frozenset({"ago", "previously", "earlier"})
_NOW_PAIRS = frozenset({("so", "far"), ("till", "now"), ("until", "now"), ("as", "of")})
# "I have 5 interviews now", "I only have 2 DR interviews": held now, this season's (an
# earlier season's are "had" / "got").
_NOW_WORDS = frozenset({"currently", "presently", "now", "have", "has"})
# Other specialties an applicant may apply to beside DR and IR.
_OTHER = frozenset(
    {"prelim", "prelims", "surgery", "surgical", "medicine", "peds", "pediatrics", "psych",
     "psychiatry", "neurology", "anesthesia", "internal", "family", "categorical", "pathology",
     "transitional", "ob", "obgyn", "derm", "dermatology", "ortho", "neurosurgery"}
)  # fmt: skip
# Upper case only: "IM", not "Im" (I'm).
_OTHER_CODES = frozenset({"IM", "FM", "EM", "TY", "GS"})
# Named in a sentence, these may be work or a course rather than where one applied.
_NOT_APPLIED = frozenset({"medicine", "surgery", "surgical", "family", "internal"})
_RADIOLOGY = frozenset(
    {"dr", "ir", "rads", "radiology", "diagnostic", "interventional", "radiologist", "vir"}
)


def not_prior_interviews(r: Reading, clause: Clause, anchor: Anchor) -> bool:
    """The interview count in ``clause`` is this season's or another specialty's."""
    if r.expected == "prior_interviews":
        return False
    return _season(r, clause) == "now" or _other_specialty(r, clause, anchor)


def _words(r: Reading, clause: Clause) -> list[str]:
    return [r.doc[i].lower_ for i in range(clause.start, clause.end)]


def _time(words: list[str], current_year: int) -> str | None:
    for first, second in pairwise(words):
        if first in _PAST and second in _SEASONS:
            return "past"
        if (first == "this" and second in _SEASONS) or (first == "current" and second in _SEASONS):
            return "now"
        if (first, second) in _NOW_PAIRS or (first in {"year", "cycle"} and second == "before"):
            return "now" if (first, second) in _NOW_PAIRS else "past"
    if set(words) & _PAST_WORDS:
        return "past"
    years = [int(w[:4]) for w in words if w[:4].isdigit() and len(w) in {4, 7, 9}]
    if any(year < current_year for year in years):
        return "past"  # "in 2024", "(2025-26)"
    return "now" if set(words) & _NOW_WORDS else None


def _season(r: Reading, clause: Clause) -> str | None:
    """The clause's season: its own time word, else the nearest one before it in the
    sentence (brackets and all)."""
    own = _time(_words(r, clause), r.current_year)
    if own is not None:
        return own
    index = r.clauses.index(clause)
    for earlier in reversed(r.clauses[:index]):
        if earlier.sentence != clause.sentence:
            return None
        found = _time(_words(r, earlier), r.current_year)
        if found is not None:
            return found
    return None


def _other_specialty(r: Reading, clause: Clause, anchor: Anchor) -> bool:
    """ "6 IM interviews", "6 prelim ones", or a sentence that applies only to another
    specialty up to the count ("Last year I applied to IM and got 6 interviews")."""
    before = r.doc[anchor.origin - 1] if anchor.origin > 0 else None
    if before is not None and (before.lower_ in _OTHER or before.text in _OTHER_CODES):
        return True
    if anchor.carried and _names_other(r.doc[clause.start : clause.end]):
        return True  # "3 DR interviews, 6 prelim ones"
    sentence = [c for c in r.clauses if c.sentence == clause.sentence and c.start <= clause.start]
    tokens = [r.doc[i] for c in sentence for i in range(c.start, c.end)]
    return _names_other([t for t in tokens if t.lower_ not in _NOT_APPLIED])


def _names_other(tokens: Iterable[Token]) -> bool:
    """Another specialty named and neither DR nor IR."""
    found = list(tokens)
    other = any(t.lower_ in _OTHER or t.text in _OTHER_CODES for t in found)
    return other and not any(t.lower_ in _RADIOLOGY for t in found)
