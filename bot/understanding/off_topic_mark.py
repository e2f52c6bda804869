"""A question its writer marks as off our topics: out of scope when no keyword places it.

"whats the best monitor setup to practice reading CTs at home? sorry off topic": the writer says
the question is beside the bot's subject, in the question or right before or after it. Only a
question the keywords cannot place takes it ("off topic but how many programs should I apply
to?" is still the count).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MARK = re.compile(
    r"\boff[- ]?topic\b|\bunrelated (?:question|q|but)\b|"
    r"\b(?:random|unrelated|side|non[- ]?medical) (?:question|q)\b"
    r"(?! (?:about|on) (?:ir|dr|radiology|the match))",
    re.IGNORECASE,
)


def marked_off_topic(parts: Sequence[str], index: int) -> bool:
    """The question ``parts[index]``, or the part just before or after it, says it is off topic."""
    return any(_MARK.search(part) for part in parts[max(index - 1, 0) : index + 2])
