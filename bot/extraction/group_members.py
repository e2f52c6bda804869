"""One of a group the writer told about: "one of them even had 4 IR letters", "most of them
matched with 250+", "a few of those guys got interviews". The group's member is someone else,
so the numbers in the clause are not the writer's. Not a part of the writer's own count ("3
LoRs, 2 of them from IR"; ``of_them.py``): that has a number before "of them" and no verb of
its own after it.
"""

from __future__ import annotations

# Words naming one or some of a group, before "of them" / "of those" / "of us".
_SOME = frozenset(
    {"one", "some", "most", "few", "many", "several", "all", "each", "both", "none", "another"}
)  # fmt: skip
_GROUP = frozenset({"them", "those", "these"})
# A verb (or adverb before one) right after the group: the member does something.
_ACTS = frozenset(
    {"had", "has", "have", "got", "gets", "matched", "went", "did",
     "scored", "even", "still", "applied", "landed", "passed"}
)  # fmt: skip


def group_member(words: list[str]) -> bool:
    """The clause's ``words`` (lower-case) tell what a member of a group did or had."""
    for i in range(1, len(words) - 2):
        member = words[i] == "of" and words[i - 1] in _SOME and words[i + 1] in _GROUP
        if member and words[i + 2] in _ACTS:
            return True
    return False
