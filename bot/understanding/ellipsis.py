"""An elliptic question takes its topic from the facts told before it in the same message.

"I have 1 IR and 2 IM letters. Should I get more?", "USCE 3 months, 1 in FM. enough for DR?",
"3 IR pubs and 1 in review. is that enough?": the question names no topic (or only the field it
is "enough for"); what it asks about is what the message has just listed. The topic is the one
with the most keyword weight over the clauses before the question; on a tie, the one named first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.topics import OUT_OF_SCOPE, ranked_topics, topic_patterns

# A short question about "that / it / this combo / more / one" being enough, fine or possible,
# with no subject of its own: "enough?", "is that ok?", "Possible?", "Should I get more?",
# "Is 12 weeks enough?", "enough for DR + IR?".
# "Are 3 enough?" (a count of what was listed); "is 250 enough?" names a score: no ellipsis;
# "Is 80 DR enough?" names a number of programs to apply to: no ellipsis either
_SUBJECT = (
    r"(?:(?:that|this|it|these|those|this combo|that combo|\d{1,2}|"
    r"[\d.]+ (?!(?:dr|ir|prelims?|programs?|apps|applications|ty|integrated)\b)\w+)\s+)?"
    r"(?:be\s+)?"
)
_FOR_FIELD = (
    r"(?:\s+for (?:dr|ir|rads|radiology|integrated|both|me|dr ?\+ ?ir|ir ?\+ ?dr|dr and ir))"
)
# "planning a research year. is it a good idea?": the plan told just before is judged
_PLAN_JUDGED = (
    r"^\W*(?:(?:so|and|but|ok)\s+)?(?:is|would|was) (?:it|that|this) (?:actually |really |even )?"
    r"(?:(?:a )?(?:good|bad|smart|wise|better|sound) (?:idea|move|plan|choice|strategy|approach)|"
    # "says I should only do DR. Is that right for someone like me?"
    r"(?:right|true|correct|wise|smart)(?: for (?:me|someone like me|my case|people like me))?)\W*$"
)
# "im 38, 14 years since grad. is that a problem?": what was just told is judged ("Is it a red
# flag?" names the gaps itself)
_PROBLEM = (
    r"^\W*(?:(?:so|and|but|ok)\s+)?(?:is|would|will|was) (?:it|that|this) (?:be )?"
    r"(?:a (?:problem|concern|big deal)|an issue|bad)\W*$"
)
_ELLIPTIC = re.compile(
    r"^\W*(?:(?:q|so|and|or|but|ok|quick one)[:,]?\s+)*(?:(?:is|are|will|would|was)\s+)?"
    # "enough (for DR + IR)?": enough of what was listed; "ok for DR?" stays a chances question
    rf"(?:{_SUBJECT}(?:enough|sufficient)\b{_FOR_FIELD}?"
    r"(?:\s+(?:before|by) eras(?: opens?)?)?"
    # "Is 2 years too long, or is 1 year enough?" (of the research position just named)
    rf"|{_SUBJECT}too (?:long|short|much|little|few|many)"
    rf"|{_SUBJECT}(?:ok|okay|fine|good|possible|a good combo)"
    r")\W*$"
    r"|^\W*(?:should|do|can) i (?:get|ask for|need) (?:more|one|another)\b[\w ]{0,20}\W*$"
    # "Which one should I take for DR?" (of two offers just named), "Will that boost chances?"
    r"|^\W*which (?:one|of (?:them|these|those|the two|both))\b[\w ]{0,30}\W*$"
    # "Will need H1B or J1. Which is better?": the choice the message weighed most
    r"|^\W*(?:so\s+)?which (?:one )?(?:is|would be|will be) (?:better|best|preferable|easier)\W*$"
    r"|^\W*(?:will|would|does|can|could) (?:that|this|it) (?:boost|help|improve|raise|increase|"
    r"strengthen)\b[\w ]{0,25}\W*$"
    r"|" + _PLAN_JUDGED + r"|" + _PROBLEM,
    re.IGNORECASE,
)
# "enough for DR?" after a profile ("Profile: YOG 2019, CK 236, ...") asks the chances with it;
# after a list that is not called a profile ("LoR x3 ..., CK 243. Enough for IR") its first topic.
_VERDICT = re.compile(rf"\b(?:enough|sufficient|ok|okay|good|possible){_FOR_FIELD}\W*$", re.I)
_PROFILE = re.compile(r"\b(?:profile|stats)\b", re.I)
# At most this many words: a longer question names what it asks.
_MAX_WORDS = 8


def is_elliptic(clause: str) -> bool:
    """A short question that only asks whether what was said before is enough (or possible)."""
    return len(clause.split()) <= _MAX_WORDS and bool(_ELLIPTIC.search(clause))


def elliptic_topic(before: Sequence[str], clause: str) -> str | None:
    """The topic an elliptic ``clause`` asks about: the chances when it asks whether a profile
    is "enough for DR", the last clause's when it judges a plan ("is it a good idea?"), else
    the topic of what ``before`` listed."""
    if _VERDICT.search(clause) and any(_PROFILE.search(part) for part in before):
        return "ask_chances"
    if re.search(_PLAN_JUDGED + "|" + _PROBLEM, clause, re.IGNORECASE):
        return antecedent_topic(before[-1:])
    return antecedent_topic(before)


# "does it help for getting H1b?": what it would help with, when named, is asked ("Will that
# boost my chances?" asks about what was listed)
_HELPS_WITH = re.compile(
    r"^\W*(?:will|would|does|can|could) (?:that|this|it) (?:boost|help|improve|raise|increase|"
    r"strengthen)\b",
    re.IGNORECASE,
)


def helped_topic(clause: str) -> str | None:
    """The topic an elliptic "does it help for X?" names as X (not the chances), or None."""
    if not _HELPS_WITH.search(clause):
        return None
    own = ranked_topics(clause)
    return own[0] if own and own[0] not in ("ask_chances", OUT_OF_SCOPE) else None


def antecedent_topic(before: Sequence[str]) -> str | None:
    """The topic of the facts told in ``before`` (the message's clauses before the question):
    the most keyword weight over them, the earliest named on a tie; None when none is named."""
    weight, first = _weights(before)
    if not weight:
        return None
    return min(weight, key=lambda topic: (-weight[topic], first[topic]))


def _weights(before: Sequence[str]) -> tuple[dict[str, int], dict[str, tuple[int, int]]]:
    """Keyword weight per topic over ``before`` and where each topic is first named."""
    weight: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    for index, clause in enumerate(before):
        for item in topic_patterns():
            if item.topic == OUT_OF_SCOPE:
                continue
            found = item.pattern.search(clause)
            if found:
                weight[item.topic] = weight.get(item.topic, 0) + item.weight
                place = (index, found.start())
                first[item.topic] = min(first.get(item.topic, place), place)
    return weight, first
