"""A lone three-digit number read as a Step 2 CK score: "actually it was 248", "I got 251",
"I'm at 245"; not a count of things ("sent 140 cold emails") or someone else's score."""

from __future__ import annotations

from bot.extraction.context import others_speak
from bot.extraction.number_context import with_before
from bot.extraction.numbers import NumberMention
from bot.extraction.reading import Reading

SCORE_CUES = frozenset({"score", "scored", "got", "get", "was", "is", "with"})


def loose_score(r: Reading) -> None:
    """ "actually it was 248", "I got 251": a lone three-digit number is a Step 2 CK score."""
    if r.out.has("step2ck_score"):
        return
    correction = "CORRECTION" in r.labels()
    for number in r.free_numbers():
        if number.unit is not None or number.kind != "cardinal" or number.year_like:
            continue
        if not 100 <= number.value < 1000 or _counts_things(r, number):
            continue
        clause = r.clause_of(number.start)
        if clause is not None and others_speak(r, clause):
            continue  # "my colleague got 265": not the writer's score
        if correction or _score_cue(r, number):
            r.store_number("step2ck_score", number, number.text)
            r.claimed.add(id(number))
            return


# "245 points", "250s": words a score may take.
SCORE_WORDS = frozenset({"points", "pts", "score", "scores", "ish", "plus"})


def _counts_things(r: Reading, number: NumberMention) -> bool:
    """ "sent 140 cold emails", "140 applications": a count of things, no score."""
    after = r.doc[number.end : number.end + 2]
    # "140 cold emails": the word after, or one adjective and then a plural noun.
    words = [t.lower_ for t in after if t.is_alpha][: len(after)]
    if not words or not r.doc[number.end].is_alpha or words[0] in _AFTER_SCORE | SCORE_WORDS:
        return False
    return any(len(w) > 3 and w.endswith("s") and w not in SCORE_WORDS for w in words)


_ME_AT = frozenset({"m", "'m", "am"})


def _score_cue(r: Reading, number: NumberMention) -> bool:
    """ "got 251", "with 245", "I'm at 245", "I have 238," (the number ends the clause)."""
    words = [r.doc[i].lower_ for i in range(max(0, number.start - 3), number.start)]
    if set(words) & SCORE_CUES:
        return True
    if words[-2:-1] and words[-1] == "at" and words[-2] in _ME_AT:
        return 180 <= number.value <= 300
    if (
        words[-1:] in (["and"], ["&"])
        and 200 <= number.value <= 300
        and with_before(r.doc, number.start)
    ):
        return True  # "with 3 IR pubs and 250?"
    if not 180 <= number.value <= 300:  # "I have 100, 200 hours ...": no score
        return False
    after = r.doc[number.end] if number.end < len(r.doc) else None
    if words[-2:] in (["i", "'m"], ["i", "am"], ["i", "m"]):  # "I'm 248, 1 IR pub"
        return after is None or after.is_punct or after.lower_ in _AFTER_SCORE
    ends = after is None or (after.is_punct and not _number_next(r, number.end + 1))
    ends = ends or (after is not None and after.lower_ in _AFTER_SCORE)
    return ends and words[-2:] in (["i", "have"], ["i", "got"], ["i", "had"])


# "I have 247 with 1 IR pub", "I have 238 on CK": what may follow a score.
_AFTER_SCORE = frozenset({"with", "on", "in", "and", "but", "so", "ck", "score", "btw"})


def _number_next(r: Reading, position: int) -> bool:
    return position < len(r.doc) and r.doc[position].like_num
