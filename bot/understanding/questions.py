"""Whether a clause asks something: a question mark, a question word at its start, or a request
("tell me", "tips for", "help me"). Statements of facts are not questions.
"""

from __future__ import annotations

import re

_QUESTION_START = re.compile(
    r"^\W*(?:\d\)\s*)?"
    r"(?:(?:so|ok|and|also|but|then|quick one|quick q|realistically|honestly)[:,]?\s+)*"
    r"(?:what|whats|what's|how|when|which|where|why|who|should|shall|can|could|do|does|did|"
    r"is|isn't|are|am|will|would|any|must|need advice|to how many|u|chance|chances|odds|"
    r"integrated|independent|ir or|dr or|prelim or|j1 or|h1b or)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"\b(?:tell me|tips|list|help me|advice|advise|recommend|suggest|explain|give me|show me|"
    r"let me know|plan my|budget for|what now|realistic\?|any hope)\b",
    re.IGNORECASE,
)


def is_question(clause: str) -> bool:
    """True when ``clause`` asks or requests something."""
    return "?" in clause or bool(_QUESTION_START.search(clause) or _REQUEST.search(clause))
