"""Letter sources denied together: "no IR or DR letters", "no IR/DR letters", "no letters from
IR or DR", "Letters: 2 from IM attendings, none from IR or DR".

The reader pairs the denial with the first source only, so "I have 2 IM letters and no IR or DR
letters" stored no IR letters but left the DR letters unknown (found trying the bot): every
source in a denied list is 0, unless the message gave that source a count of its own.
"""

from __future__ import annotations

from bot.extraction.labels import SOURCES
from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

_DENIALS = frozenset({"no", "zero", "0", "without", "any", "nor", "none"})
# "Letters: 2 from IM attendings, none from IR or DR": the letter word earlier in the sentence.
_LETTER_WORDS = frozenset({"letter", "letters", "lor", "lors", "lor's", "recs"})
_JOINERS = frozenset({"or", "and", "/", ",", "nor", "&"})
# Between the denial and the list: "no US IR or DR letters", "no letters from IR or DR".
_BETWEEN = frozenset({"us", "letters", "letter", "lors", "lor", "from", "the", "an", "a"})


def denied_source_lists(r: Reading) -> None:
    """Set every source of a denied list ("no IR or DR letters") to 0 where nothing else told it."""
    for clause in r.clauses:
        mentions = sorted(r.within(clause, r.mentions), key=lambda m: m.start)
        if not any(m.label == "LETTER" for m in mentions) and not (
            _LETTER_WORDS & r.sentence_words(clause.start)
        ):
            continue
        for listed in _source_lists(r, mentions):
            if _denied(r, listed[0]):
                for mention in listed:
                    field = SOURCES[mention.label]
                    if not r.out.has(field) or r.out.facts.get(field) == 0:
                        r.out.facts.pop(field, None)
                        r.out.add(field, 0)


def _source_lists(r: Reading, mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of two or more sources joined only by "or", "and", "/" or commas."""
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    for mention in mentions:
        if mention.label not in SOURCES:
            continue
        words = [t.lower_ for t in r.doc[run[-1].end : mention.start]] if run else []
        if run and words and all(word in _JOINERS for word in words):
            run.append(mention)
            continue
        if len(run) > 1:
            runs.append(run)
        run = [mention]
    if len(run) > 1:
        runs.append(run)
    return runs


def _denied(r: Reading, first: Mention) -> bool:
    """A denial right before the list's first source (a few filler words apart)."""
    index = first.start - 1
    while index >= 0 and index >= first.start - 4:
        word = r.doc[index].lower_
        if word in _DENIALS:
            before = {t.lower_ for t in r.doc[max(0, index - 3) : index]}
            return word != "any" or bool(before & {"n't", "not", "no", "never", "nt"})
        if word not in _BETWEEN:
            return False
        index -= 1
    return False
