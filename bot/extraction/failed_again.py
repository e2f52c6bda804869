"""A retake that failed: "I failed step 1 today, second time", "failed CK again (3rd
attempt)". The ordinal attempt right after a failure tells which attempt failed; with no pass
in the sentence it is no "passed after a retake" (it stored pass_after_retake, a wrong fact).
"""

from __future__ import annotations

from spacy.tokens import Doc

from bot.extraction.pipeline import Mention

# How far after the failure word the attempt may stand ("failed step 1 today, second time").
_REACH = 6
_PASSES = frozenset({"ST_PASS", "ST_FIRST"})


def failed_retakes(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Relabel a retake said right after a failure, in a sentence with no pass, as a failure."""
    fails = [m for m in mentions if m.label == "ST_FAIL"]
    if not fails:
        return mentions
    result: list[Mention] = []
    for mention in mentions:
        if mention.label == "ST_RETAKE" and _failed(doc, mention, fails, mentions):
            mention = Mention("ST_FAIL", mention.start, mention.end, mention.text)
        result.append(mention)
    return result


_ENDS = frozenset({".", "!", "?", "\n"})


def _sentence(doc: Doc, index: int) -> range:
    """The tokens of the sentence around ``index`` (the extraction pipeline has no sentencizer)."""
    start = index
    while start > 0 and doc[start - 1].text not in _ENDS:
        start -= 1
    end = index
    while end < len(doc) and doc[end].text not in _ENDS:
        end += 1
    return range(start, end)


def _failed(doc: Doc, retake: Mention, fails: list[Mention], mentions: list[Mention]) -> bool:
    sentence = _sentence(doc, retake.start)
    if any(m.label in _PASSES and m.start in sentence for m in mentions):
        return False  # "failed once, passed on the second attempt"
    after = doc[retake.end] if retake.end < len(doc) else None
    if after is not None and (after.like_num or after.lower_ in {"i", "got", "with", "score"}):
        return False  # "second time I got 232": the retake has a score of its own
    return any(0 <= retake.start - fail.end <= _REACH and fail.start in sentence for fail in fails)
