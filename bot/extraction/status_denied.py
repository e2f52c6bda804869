"""A US status named but not held by the writer (``visa_need`` stays unstored):

- denied through a list: "not a US citizen or green card holder", "neither a citizen nor a
  green card holder";
- denied across a verb: "I don't have a green card yet", "haven't got my green card";
- awaited: "waiting on my green card interview", "green card expected next year", "my green
  card is being processed", "green card application";
- still to come: "I'm getting my green card next year", "will get my GC", "my green card comes
  soon" ("since getting my green card" and "I got my green card" are held);
- a spouse's: "married to a US citizen".

The caller drops such a mention before reading the visa; a held status beside it ("not a
citizen yet but I have a green card") still counts.
"""

from __future__ import annotations

from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

_NEGATORS = frozenset({"not", "n't", "nt", "never", "no", "without"})
_STOPS = frozenset({".", "!", "?", ";", "\n", "but", "now", "although", "though"})
# Words a negation may reach across: "don't have a green card", "haven't got my GC".
_ACROSS = frozenset(
    {"have", "has", "had", "got", "gotten", "get", "received", "hold", "a", "an", "my", "the",
     "any", "us", "u.s.", "yet", "still", "do", "does", "did"}
)  # fmt: skip
_WAITING = frozenset({"waiting", "awaiting", "expecting", "wait", "hoping", "hope", "pursuing"})
_AWAITED_AFTER = frozenset(
    {"expected", "processed", "interview", "application", "applications", "petition",
     "filed", "approval", "hopefully", "eventually", "next", "soon", "comes", "coming",
     "pending"}
)  # fmt: skip
# A status still to be acquired: "getting my green card", "will get", "gonna get".
_TO_COME = frozenset({"getting", "will", "'ll", "gonna", "going", "receiving", "obtaining"})
# ... unless it is told as done since: "since getting my green card in 2020".
_SINCE = frozenset({"since", "after", "upon", "before"})


def status_not_held(r: Reading, mention: Mention) -> bool:
    """The status at ``mention`` is denied, awaited or a spouse's."""
    before = _before(r, mention.start, 8)
    return (
        _denied_in_list(before)
        or _denied_across(before)
        or bool(set(before[-5:]) & _WAITING)
        or (bool(set(before[-4:]) & _TO_COME) and not set(before[-5:]) & _SINCE)
        or _awaited_after(r, mention.end)
        or before[-3:-1] == ["married", "to"]
        or before[-2:] == ["married", "to"]
    )


def _before(r: Reading, start: int, reach: int) -> list[str]:
    """Up to ``reach`` words before ``start`` in its sentence, from the last stop on."""
    words = [r.doc[i].lower_ for i in range(max(0, start - reach), start)]
    stops = [k for k, word in enumerate(words) if word in _STOPS]
    return words[stops[-1] + 1 :] if stops else words


def _denied_in_list(before: list[str]) -> bool:
    """ "not a US citizen or ...", "neither ... nor ..."."""
    if {"nor", "neither"} & set(before):
        return True
    negated = [k for k, word in enumerate(before) if word in _NEGATORS]
    return bool(negated) and "or" in before[negated[0] :]


def _denied_across(before: list[str]) -> bool:
    """A negation reaching the status across "have", "got", "a", "my", ..."""
    for word in reversed(before[-5:]):
        if word in _NEGATORS:
            return True
        if word not in _ACROSS:
            return False
    return False


def _awaited_after(r: Reading, end: int) -> bool:
    following = [r.doc[i].lower_ for i in range(end, min(end + 4, len(r.doc)))]
    for word in following:
        if word in _STOPS or word == ",":
            return False
        if word in _AWAITED_AFTER:
            return True
    return False
