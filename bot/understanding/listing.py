"""Questions a writer numbered come first: "My questions: 1. ... 2. ..." or "2 qs: 1) ... 2) ...".

A question asked in passing before the list ("... do foreign letters even count??") is a
question too, but the numbered ones are what the writer came to ask: the first of them is the
main question. The order is kept otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.models import Question

# "1) which ...", "2. how many ...", "(3) is ..."; or a number alone on its line before the item
_ITEM = re.compile(r"^\(?\d{1,2}[.)]\s+\S")
_NUMBER_ALONE = re.compile(r"^\(?\d{1,2}[.)]$")


def numbered_clauses(parts: Sequence[str]) -> list[str]:
    """The clauses of a numbered list: opening with its number, or after a number alone."""
    return [
        part
        for index, part in enumerate(parts)
        if _ITEM.match(part) or (index > 0 and _NUMBER_ALONE.match(parts[index - 1]))
    ]


def is_item(clause: str) -> bool:
    """``clause`` opens with its number ("2) when should I ...")."""
    return bool(_ITEM.match(clause))


def listed_first(found: Sequence[Question], parts: Sequence[str]) -> list[Question]:
    """``found`` with the questions of a numbered list (of at least two items) first."""
    listed = numbered_clauses(parts)
    if len(listed) < 2:
        return list(found)
    inside = [any(q.text in part for part in listed) for q in found]
    if all(inside) or not any(inside):
        return list(found)
    return [q for q, i in zip(found, inside, strict=True) if i] + [
        q for q, i in zip(found, inside, strict=True) if not i
    ]
