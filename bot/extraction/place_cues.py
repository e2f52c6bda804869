"""Preference words that say nothing about a place named farther off: "want to know" wants
an answer, not a place ("did my prelim year at a program in Ohio and I want to know if ...");
"only" restricts the words next to it ("I only have one letter, from an IR attending in Miami",
"took only COMLEX and matched at a program in Kansas"), so it wants a place only right beside
it ("only the northeast", "only apply in Texas", "Texas only"); and "anywhere" / "everywhere"
after a negation or a filter ("haven't applied anywhere", "will my 229 filter me out
everywhere?") is no place wanted.
"""

from __future__ import annotations

from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

# How far before a place "only" may stand and still restrict it ("only apply to programs in").
_ONLY_REACH = 5
_STOPS = frozenset({".", ",", ";", ":", "!", "?", "(", ")", "\n", "but"})


def only_beside(r: Reading, place: Mention) -> bool:
    """ "only" restricts the place: right after it, or a few words before it in one phrase."""
    after = r.doc[place.end].lower_ if place.end < len(r.doc) else ""
    if after == "only":
        return True
    for i in range(place.start - 1, max(-1, place.start - 1 - _ONLY_REACH), -1):
        word = r.doc[i].lower_
        if word in _STOPS or "\n" in r.doc[i].text:
            return False
        if word == "only":
            return not _counts_after(r, i)
    return False


def _counts_after(r: Reading, only: int) -> bool:
    """ "only 8 weeks in Houston", "only one letter from Miami": "only" restricts the number."""
    after = r.doc[only + 1] if only + 1 < len(r.doc) else None
    return after is not None and (after.like_num or after.lower_ in {"a", "one", "few"})


_NEGATIONS = frozenset(
    {"not", "n't", "never", "no", "haven't", "hasn't", "didn't", "don't", "won't", "can't",
     "havent", "didnt", "dont", "wont", "cant", "nowhere", "without"}
)  # fmt: skip
_SCREENS = frozenset({"filter", "filtered", "filters", "screen", "screened", "rejected", "out"})


def anywhere_not_wanted(r: Reading, place: Mention) -> bool:
    """ "I haven't applied anywhere", "it'll filter me out everywhere": "anywhere" with a
    negation or a screening verb before it in its clause is no place the writer wants."""
    if place.value != "anywhere" or place.text.lower() not in {"anywhere", "everywhere"}:
        return False
    clause = r.clause_of(place.start)
    start = clause.start if clause is not None else max(0, place.start - 6)
    words = {r.doc[i].lower_ for i in range(start, place.start)}
    return bool(words & (_NEGATIONS | _SCREENS))


_SAYING = frozenset(
    {"say", "says", "said", "tells", "told", "suggests", "suggested", "recommends",
     "recommended", "advises", "advised", "thinks", "thought", "insists", "insisted",
     "telling", "saying", "suggesting", "recommending", "advising", "urging", "urged",
     "pushing", "pushed", "insisting"}
)  # fmt: skip
# The writer, or a request to the bot ("pls suggest programs in the southeast").
_WRITER = frozenset(
    {"i", "i'm", "im", "i've", "ive", "we", "pls", "plz", "please", "you", "u", "can", "could"}
)  # fmt: skip


def advised_by_others(r: Reading, place: Mention) -> bool:
    """ "one says apply IR everywhere", "my PD told me to apply in the northeast": a place after
    someone else's verb of saying in its clause is their advice, not the writer's wish."""
    clause = r.clause_of(place.start)
    start = clause.start if clause is not None else max(0, place.start - 8)
    for i in range(place.start - 1, start - 1, -1):
        if r.doc[i].lower_ in _SAYING:
            subject = {r.doc[j].lower_ for j in range(start, i)}
            return bool(subject) and not subject & _WRITER
    return False


# "I want to know if ...", "what I really want to ask is ...": a wish for an answer.
_ASKING = frozenset(
    {"know", "ask", "understand", "check", "see", "hear", "learn", "find", "clarify", "confirm"}
)


def cues_for_an_answer(r: Reading, words: set[str], cues: frozenset[str]) -> set[str]:
    """The preference words of the sentence whose every use is "want to know" / "would like to
    ask": they want an answer, so they say nothing about the place."""
    found: set[str] = set()
    for cue in words & cues:
        uses = [t.i for t in r.doc if t.lower_ == cue]
        if uses and all(_wants_an_answer(r, i) for i in uses):
            found.add(cue)
    return found


def _wants_an_answer(r: Reading, i: int) -> bool:
    after = [t.lower_ for t in r.doc[i + 1 : i + 3]]
    return len(after) == 2 and after[0] == "to" and after[1] in _ASKING
