"""What the words around a number say about it: it counts something we do not track
("80 programs"), or it is a time before now ("5 years ago", "2 yrs back", "7 years since
graduation"), or the last of a list after "with" ("with 3 IR pubs and 250?"), or how long
something was waited for ("my visa was stuck in 221g for 7 months")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from bot.extraction.number_words import NOISE_MODIFIERS, NOISE_NOUNS
from bot.profile import GRADUATION_YEAR_RANGE

if TYPE_CHECKING:
    from bot.extraction.numbers import NumberMention

AGO_WORDS = frozenset({"ago", "back"})
# "MBBS from 2012 to 2018", "MBBS 2014-2019": years of study, the last one the graduation.
_SPAN_BEFORE = frozenset({"from", "between", "mbbs", "mbchb", "mbbch", "school", "college"})
# Not "after" ("3 years after graduation" is a time in the past, not its distance from now).
_SINCE = frozenset({"since"})
_GRADUATION = frozenset({"graduation", "graduated", "graduating", "grad", "mbbs", "med"})


def counts_noise(doc: Doc, end: int) -> bool:
    """The number ending before token ``end`` counts programs, places or money."""
    for j in range(end, min(end + 3, len(doc))):
        if doc[j].lower_ in NOISE_NOUNS:
            return True
        if doc[j].lower_ not in NOISE_MODIFIERS:
            return False
    return False


def before_now(doc: Doc, end: int) -> bool:
    """ "5 years ago", "2 yrs back", "7 years since graduation"."""
    if doc[end].lower_ in AGO_WORDS:
        return True
    following = {doc[i].lower_ for i in range(end + 1, min(end + 3, len(doc)))}
    return doc[end].lower_ in _SINCE and bool(following & _GRADUATION)


# "my UWSA2 was 250", "NBME 255": practice tests, not the exam.
_PRACTICE = re.compile(r"^(?:uwsa|nbme|nbmes|cbssa|cbse|cms|free ?120|amboss|uw)\d*$")


def other_score_before(doc: Doc, start: int) -> bool:
    """ "my CK percentile is 60", "my UWSA2 was 250": a percentile or a practice test's score,
    not the Step 2 CK score."""
    before = [doc[i].lower_ for i in range(max(0, start - 3), start)]
    return any(word in {"percentile", "%ile"} or _PRACTICE.match(word) for word in before)


def with_before(doc: Doc, position: int) -> bool:
    """A "with" a few words back in the same sentence, the score last in the list."""
    after = doc[position + 1].text if position + 1 < len(doc) else "?"
    for i in range(position - 1, max(-1, position - 9), -1):
        if doc[i].text in {".", "!", "?", "\n"}:
            return False
        if doc[i].lower_ == "with":
            return after in {"?", ".", "!", ","}
    return False


def span_of_years(doc: Doc, number: NumberMention) -> bool:
    """ "from 2012 to 2018": years of study, the last one the graduation."""
    at = number.start - 1
    at -= 1 if at > 0 and doc[at].text in {"(", ":", "-"} else 0  # "MBBS (2015-2020)"
    before = doc[at].lower_ if at >= 0 else ""
    return (
        number.kind == "range"
        and number.year_like
        and before in _SPAN_BEFORE
        and number.high is not None
        and number.high > number.value
    )


def short_year(number: NumberMention) -> int | None:
    """ "21" right after a graduation word is 2021 ("98" is 1998); None for other numbers."""
    if number.kind != "cardinal" or number.unit is not None or len(number.text) != 2:
        return None
    if not number.text.isdigit():
        return None
    value = int(number.text)
    return 2000 + value if value <= GRADUATION_YEAR_RANGE[1] % 100 else 1900 + value


# "each one 4 weeks", "each for 4 weeks": "each" said before the duration.
_EACH_BEFORE = (["each"], ["each", "one"], ["each", "for"], ["each", "was"], ["each", "of"])


def each_before(doc: Doc, start: int) -> bool:
    """The duration at ``start`` is given for each stint, "each" said before it."""
    words = [doc[i].lower_ for i in range(max(0, start - 2), start)]
    return any(words[-len(each) :] == each for each in _EACH_BEFORE)


_PROGRAM_WORDS = frozenset({"program", "programs", "programmes", "apps", "applications"})
_MORE = frozenset({"more", "additional", "extra"})


def not_a_cycle_count(doc: Doc, start: int, anchor: int) -> bool:
    """The number at ``start`` counts no earlier cycles: one to come ("one more cycle") or
    programs after a count of programs and a joiner ("58 DR programs + 9 IR")."""
    if {doc[i].lower_ for i in range(start, anchor)} & _MORE:
        return True
    words = [doc[i].lower_ for i in range(max(0, start - 4), start)]
    return words[-1:] in (["+"], ["and"], ["plus"]) and bool(set(words) & _PROGRAM_WORDS)


# "stuck in 221g for 7 months", "waiting 3 months for the visa", "on hold for 2 months".
_WAITING = frozenset(
    {"stuck", "waiting", "waited", "pending", "delayed", "hold", "processing", "limbo"}
)
_WAIT_REACH = 5


def a_wait(doc: Doc, start: int, unit: str | None) -> bool:
    """A duration after a word of waiting in its phrase is time waited, not time done."""
    if unit is None:
        return False
    for i in range(start - 1, max(-1, start - 1 - _WAIT_REACH), -1):
        word = doc[i].lower_
        if word in {".", ",", ";", "!", "?", "and", "but"} or "\n" in doc[i].text:
            return False
        if word in _WAITING:
            return True
    return False
