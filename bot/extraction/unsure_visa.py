"""A visa the writer is unsure of, with no code named (``visa_need: undecided``): "visa not
sure yet", "visa: unsure", "visa tbd", "not sure which visa yet", "unsure about the visa",
"don't know which visa" (the "Not sure yet" answer to the visa question). ("not sure if I need
a visa" is read by the visa patterns: "need a visa" is undecided.)

Not: "not sure which programs sponsor visas" (the doubt is about programs), "not sure if visa
matters for DR".

"either" or "whichever" says undecided only in a sentence about the visa ("J1 or H1B, either is
fine"), or answering the visa question: "didn't match prelim either" says nothing of it.
"""

from __future__ import annotations

from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

_VISA = frozenset({"visa", "visas", "sponsorship"})
_VISA_LABELS = frozenset({"VISA_J1", "VISA_H1B", "VISA_NEED", "VISA_NONE"})
_UNSURE_AFTER = (("not", "sure"), ("unsure",), ("idk",), ("tbd",), ("dont", "know"),
                 ("do", "n't", "know"), ("not", "decided"), ("unclear",))  # fmt: skip
_UNSURE_BEFORE = (("not", "sure"), ("unsure",), ("n't", "know"), ("dont", "know"), ("idk",),
                  ("undecided",), ("not", "decided"))  # fmt: skip
# Between the doubt and "visa": "not sure (yet) about which visa", "unsure on the visa".
_BRIDGE = frozenset({"yet", "about", "which", "what", "the", "my", "on", "of", "type", "kind"})


def unsure_of_visa(r: Reading) -> bool:
    """The message says the writer is unsure of the visa."""
    words = [t.lower_ for t in r.doc]
    for i, word in enumerate(words):
        if word not in _VISA:
            continue
        if _phrase_at(words, i + 1, _UNSURE_AFTER, skip=frozenset({":", "-", "is", "still"})):
            return True
        k = i - 1
        while k >= 0 and words[k] in _BRIDGE:
            k -= 1
        if _phrase_ends(words, k, _UNSURE_BEFORE):
            return True
    return False


def _phrase_at(
    words: list[str], k: int, phrases: tuple[tuple[str, ...], ...], skip: frozenset[str]
) -> bool:
    while k < len(words) and words[k] in skip:
        k += 1
    return any(tuple(words[k : k + len(p)]) == p for p in phrases)


def _phrase_ends(words: list[str], k: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(k - len(p) + 1 >= 0 and tuple(words[k - len(p) + 1 : k + 1]) == p for p in phrases)


def undecided_elsewhere(r: Reading, mention: Mention) -> bool:
    """An "either" / "whichever" in a sentence with no visa in it (the question not asked)."""
    if mention.label != "UNDECIDED" or mention.text.lower() == "undecided":
        return False
    if r.expected == "visa_need":
        return False
    clause = r.clause_of(mention.start)
    sentence = clause.sentence if clause else None
    in_sentence = any(
        m.label in _VISA_LABELS
        and (c := r.clause_of(m.start)) is not None
        and c.sentence == sentence
        for m in r.mentions
    )
    return not in_sentence and not r.sentence_words(mention.start) & _VISA


# "I'm undecided between J1 and H1B", "torn between H1B and J1": the writer's own choice
# still open, whatever reasons for one code others give in the message.
_BETWEEN_HEADS = frozenset({"undecided", "torn", "deciding", "decide", "unsure", "choosing"})
_VISA_CODES = frozenset({"VISA_J1", "VISA_H1B"})
_BETWEEN_REACH = 6


def undecided_between_codes(r: Reading) -> bool:
    """ "undecided / torn between <code> and <code>": both codes within a few words after."""
    for token in r.doc[:-1]:
        if token.lower_ not in _BETWEEN_HEADS or r.doc[token.i + 1].lower_ != "between":
            continue
        end = token.i + 2 + _BETWEEN_REACH
        codes = {m.label for m in r.mentions if token.i < m.start < end}
        past = {t.lower_ for t in r.doc[max(0, token.i - 2) : token.i]} & {"was", "were"}
        if codes >= _VISA_CODES and not past:  # not "I was torn between ..., now H1B"
            return True
    return False
