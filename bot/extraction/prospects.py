"""Prospects, not done: offers, chances and promises ("I got an offer for a 4 week
observership", "a chance to do a 2 year research position", "the attending agreed to write my
letter"), also in the clause that continues one ("... and another for a 4 week externship"),
and what a question asks whether to get ("Should I ask my IM attending for the third letter or
get a DR one?", "can i ask the DR attending from my observership for a letter?").

"had the chance to do 3 months of USCE" tells what was done and stays a fact.
"""

from __future__ import annotations

from itertools import pairwise

from bot.extraction.reading import Clause, Reading

PROSPECT_WORDS = frozenset(
    {"offer", "offers", "chance", "opportunity", "agreed", "agrees", "accepted", "lined"}
)
# "accepted for a 4 week IR elective" (not "2 papers accepted"), "lined up for March".
_AIMED = {"chance": ("to", "for"), "opportunity": ("to", "for"), "accepted": ("for", "into", "to")}
_AIMED |= {"lined": ("up",)}
# "I had the chance to do ...", "got the opportunity to rotate": taken, so done.
_TAKEN = frozenset({"had", "got", "took", "used"})
# "... and another for ...", "... and one more in IM": the same verb as the clause before.
_CONTINUING = frozenset({"another", "one"})


def prospect_words(words: list[str]) -> bool:
    """A word of an offer or a chance not (yet) taken among the clause's ``words``."""
    for i, word in enumerate(words):
        if word not in PROSPECT_WORDS:
            continue
        before = set(words[max(0, i - 3) : i])
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in _AIMED and following not in _AIMED[word]:
            continue  # "any chance with CK 228?", "2 papers accepted"
        if word in {"chance", "opportunity"} and before & _TAKEN:
            continue  # "had the chance to do ..."
        return True
    # "I'm about to start a 2 year research fellowship", "If I do a 1 year research fellowship"
    # "so ~2 years of research by the time I start residency": the length it will have then
    triples = list(zip(words, words[1:], words[2:], strict=False))
    supposed = any(a == "if" and b == "i" and c in _DOING for a, b, c in triples)
    by_then = any(t == ("by", "the", "time") and _ahead(words[i + 3 : i + 5]) for i, t in
                  enumerate(triples))  # fmt: skip
    return supposed or by_then or any(pair == ("about", "to") for pair in pairwise(words))


def _ahead(words: list[str]) -> bool:
    """ "by the time I start / apply" (not "by the time I applied, I had ...")."""
    verb = words[-1] if words else ""
    return not (verb.endswith("ed") or verb in {"had", "was", "did", "got", "took", "went"})


_DOING = frozenset({"do", "get", "take", "complete", "finish", "start", "join", "publish"})


def continued_prospect(r: Reading, clause: Clause) -> bool:
    """The clause opens with "another"/"one" after "and" and the clause before it, in the same
    sentence, is an offer or a chance ("an offer for an IR observership and another for ...")."""
    index = r.clauses.index(clause)
    if index == 0 or r.doc[clause.start].lower_ not in _CONTINUING:
        return False
    previous = r.clauses[index - 1]
    if previous.sentence != clause.sentence:
        return False
    words = [r.doc[i].lower_ for i in range(previous.start, previous.end)]
    return prospect_words(words)


_SHOULD = frozenset({"should", "shall"})
_MAY = frozenset({"can", "could", "may"})
_GETTING = frozenset({"get", "ask", "obtain", "request", "getting", "asking"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})


def asked_to_get(r: Reading, clause: Clause) -> bool:
    """A clause asking "should I ... get ..." or "can I ask ... for ..." in a sentence that
    ends in a question mark."""
    ordered = [r.doc[i].lower_ for i in range(clause.start, clause.end)]
    words = set(ordered)
    may = any(a in _MAY and b == "i" for a, b in pairwise(ordered))  # "can i ask X for a letter"
    if not ((words & _SHOULD or may) and words & _GETTING):
        return _how_to_get(ordered)
    for token in r.doc[clause.end :]:
        if token.text in _SENTENCE_ENDS or "\n" in token.text:
            return token.text == "?"
    return False


_HOW = frozenset({"do", "does", "can", "could", "should", "would", "to"})


def _how_to_get(ordered: list[str]) -> bool:
    """ "how do I get an IR letter when ...", "how do i ask the IR attending for a letter",
    "how to request a LOR": a way to get it asked, with or without a question mark."""
    for i, word in enumerate(ordered[:-1]):
        if word != "how" or ordered[i + 1] not in _HOW:
            continue
        start = i + 2 if ordered[i + 1] == "to" else i + 3
        # the getting verb within the next words ("how do i actually ask ...")
        return bool(set(ordered[start : start + 3]) & _GETTING)
    return False
