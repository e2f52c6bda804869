"""A question about what the writer's own exam results do to the application.

"I failed CK once (218) then passed with 235. Will programs filter me out?", "i failed CK first
time, second time I got 232. Will programs throw my application?": the question names no exam,
but the sentence before it tells a failed attempt, and what it asks is how programs weigh that
result (the exams topic), not the chances in general nor a list of programs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# What a result may do to the application: filter, screen, throw out, hurt, count against.
_HARM = re.compile(
    r"\b(?:filter(?:ed)? (?:me|us|it|my (?:application|app)) out|screen(?:ed)? (?:me|us) out|"
    r"throw (?:out |away )?my (?:application|app)|(?:hurt|harm)s? (?:me|my (?:application|app))|"
    r"hold (?:it|that|this) against me|count against me|(?:auto-?)?reject(?:ed)? me)\b",
    re.IGNORECASE,
)
_EXAM = re.compile(r"\b(?:step ?[123]|ck|s[123]|usmle|comlex|score)\b", re.IGNORECASE)
_FAILED = re.compile(
    r"\b(?:fail(?:ed|ure)?|(?<!first )(?<!1st )attempts?|retak\w*|second time|2nd time)\b", re.I
)
# Topics a harm question takes from its generic words; any other is what it names itself
# ("will the gap hurt me?" is about the gap).
_GENERIC = frozenset({"ask_chances", "ask_programs"})
_LOOK_BACK = 2


def about_results(before: Sequence[str], clause: str, ranked: Sequence[str]) -> bool:
    """``clause`` asks how a failed exam attempt told just before it weighs."""
    if not _HARM.search(clause) or _EXAM.search(clause):
        return False
    if any(topic not in _GENERIC for topic in ranked):
        return False
    return any(_FAILED.search(part) and _EXAM.search(part) for part in before[-_LOOK_BACK:])
