"""A visa named in a question about oneself is asked about, not needed: "is H1B possible since
I have step 3?", "can I target H1b programs only?", "after J1 can I get a green card?". It is
told when the writer says it is theirs: "as a J1 applicant", "on J1", "I need H1B", "I'm J1",
or seeks programs that sponsor it.
"""

from __future__ import annotations

from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

# ... also a program sought for the writer: "which programs sponsor H1B for me?".
_TELLING_BEFORE = frozenset(
    {"as", "on", "need", "needs", "needing", "require", "requiring", "holder", "im", "i'm", "am",
     "'m", "sponsor", "sponsors", "sponsoring", "sponsorship"}
)  # fmt: skip
_TELLING_AFTER = frozenset({"applicant", "holder", "img", "candidate", "here", "person"})


def asked_in_own_question(r: Reading, mention: Mention) -> bool:
    """The visa code at ``mention`` stands in a question about the writer without being
    told as theirs."""
    if mention.start not in r.personal:
        return False
    before = {r.doc[i].lower_ for i in range(max(0, mention.start - 3), mention.start)}
    after = r.doc[mention.end].lower_ if mention.end < len(r.doc) else ""
    return not (before & _TELLING_BEFORE or after in _TELLING_AFTER)
