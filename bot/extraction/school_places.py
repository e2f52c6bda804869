"""Places that say nothing of the writer's medical school (issue 10: a wrong applicant type is
worse than a question): a place in a greeting ("Good morning from Lagos", "Hello from Brazil")
counts only beside words about one's training ("graduated 2020", "MBBS", "radiologist"); a
place one works, lives or researches in ("practicing anesthesia in Pakistan", "2 years research
in Germany") never does; a place in someone else's clause ("My cousin matched IR with 255 and 5
pubs from Pakistan") is theirs. The first two are offered to confirm, the last is dropped.
"""

from __future__ import annotations

from bot.extraction.context import others_speak
from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

_GREETINGS = frozenset(
    {"morning", "evening", "afternoon", "night", "hello", "hi", "hey", "greetings", "salam",
     "salaam", "namaste", "regards", "cheers", "love", "hola"}
)  # fmt: skip
# Words before "in <country>" that make it where one works or lives, not where one studied.
_WHERE_ONE_IS = frozenset(
    {"practicing", "practising", "practice", "practiced", "working", "work", "works", "worked",
     "job", "employed", "living", "live", "lives", "lived", "based", "settled", "staying",
     "research", "researching", "volunteering"}
)  # fmt: skip
# "paying from Brazil", "writing from Lagos": where one acts from now, as a greeting's place.
_ACTING_FROM = frozenset(
    {"paying", "writing", "applying", "typing", "texting", "posting", "messaging", "asking",
     "calling", "chatting", "studying", "preparing"}
)  # fmt: skip
# Words about the writer's training that make a greeting's place where they come from as a
# doctor ("Hello from Lviv. Graduated 2020").
_TRAINING = frozenset(
    {"graduated", "graduate", "grad", "graduation", "yog", "mbbs", "mbchb", "school",
     "university", "uni", "college", "studied", "trained", "residency", "radiologist",
     "doctor", "physician", "intern", "internship", "house"}
)  # fmt: skip
# "both IMGs from Egypt", "we are from India": the writer among them.
_TOGETHER = frozenset({"both", "we", "us", "our", "all"})
_BE = frozenset({"am", "'m", "m", "im", "i'm", "are", "currently", "now"})
_STOPS = frozenset({".", "!", "?", ";", "\n"})
_REACH = 6


def place_of_others(r: Reading, mention: Mention) -> bool:
    """The place sits in a clause about someone else (also the part joined to it by "and")."""
    clause = r.clause_of(mention.start)
    if clause is None:
        return False
    words = {r.doc[i].lower_ for i in range(clause.start, clause.end)}
    return not words & _TOGETHER and others_speak(r, clause)


def weak_place(r: Reading, mention: Mention) -> bool:
    """A country or city that is only where one works or lives, or a greeting's place in a
    message that says nothing of one's training."""
    if mention.label != "COUNTRY":
        return False
    before = _words_before(r, mention.start)
    if r.doc[mention.start].lower_ == "from":  # "from Lagos" is matched with its "from"
        before = ["from", *before]
    after = {r.doc[i].lower_ for i in range(mention.end, min(mention.end + 2, len(r.doc)))}
    if before[:1] == ["in"] and set(before) & _WHERE_ONE_IS and "as" not in set(before) | after:
        return True  # not "working as a GP in Egypt", "working in Chile as GP": a doctor's post
    from_greeting = (
        before[:1] == ["from"] and before[1:2] != [] and before[1] in _GREETINGS | _ACTING_FROM
    )
    # "i am in Vietnam": where one is now, told with no training ("I'm from Iran" stays: tune
    # writers label a country one is from as a school abroad)
    being = before[:1] == ["in"] and before[1:2] != [] and before[1] in _BE
    return (from_greeting or being) and not {t.lower_ for t in r.doc} & _TRAINING


def _words_before(r: Reading, start: int) -> list[str]:
    """Up to a few words before ``start`` in its sentence, nearest first."""
    words: list[str] = []
    for i in range(start - 1, max(-1, start - 1 - _REACH), -1):
        token = r.doc[i]
        if token.lower_ in _STOPS or "\n" in token.text:
            break
        words.append(token.lower_)
    return words
