"""Whether a skip word declines the asked question: "idk", "not sure", "skip" do, but a skip
about another thing the message names ("idk about letters yet, planning electives in march"
to the stage question) leaves the asked question answered or open, not declined.
"""

from __future__ import annotations

from bot.extraction.labels import ANCHOR_FIELDS, EXAMS, SOURCES
from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

# Words that tie a skip to its topic: "idk about letters", "not sure on the step 3".
_ABOUT = frozenset({"about", "on", "regarding", "re", "abt", "bout", "with", "of"})
# How far past the tie word the topic may stand ("idk about the IR letters").
_REACH = 3
_EXAM_FIELDS = {"STEP1": "step1", "STEP2": "step2ck_score", "STEP3": "step3"}
_LETTER_FIELDS = frozenset(SOURCES.values())


def declines(r: Reading) -> bool:
    """A skip word in the message declines the asked field (with no field asked, any skip
    word is a skip)."""
    skips = [m for m in r.mentions if m.label == "SKIP"]
    return any(not _about_another(r, skip) for skip in skips)


def _about_another(r: Reading, skip: Mention) -> bool:
    """The skip names its topic right after it, and that topic is not the asked field."""
    if r.expected is None or skip.end >= len(r.doc) or r.doc[skip.end].lower_ not in _ABOUT:
        return False
    reach = range(skip.end + 1, min(len(r.doc), skip.end + 1 + _REACH))
    topics = [_field(m) for m in (*r.mentions, *r.asked_mentions) if m.start in reach and _field(m)]
    return bool(topics) and r.expected not in topics and not _same_letters(r.expected, topics)


def _field(mention: Mention) -> str:
    if mention.label == "LETTER":
        return "letters"
    if mention.label in EXAMS:
        return _EXAM_FIELDS.get(mention.label, "step")
    return ANCHOR_FIELDS.get(mention.label, "")


def _same_letters(expected: str, topics: list[str]) -> bool:
    return expected in _LETTER_FIELDS and "letters" in topics
