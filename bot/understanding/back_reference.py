"""A question that points back asks about what the message has just told.

"Step 3 not taken yet and I need H1b. When should I take it?", "Got 3 DR interviews so far.
Is that normal?", "CK 244 on 2nd attempt (first was a fail). How much will the fail hurt me?":
the question names no topic of its own; "it", "that", "more" or "the fail" points at the
sentence before it, and that sentence's topic is what it asks about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.fact_topics import told_topic
from bot.understanding.topics import OUT_OF_SCOPE, ranked_topics

# Words that point at something already said ("it", "that", "get more"); plural ones
# ("them") point inside their own clause too often ("will programs see them as ...").
# "this year", "that cycle" name a time, not what was told.
# "they" opening the question ("do they count for IR apps?") is the subject told before, when
# what is asked of it is said of things told (count, matter, enough); "do they accept IMGs
# like me?" asks about programs.
_POINTER = re.compile(
    r"\b(?:it|that|this|more)\b(?!\s+(?:year|cycle|season|month|week|time|spring|fall)\b)"
    r"|^\W*(?:(?:and|so|but)\s+)?(?:do|does|will|would|can|could)\s+they\s+(?:really\s+|even\s+|"
    r"still\s+)?(?:count|matter|help|hurt|weigh|carry|work|add|make a difference)\b"
    r"|^\W*(?:(?:and|so|but)\s+)?are\s+they\s+(?:really\s+|even\s+)?(?:enough|useful|useless|"
    r"worth|valuable|good|ok|okay|important|relevant|needed|necessary)\b",
    re.IGNORECASE,
)
# "the fail", "this gap", "my score": a definite noun the sentence before named.
_DEFINITE = re.compile(r"\b(?:the|that|this|my) ([a-z]{3,})\b", re.IGNORECASE)
# The route: what a clause names when its only topic words are "DR" or "IR".
ROUTE = "ask_pathway"
_WORD = re.compile(r"[a-z]{3,}", re.IGNORECASE)
# "... and is scared, so I'm more scared": a clause that goes on from the last, not a question
_GOES_ON = re.compile(r"^\W*(?:and|but|so|or)\b", re.IGNORECASE)
# A longer question names what it asks; a referent further back is too far to guess.
_MAX_WORDS = 16
_LOOK_BACK = 3


def points_back(before: Sequence[str], clause: str) -> bool:
    """``clause`` is short and refers to what ``before`` told ("is that normal?")."""
    if not before or len(clause.split()) > _MAX_WORDS:
        return False
    if _GOES_ON.search(clause) and "?" not in clause:
        return False
    if _POINTER.search(clause):
        return True
    told = {word.lower()[:4] for part in before[-_LOOK_BACK:] for word in _WORD.findall(part)}
    return any(noun.lower()[:4] in told for noun in _DEFINITE.findall(clause))


def referred_topic(before: Sequence[str], clause: str) -> str | None:
    """The topic of the nearest clause before ``clause`` that names one, when ``clause``
    points back; None otherwise."""
    if not points_back(before, clause):
        return None
    for part in reversed(before[-_LOOK_BACK:]):
        ranked = [topic for topic in ranked_topics(part) if topic != OUT_OF_SCOPE]
        if ranked:
            # "... and no IR or DR letters.": route words only, the facts told say more
            return (told_topic(part) or ROUTE) if ranked[0] == ROUTE else ranked[0]
        told = told_topic(part)  # "I graduated in 2012.": no topic words, a fact told
        if told:
            return told
    return None


# "Is that going to be a problem for DR?", "will this hurt me for IR?", "does it count?": the
# subject is what was just told, whatever route the rest of the clause names ("is it worth
# applying", "is it true that" have an empty "it" and are not judged referents).
_JUDGED = re.compile(
    r"^\W*(?:(?:and|so|but|also)\s+)?(?:is|will|would|does|do|can|could|isn'?t|won'?t)\s+"
    r"(?:(?:that|this)\b(?!\s+(?:year|cycle|season|month|week|program|route|path))|"
    r"it\s+(?:hurt|count|matter|affect|look|"
    r"be (?:a |an )?(?:problem|issue|red flag|deal ?breaker)))",
    re.IGNORECASE,
)
# "would that change your answer?" asks about the bot's answer, and "is that better than
# integrated IR?" weighs two routes: neither judges the fact told
_NOT_JUDGED = re.compile(
    r"\b(?:your|the) (?:answer|advice|plan|read|assessment)\b"
    r"|\b(?:better|worse|than|instead|rather)\b",
    re.I,
)


def judged_first(before: Sequence[str], clause: str, ranked: list[str]) -> list[str]:
    """``ranked`` led by the topic of what ``clause`` judges when its subject points back and
    its own words name only the route ("I have only IM letters. Is that a problem for DR?"
    asks about the letters)."""
    if not ranked or ranked[0] != ROUTE or not _JUDGED.search(clause):
        return ranked
    if len(clause.split()) > _MAX_WORDS or _NOT_JUDGED.search(clause):
        return ranked
    referred = referred_topic(before, clause)
    if referred is None or referred == ROUTE:
        return ranked
    return [referred, *(topic for topic in ranked if topic != referred)]
