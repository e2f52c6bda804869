"""A message cut into clauses: lines, then sentences (spaCy ``sentencizer`` on
``blank("en")``), then numbered items ("1) ... 2) ..."), semicolons and "also" inside a sentence.

The pipeline has no weights and is built on first use, once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Inside a sentence, where a second question starts: "1) ... 2) ...", "; ", "? ", ", also".
# spaCy keeps "H1B." / "J1." as one token, so a sentence ending in one is cut here too; a
# profile typed on one line with " | " or " — " between items is cut at those marks.
_INNER_BREAK = re.compile(
    r"(?:(?<=\?)\s+|;\s+|\s+(?=\(?\d\)\s)|,?\s+(?=also\b)"
    r"|,?\s+(?=and (?:should|what|how|when|is|are|am|do|does|can|could|would|which|where|"
    r"whether)\b)"
    r"|(?<=[0-9][A-Za-z]\.)\s+|(?<=[A-Za-z][0-9]\.)\s+|\s+[|\u2014]\s+)",
    re.IGNORECASE,
)


# "should I also apply to IM?", "My husband is also an IMG": "also" after a subject or an auxiliary
# goes on the same clause (the break before "also" is for "..., also how many letters?").
_OPEN_END = re.compile(
    r"\b(?:i|we|you|they|he|she|it|i'?m|we'?re|i'?ve|am|is|are|was|were|have|has|had|will|"
    r"would|should|shall|can|could|do|does|did|must|may|might)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _sentencizer() -> Any:
    import spacy  # imported here: loading spaCy takes a second, and only the first call pays

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def clauses(text: str) -> list[str]:
    """The message's clauses in order, stripped, without empty ones. A line break ends a
    clause: a "Profile:" block typed line by line ends with its question on a line of its own."""
    parts: list[str] = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        for sentence in _sentencizer()(line).sents:
            pieces: list[str] = []
            for piece in _INNER_BREAK.split(sentence.text):
                piece = piece.strip(" ,")
                if not piece:
                    continue
                if pieces and piece.lower().startswith("also") and _OPEN_END.search(pieces[-1]):
                    pieces[-1] = f"{pieces[-1]} {piece}"
                else:
                    pieces.append(piece)
            parts += pieces
    return parts
