"""A visa named in a question about oneself is asked about, not needed: "is H1B possible since
I have step 3?", "can I target H1b programs only?", "after J1 can I get a green card?". It is
told when the writer says it is theirs: "as a J1 applicant", "on J1", "I need H1B", "I'm J1",
or seeks programs that sponsor it.
"""

from __future__ import annotations

from itertools import pairwise

from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

# ... also a program sought for the writer: "which programs sponsor H1B for me?".
_TELLING_BEFORE = frozenset(
    {"as", "on", "need", "needs", "needing", "require", "requiring", "holder", "im", "i'm", "am",
     "'m", "sponsor", "sponsors", "sponsoring", "sponsorship"}
)  # fmt: skip
_TELLING_AFTER = frozenset({"applicant", "holder", "img", "candidate", "here", "person"})
# "with step 3 passed can I target H1b programs?": a question about oneself opening late.
_ASKING = frozenset({"can", "could", "should", "do", "will", "would", "shall", "may"})
_ENDS = frozenset({".", "!", "\n"})


def asked_in_own_question(r: Reading, mention: Mention) -> bool:
    """The visa code at ``mention`` stands in a question about the writer without being
    told as theirs."""
    if mention.start not in r.personal and not _asked_late(r, mention):
        return False
    before = {r.doc[i].lower_ for i in range(max(0, mention.start - 3), mention.start)}
    after = r.doc[mention.end].lower_ if mention.end < len(r.doc) else ""
    return not (before & _TELLING_BEFORE or after in _TELLING_AFTER)


def _asked_late(r: Reading, mention: Mention) -> bool:
    """The code's sentence asks "can I / should I ..." before it and ends in "?"."""
    start = mention.start
    while (
        start > 0 and r.doc[start - 1].text not in _ENDS and not r.doc[start - 1].text.endswith("?")
    ):
        start -= 1
    before = [r.doc[i].lower_ for i in range(start, mention.start)]
    asks = any(a in _ASKING and b == "i" for a, b in pairwise(before))
    for token in r.doc[mention.end :]:
        if token.text in _ENDS:
            return False
        if token.text.endswith("?"):
            return asks
    return False
