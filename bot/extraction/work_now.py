"""Work now told over a past or a talked-about gap (``clinically_active``), for ``working``.

Applicants tell their history and then their present: "from 2021 to 2024 I was not in
medicine at all ... Since March 2025 I'm working again as a medical officer"; a later gap
that is only talked about ("how should I explain the 3 year gap in ERAS?") does not undo a
present told with a time word ("since March 2025", "now", "again"). A research position held
now ("Since Dec 2025 I'm in a full time research position") is work in medicine (CONTRACT).
"The J1 rule doesn't work for our family" is no job.
"""

from __future__ import annotations

from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

_GAPS = frozenset({"gap", "gaps"})
_PRESENT = frozenset({"now", "currently", "again", "still", "presently", "since"})
_MONTHS = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december", "last", "late", "early", "mid"}
)  # fmt: skip
_HELD = frozenset({"position", "fellow", "fellowship", "job", "assistant", "associate"})
_BE = frozenset({"'m", "am", "m", "im", "i'm"})
# "I've been applying for research positions since June": looked for, not held.
_SOUGHT = frozenset(
    {"apply", "applying", "applied", "looking", "searching", "find", "finding", "want",
     "wanted", "hoping", "hope", "plan", "planning", "will", "get", "getting", "interview",
     "interviewing", "offer", "offered", "if"}
)  # fmt: skip
_THIRD = frozenset({"does", "wo", "would"})


def clause_words(r: Reading, position: int) -> list[str]:
    clause = r.clause_of(position)
    return [r.doc[i].lower_ for i in range(clause.start, clause.end)] if clause else []


def present_marked(r: Reading, position: int) -> bool:
    """The clause at ``position`` tells a present ("now", "again", "since March 2025")."""
    words = clause_words(r, position)
    for i, word in enumerate(words):
        if word == "since":
            following = words[i + 1] if i + 1 < len(words) else ""
            if following in _MONTHS or following.isdigit():
                return True
        elif word in _PRESENT:
            return True
    return False


def talked_gap(r: Reading, mention: Mention) -> bool:
    """A gap noun with no time of its own ("the 3 year business gap", "my gap"), not "gap
    since 2022" nor "gap now"."""
    if mention.label != "ACTIVE_FALSE" or mention.text.lower() not in _GAPS:
        return False
    return not present_marked(r, mention.start)


def present_over_gap(r: Reading, states: list[Mention]) -> Mention | None:
    """The last state, unless it is a talked-about gap after work told as present: then that
    work."""
    if not states:
        return None
    last = states[-1]
    if not talked_gap(r, last):
        return last
    for m in reversed(states[:-1]):
        if m.label == "ACTIVE_TRUE" and present_marked(r, m.start):
            return m
        if m.label == "ACTIVE_FALSE" and not talked_gap(r, m):
            break
    return last


def not_a_job(r: Reading, mention: Mention) -> bool:
    """ "it doesn't work", "that won't work": a thing that does not suit, not the writer's
    job (the writer says "I don't work", never "does")."""
    return (
        mention.label == "ACTIVE_FALSE"
        and mention.start > 0
        and r.doc[mention.start - 1].lower_ in _THIRD
        and any(t.lower_ == "work" for t in r.doc[mention.start : mention.end])
    )


def research_held_now(r: Reading) -> bool:
    """ "Since Dec 2025 I'm in a full time research position", "currently a research
    associate": a research post held now by the writer (not looked for)."""
    for m in r.mentions:
        if m.label != "RESEARCH":
            continue
        words = clause_words(r, m.start)
        if set(words) & _SOUGHT or not set(words) & _HELD:
            continue
        if not (set(words) & _BE or "i" in words) or not present_marked(r, m.start):
            continue
        return True
    return False
