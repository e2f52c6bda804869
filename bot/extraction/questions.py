"""Which tokens of a message ask rather than tell (a question states no facts)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

QUESTION_OPENERS = frozenset(
    {"how", "what", "whats", "what's", "which", "should", "does", "can", "could", "is", "are",
     "why", "when", "where", "who", "do"}
)  # fmt: skip
_SENTENCE_ENDS = frozenset({".", ";", "!", "?", "\n"})
_JOINERS = frozenset({",", "but", "and", "so", "-"})


def question_tokens(doc: Doc) -> set[int]:
    """Positions of the tokens that ask rather than tell.

    A sentence that opens like a question ("Do programs sponsor H1B") is one; in a sentence
    ending in "?" the question starts at the last clause that opens like one ("My CK is 245,
    what are my chances?" keeps the score), or covers the whole sentence.
    """
    asked: set[int] = set()
    start = 0
    for token in doc:
        last = token.i == len(doc) - 1
        if not (token.lower_ in _SENTENCE_ENDS or "\n" in token.text or last):
            continue
        openers = [
            t.i
            for t in doc[start : token.i + 1]
            if _opens_question(t) and (t.i == start or doc[t.i - 1].lower_ in _JOINERS)
        ]
        if token.text.endswith("?"):
            asked.update(range(openers[-1] if openers else start, token.i + 1))
        elif openers and openers[0] == start:
            asked.update(range(start, token.i + 1))
        start = token.i + 1
    return asked


def _opens_question(token: Token) -> bool:
    # "DO student" is the degree, not a question.
    return token.lower_ in QUESTION_OPENERS and token.text != "DO"
