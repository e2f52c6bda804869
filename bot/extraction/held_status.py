"""A US status the writer holds, told in words the visa patterns miss (``visa_need: none``):

- "I'm an American who studied in Poland", "I am American" (not "American University of
  Antigua", not "I'm not American");
- "I became a citizen in 2021", "got my citizenship", "just got naturalized", "I'm a citizen
  now", "citizen IMG" (a bare "citizen" told of oneself: not "a citizen of India", not
  "Canadian citizen", not "my husband is a citizen");
- "dual citizen (US and India)", "Dual US/UK citizen": a dual citizenship naming the US;
- "born and raised in Texas", "born in New Jersey": born in a US state or city;
- "citizenship: US".

Each is the writer's own (not after a relative in its clause, not negated).
"""

from __future__ import annotations

from bot.extraction.kin import said_of_kin
from bot.extraction.patterns.places import STATE_PHRASES
from bot.extraction.reading import Reading

_US = frozenset({"us", "u.s.", "u.s", "usa", "american", "america", "united"})
_ME_BE = frozenset({"'m", "am", "m", "im", "i'm"})
_NEGATORS = frozenset({"not", "n't", "nt", "never", "no", "nor", "neither"})
# "American University of the Caribbean", "American board": a name, not a nationality.
_NAMED = frozenset({"university", "school", "college", "board", "boards", "style", "programs"})
_BECAME = frozenset({"became", "become", "becoming", "got", "received", "obtained", "have"})
_STATES = frozenset(STATE_PHRASES) - {"dc", "d.c.", "georgia"}  # Georgia: also a country
_FILLERS = frozenset({"a", "an", "my", "the", "us", "u.s.", "american", "just", "finally"})


def status_held(r: Reading) -> bool:
    """The message tells a US citizenship or birth the visa patterns do not read."""
    words = [t.lower_ for t in r.doc]
    for i in range(len(words)):
        found = (
            _american(words, i)
            or _citizen(words, i)
            or _naturalized(words, i)
            or _dual(words, i)
            or _born_in_state(words, i)
        )
        if found and not _negated(words, i) and not said_of_kin(r, i):
            return True
    return False


def _american(words: list[str], i: int) -> bool:
    """ "I'm an American", "I am American" (the nationality, not a name)."""
    if words[i] != "american":
        return False
    before = [w for w in words[max(0, i - 2) : i] if w not in {"an", "a"}]
    after = words[i + 1] if i + 1 < len(words) else ""
    return bool(before) and before[-1] in _ME_BE and after not in _NAMED


def _citizen(words: list[str], i: int) -> bool:
    """ "I'm a citizen (now)", "became a citizen", "got my citizenship", "citizen IMG",
    "citizenship: US"."""
    if words[i] not in {"citizen", "citizenship"}:
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    if words[i] == "citizenship" and after in {":", "-"}:
        return i + 2 < len(words) and words[i + 2] in _US
    year = i + 2 < len(words) and words[i + 2].isdigit()  # "became a citizen in 2021"
    if after in {"of", "there", "by"} or (after == "in" and not year):  # "a citizen of India"
        return False
    if after in {"img", "imgs", "fmg"}:
        return True
    k = i - 1
    while k >= 0 and words[k] in _FILLERS:
        k -= 1
    return k >= 0 and k < i - 1 and (words[k] in _ME_BE or words[k] in _BECAME)


def _naturalized(words: list[str], i: int) -> bool:
    """ "just got naturalized", "I'm naturalized" (the pattern reads "naturalized citizen")."""
    return words[i] in {"naturalized", "naturalised"} and i > 0 and words[i - 1] in {
        "got", "was", "been", "am", "'m", "im", "i'm", "just", "recently", "finally"
    }  # fmt: skip


def _dual(words: list[str], i: int) -> bool:
    """ "dual citizen (US and India)", "Dual US/UK citizen", "US/Indian dual citizen"."""
    if words[i] != "dual":
        return False
    near = words[max(0, i - 3) : i + 8]
    citizen = {"citizen", "citizenship", "national", "nationality"} & set(near)
    return bool(citizen) and bool(_US & set(near))


def _born_in_state(words: list[str], i: int) -> bool:
    """ "born (and raised) in Texas", "born in New Jersey", "born in Chicago"."""
    if words[i] != "born":
        return False
    k = i + 1
    if words[k : k + 2] == ["and", "raised"] or words[k : k + 2] == ["&", "raised"]:
        k += 2
    if k >= len(words) or words[k] != "in":
        return False
    return any(" ".join(words[k + 1 : k + 1 + n]) in _STATES for n in (1, 2, 3))


def _negated(words: list[str], i: int) -> bool:
    """ "I'm not American", "not a citizen", "never became a citizen"."""
    return bool(set(words[max(0, i - 4) : i]) & _NEGATORS)
