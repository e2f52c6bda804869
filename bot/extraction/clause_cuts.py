"""Cutting a message into clauses: at punctuation, "and", "but", "then", bars and bullets, and
before someone's words passed on ("he said ..."); a number or a matched phrase is never cut.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from bot.extraction.numbers import NumberMention
from bot.extraction.pipeline import Mention
from bot.extraction.reported import reported_breaks

CLAUSE_BREAKS = frozenset(
    {".", ";", ":", ",", "!", "?", "and", "but", "&", "+", "/", "(", ")", "also", "plus", "while",
     "whereas", "then", "\n", "|", "•", "="}
)  # fmt: skip
# "CK: 242 | S1: Pass | YOG: 2016": a bar or bullet ends one fact's item like a full stop.
SENTENCE_BREAKS = frozenset({".", ";", "!", "?", "\n", "|", "•"})


def emoji(text: str) -> bool:
    """ "i failed the first one in 2018 😞 step 2 CK 236": an emoji ends a sentence like a
    full stop (writers put one where the stop would be)."""
    return bool(text) and all(unicodedata.category(ch) in _EMOJI_CATEGORIES for ch in text)


_EMOJI_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})  # symbols, skin tones, joiners


@dataclass
class Clause:
    start: int
    end: int
    sentence: int


def cut_clauses(
    doc: Doc, numbers: Sequence[NumberMention], mentions: Sequence[Mention]
) -> list[Clause]:
    """The clauses of ``doc`` in order, each with the number of its sentence."""
    inside = {i for n in numbers for i in range(n.start, n.end)}
    inside |= {i for m in mentions for i in range(m.start, m.end)}
    clauses: list[Clause] = []
    start, sentence, reported = 0, 0, reported_breaks(doc)
    for token in doc:
        cut = token.lower_ in CLAUSE_BREAKS or token.i in reported or emoji(token.text)
        if token.i in inside or not cut:
            continue
        if token.i > start:
            clauses.append(Clause(start, token.i, sentence))
        start = token.i + int(token.i not in reported)  # "said" opens the clause it cuts
        if token.lower_ in SENTENCE_BREAKS or "\n" in token.text or emoji(token.text):
            sentence += 1
    if start < len(doc):
        clauses.append(Clause(start, len(doc), sentence))
    return clauses
