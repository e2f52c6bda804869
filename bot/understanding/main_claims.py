"""A short judgment of a claim someone told the writer takes the topic of the claim.

"my senior said apply to 120 DR programs minimum if you need visa. isnt that too much?" asks
about the number of programs: the question names no topic of its own, and a classifier reading
"isnt that too much?" alone guesses. When the sentence before reports what a senior, a friend
or a relative said ("X said/told me/says ..."), the sentence's topic is the question's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.back_reference import referred_topic

# "is he right?", "isnt that too much?", "is that true?", "is she correct though?"
_JUDGMENT = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:is|isn.?t|is not|are|aren.?t)\s+"
    r"(?:he|she|they|that|this|it)\s+"
    r"(?:really\s+|actually\s+|even\s+)?(?:right|true|correct|wrong|accurate|too (?:much|many|few|"
    r"high|low)|overkill|excessive|realistic|necessary)\b[^?]{0,20}\?*\W*$",
    re.IGNORECASE,
)
# what someone else told the writer
_REPORTED = re.compile(
    r"\b(?:said|says|told me|tells me|telling me|suggested|suggests|advised|advises|recommended|"
    r"recommends|insists?|claims?)\b",
    re.IGNORECASE,
)


def claim_topic(before: Sequence[str], clause: str, ranked: list[str]) -> list[str]:
    """``ranked``, or the reported claim's topic when ``clause`` only judges that claim."""
    if ranked or not before or not _JUDGMENT.match(clause) or not _REPORTED.search(before[-1]):
        return ranked
    topic = referred_topic(before, clause)
    return [topic] if topic else ranked
