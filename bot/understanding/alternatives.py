"""A question offering two alternatives that name two topics asks both.

"Is 6 months of research enough or should I wait one more year?" asks about the research and
about when to apply; "Should I do 1 more year of research or start applying?" the same. The
clause is cut at its last " or " (or at the last one that opens a question: "..., or should I
...") when each half is placed on its own topic and the topics
differ. It stays whole when a pattern spans the " or " ("IR or DR?", "apply DR as backup or go
all in on IR?"): then the alternatives are one question about the routes.
"""

from __future__ import annotations

import re

from bot.understanding.topics import topic_scores

# The last " or " with at least two words after it; the alternative is read without the "or",
# so a pattern that needs it ("... or should I go DR first?") reads across the two halves.
_LAST_OR = re.compile(r",?\s+or\s+(?=\S+\s+\S)(?!.*\sor\s)", re.IGNORECASE)
# "Do I have any chance, or should I move on to something else like research or PA?": an " or "
# that opens a question of its own is the cut, whatever "or" follows inside that question.
_OR_QUESTION = re.compile(
    r",?\s+or\s+(?=(?:should|shall|do|does|is|are|am|can|could|would|will|must|what|how)\s+"
    r"(?:i|we|it|that|this|there|they|programs?)\b)",
    re.IGNORECASE,
)


def halves(clause: str) -> tuple[str, str] | None:
    """(what comes before the last " or " (the last that opens a question, if one does), the
    alternative after it), or None."""
    opening = list(_OR_QUESTION.finditer(clause))
    found = opening[-1] if opening else _LAST_OR.search(clause)
    if not found or found.start() == 0:
        return None
    head = clause[: found.start()].strip(" ,")
    tail = clause[found.end() :].strip()
    return (head, tail) if head and tail else None


def spans(clause: str, head: str, tail: str, topic: str) -> bool:
    """True when ``topic`` weighs more in the whole clause than in its two halves together:
    a pattern reads across the " or " ("IR or DR"), so the clause is one question."""
    whole = topic_scores(clause).get(topic, 0)
    return whole > topic_scores(head).get(topic, 0) + topic_scores(tail).get(topic, 0)
