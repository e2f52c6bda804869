"""The question the writer marks as the main one comes first.

"Side question: do I need step 3 for H1B? But my main question is how many programs?", "...
most importantly, which programs sponsor J1?", "The real question: IR or DR?": the writer says
which question the first reply should answer in full; the others keep their order after it.
Taglish and Hinglish writers mark it the same way ("pero ang main question ko talaga, ...",
"mera main question ye hai"). A clause that only opens with a story ("I have CK 238 and 2
months USCE... but my real question is can I apply integrated IR?") asks what follows the mark,
and so does one that opens its question inside a story ("... and i want to know if X").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.models import Question

_MAIN = re.compile(
    r"\b(?:my|the|our|a) (?:main|real|biggest|big|key|most important|primary|actual|central|"
    r"burning|major) (?:question|doubt|concern|query|confusion|worry|q)s?\b|"
    r"\b(?:ang|mera|meri|mero) (?:main|real|biggest|tunay na) (?:question|doubt|concern|q)\b|"
    r"\b(?:main|real|biggest) (?:question|doubt|concern|q) (?:ko|mera|meri|hai|ye hai)\b|"
    r"\bmost importantly\b|\babove all\b|\bmore importantly\b|"
    r"\b(?:mainly|really|most of all) (?:i )?(?:want|need|wanna) to know\b|"
    r"\bwhat i (?:really |mainly |most )?(?:want|need) to know (?:is|:)",
    re.IGNORECASE,
)


def marked_main(clause: str) -> bool:
    """``clause`` says it is (or opens) the main question."""
    return bool(_MAIN.search(clause))


def after_mark(clause: str) -> str | None:
    """What a clause asks after its main-question mark ("... but my real question is X" -> X),
    when the mark stands inside the clause with words after it; else None."""
    found = _MAIN.search(clause)
    if not found or found.start() == 0:
        return None
    tail = re.sub(
        r"^\W*(?:(?:is|was|ko|talaga|hai|ye hai|here|basically)\b\W*)*", "", clause[found.end() :]
    )
    return tail if len(tail.split()) >= 3 else None


def main_first(found: Sequence[Question], parts: Sequence[str]) -> list[Question]:
    """``found`` with the questions the writer marks as the main one first: marked in their
    own clause, or by the clause just before it ("My main question:" on its own line)."""
    marks = {
        part
        for index, part in enumerate(parts)
        if marked_main(part) or (index > 0 and _ends_as_lead(parts[index - 1]))
    }
    marked = [any(q.text in part for part in marks) for q in found]
    if all(marked) or not any(marked):
        return list(found)
    return [q for q, m in zip(found, marked, strict=True) if m] + [
        q for q, m in zip(found, marked, strict=True) if not m
    ]


def _ends_as_lead(part: str) -> bool:
    """A clause that only announces the main question ("My biggest question:")."""
    return marked_main(part) and bool(re.search(r"(?:[:\-–—]|\bis)\s*$", part.strip()))


# "... and now im not doing anything clinical and i want to know if this gap will hurt me": a
# question opened inside a long clause that first tells a story
_EMBEDDED = re.compile(
    r"\b(?:i|we) (?:just )?(?:want|wanted|wanna|would like|need|needed)(?: to)? know "
    r"(?:if|whether|how|what|which|when|why)\b|\bi(?:'m| am| was)? wondering (?:if|whether|how)\b",
    re.IGNORECASE,
)


def asked_part(clause: str) -> str | None:
    """What a clause asks after a question opened inside it ("... and i want to know if X" ->
    "X"), when the story before it is long enough to place the clause wrongly; else None."""
    found = _EMBEDDED.search(clause)
    if not found or len(clause[: found.start()].split()) < 6:
        return None
    tail = clause[found.end() :].strip()
    return tail if len(tail.split()) >= 3 else None
