"""Typos of the long anchor words ("publcations", "interviw", "obsevership", "recomendation"):
spaCy's fuzzy matching, one edit for words up to 9 letters, two for longer ones.

Only single words that are anchors on their own and far (in edits) from other words we read.
"""

from __future__ import annotations

from bot.extraction.patterns.tokens import Pattern

TYPO_WORDS: dict[str, tuple[str, ...]] = {
    "PUB": ("publications", "publication", "manuscripts", "manuscript"),
    "ABSTRACT": ("abstracts", "presentations", "presentation"),
    "INTERVIEW": ("interviews", "interview", "invitations"),
    "OBSERVERSHIP": ("observership", "observerships", "shadowing"),
    "USCE": ("externship", "externships", "electives"),
    "LETTER": ("recommendation", "recommendations"),
    "GRAD": ("graduated", "graduation", "graduating"),
    "CYCLE": ("applied", "reapplying", "reapplied"),
    "RESEARCH": ("research",),
}


# Long words two edits away from another word we must not read as them: "internship" (a year
# of work abroad) is two edits from "externship".
ONE_EDIT = frozenset({"externship", "externships"})


def typo_patterns() -> dict[str, list[Pattern]]:
    """Fuzzy token patterns by label: one per edit budget (a set each, so matching stays quick)."""
    patterns: dict[str, list[Pattern]] = {}
    for label, words in TYPO_WORDS.items():
        for operator, group in (
            ("FUZZY1", [word for word in words if len(word) < 10 or word in ONE_EDIT]),
            ("FUZZY2", [word for word in words if len(word) >= 10 and word not in ONE_EDIT]),
        ):
            if group:
                patterns.setdefault(label, []).append([{"LOWER": {operator: {"IN": group}}}])
    return patterns
