"""Negated failures: "no CK fail", "never failed step 1", "didn't fail" are first attempts."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from bot.extraction.labels import EXAMS
from bot.extraction.pipeline import Mention

# "no CK fail", "never failed step 1", "didn't fail": a first-attempt pass, not a failure.
_NEGATORS = frozenset({"no", "never", "not", "n't", "nt", "without", "zero", "0", "didnt", "nil"})
# "no research until last year" was true only until then; "till now", "until date" still are.
_UNTIL = frozenset({"until", "till", "untill", "til"})
_STILL = frozenset({"now", "date", "today", "present", "yet"})
_NEGATIONS = frozenset({"NEG", "USMLE_NONE"})
_BETWEEN_NEGATION_AND_FAIL = frozenset(
    {"any", "a", "single", "exam", "exams", "attempt", "step", "steps", "usmle", "board", "boards"}
)


def negated_fails(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Turn a negated failure into a first-attempt status and drop its negation (with "no
    usmle" before "fails", which otherwise reads as no USMLE taken)."""
    exam_tokens = {i for m in mentions if m.label in EXAMS for i in range(m.start, m.end)}
    dropped: set[int] = set()
    result: list[Mention] = []
    for mention in mentions:
        if mention.label == "ST_FAIL":
            i = mention.start - 1
            while i >= 0 and (i in exam_tokens or doc[i].lower_ in _BETWEEN_NEGATION_AND_FAIL):
                i -= 1
            if i >= 0 and doc[i].lower_ in _NEGATORS and mention.start - i <= 5:
                dropped.add(i)
                mention = Mention("ST_FIRST", mention.start, mention.end, mention.text)
        result.append(mention)
    return [m for m in result if not (m.label in _NEGATIONS and m.start in dropped)]


def ends_before_now(words: Sequence[str]) -> bool:
    """A clause telling what held only until some time ("no pubs until 2024", "worked as a GP
    till last year"); "till now", "until date" still hold."""
    following = [*words[1:], ""]
    pairs = zip(words, following, strict=True)
    return any(word in _UNTIL and after not in _STILL for word, after in pairs)


# "no money for observership", "no time for research": the "no" is the noun's before these.
_FOR_THE_ANCHOR = frozenset({"for", "about", "to", "towards", "toward"})


def negates_another(doc: Doc, negation_end: int, anchor_start: int) -> bool:
    """A "no" whose noun comes before a preposition ("no money for observership", "no idea
    about letters") negates that noun, not the anchor after it."""
    between = [doc[i].lower_ for i in range(negation_end, anchor_start)]
    return len(between) >= 2 and between[-1] in _FOR_THE_ANCHOR
