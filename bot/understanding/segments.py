"""A message cut into clauses: sentences (spaCy ``sentencizer`` on ``blank("en")``), then
numbered items ("1) ... 2) ..."), semicolons and "also" inside a sentence.

The pipeline has no weights and is built on first use, once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Inside a sentence, where a second question starts: "1) ... 2) ...", "; ", "? ", ", also".
_INNER_BREAK = re.compile(
    r"(?:(?<=\?)\s+|;\s+|\s+(?=\(?\d\)\s)|,?\s+(?=also\b)"
    r"|,?\s+(?=and (?:should|what|how|when|is|do|can|which|where)\b))",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _sentencizer() -> Any:
    import spacy  # imported here: loading spaCy takes a second, and only the first call pays

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def clauses(text: str) -> list[str]:
    """The message's clauses in order, stripped, without empty ones."""
    text = " ".join(text.split())
    if not text:
        return []
    parts: list[str] = []
    for sentence in _sentencizer()(text).sents:
        for piece in _INNER_BREAK.split(sentence.text):
            piece = piece.strip(" ,")
            if piece:
                parts.append(piece)
    return parts
