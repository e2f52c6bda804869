"""Match cycles said by fixed phrases: "first time applying", "never applied before" (0), "applied
last year" (1), "this will be my 3rd time applying" (2), "unmatched for the 2nd time" (2)."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.extraction.context import writers_labels
from bot.extraction.cycles import not_applied_here
from bot.extraction.number_words import ORDINAL_WORDS
from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

_APPLIED = frozenset({"applied", "apply", "applying", "unmatched", "match"})


def fixed_cycles(r: Reading) -> None:
    labels = writers_labels(r)
    nones = [m for m in r.mentions if m.label == "CYCLE_NONE"]
    if nones and all(not_applied_here(r, m.start, m.end) for m in nones):
        labels.discard("CYCLE_NONE")  # "haven't applied this cycle": earlier ones untold
    if "CYCLE_NONE" in labels and not _none_contradicted(r):
        r.out.add("match_cycles", 0)
    elif "CYCLE_NONE" in labels and _first_behind(r) and "match_cycles" not in r.out.facts:
        r.out.add("match_cycles", 1)  # "Last March I went unmatched (my first time applying)"
    elif "CYCLE_ONE" in labels and "match_cycles" not in r.out.facts:
        r.out.add("match_cycles", 1)
    elif "LAST_CYCLE" in labels and "match_cycles" not in r.out.facts and _applied(r):
        # "Unmatched for the 2nd time ... last cycle 2 interviews": the ordinal counts them all.
        cycles_from_statuses(r, first_is_none=False)
        if "match_cycles" not in r.out.facts:
            r.out.add("match_cycles", 1)  # "applied to DR last cycle": at least that one cycle
    if "match_cycles" in r.out.facts or not any(m.label == "CYCLE" for m in r.mentions):
        return
    cycles_from_statuses(r, first_is_none=not _none_contradicted(r))


_REAPPLYING = frozenset(
    {"reapplicant", "reapplying", "reapplied", "reapply", "re-applying", "again"}
)


_LATER = frozenset({"second", "2nd", "third", "3rd", "fourth", "4th"})


def _none_contradicted(r: Reading) -> bool:
    """ "I'm a reapplicant, first cycle got 0 interviews", "I applied for the first time last
    year": a first cycle that is behind the writer, not this one."""
    if any(token.lower_ in _REAPPLYING for token in r.doc):
        return True
    if any(a.lower_ in _LATER and b.lower_ in {"cycle", "time"} for a, b in pairwise(r.doc)):
        return True  # "first cycle got 1 IV, second cycle got 3"
    for mention in r.mentions:
        if mention.label not in {"CYCLE_NONE", "ST_FIRST"}:
            continue
        words = r.sentence_words(mention.start)
        if _past_year_after(r, mention.end):
            return True  # "I had 4 interviews in my first cycle (2025)"
        if _outcome_told(r, mention.start):
            return True  # "Last March I went unmatched (DR, my first time applying)"
        if (
            {"last", "year"} <= words
            or {"last", "cycle"} <= words
            or {"previous", "cycle"} <= words
        ):
            return True
    return False


_WENT = frozenset({"went", "was", "got", "ended", "stayed"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december", "spring"})  # fmt: skip


def _outcome_told(r: Reading, start: int) -> bool:
    """The sentence of "first time applying" tells that cycle's end: "went unmatched", "didn't
    match", or "last March": the first time is behind the writer."""
    number = next((c.sentence for c in r.clauses if c.start <= start < c.end), None)
    words = [
        r.doc[i].lower_ for c in r.clauses if c.sentence == number for i in range(c.start, c.end)
    ]
    if set(words) & {"if", "worried", "afraid", "scared", "hope", "hoping", "unless"}:
        return False
    if any(a == "last" and b in _MONTHS for a, b in pairwise(words)):
        return True
    if "unmatched" in words and set(words) & _WENT:
        return True
    return any(
        a == "did" and b in {"n't", "not"} and c == "match"
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def _first_behind(r: Reading) -> bool:
    """Only "first time applying" beside its told end, nothing of later cycles."""
    if any(token.lower_ in _REAPPLYING for token in r.doc):
        return False
    if any(a.lower_ in _LATER and b.lower_ in {"cycle", "time"} for a, b in pairwise(r.doc)):
        return False
    return any(_outcome_told(r, m.start) for m in r.mentions if m.label == "CYCLE_NONE")


def _past_year_after(r: Reading, end: int) -> bool:
    after = [t.text.lower() for t in r.doc[end : end + 2]]
    if after[:1] not in (["("], ["in"]) or len(after) < 2 or not after[1].isdigit():
        return False
    return len(after[1]) == 4 and int(after[1]) < r.current_year


def cycles_from_statuses(r: Reading, *, first_is_none: bool = True) -> bool:
    """ "this will be my 3rd time applying": the ordinal sits in a status phrase (a "first
    time" behind the writer, "applied for the first time last year", is read elsewhere)."""
    for status in r.loose_statuses:
        ordinal = ordinal_of(status)
        if ordinal == 1 and not first_is_none:
            continue
        if ordinal is not None:
            # "unmatched for the 2nd time": 2 cycles behind ("my 2nd time applying": one)
            r.out.add("match_cycles", ordinal if _unmatched_before(r, status) else ordinal - 1)
            return True
    return False


_UNMATCHED = frozenset({"unmatched", "unmatch", "unmatching"})


def _unmatched_before(r: Reading, status: Mention) -> bool:
    words = [r.doc[i].lower_ for i in range(max(0, status.start - 4), status.start)]
    negated = "n't" in words or "not" in words
    return bool(_UNMATCHED & set(words)) or ("match" in words and negated)


def _applied(r: Reading) -> bool:
    return any(m.label == "CYCLE" and m.text.lower().split()[-1] in _APPLIED for m in r.mentions)


def ordinal_of(status: Mention) -> int | None:
    first = status.text.split()[0].lower().rstrip("-")
    if first in ORDINAL_WORDS:
        return ORDINAL_WORDS[first]
    match = re.match(r"^(\d+)(st|nd|rd|th)$", first)
    return int(match.group(1)) if match else None
