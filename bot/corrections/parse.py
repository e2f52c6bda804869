"""Read a reported fact from one chat message: the program phrase, the fact, the link.

"Emory DR sponsors H-1B, https://..." -> program "emory", track DR, fact visa_h1b = yes.
Pure text work; the program is matched against the knowledge base in ``matching``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urlsplit

from bot.domain.tracks import Track


class ReportedFact(str, Enum):
    """The program facts users may report (the ones applicants most often know first-hand)."""

    VISA_J1 = "visa_j1"
    VISA_H1B = "visa_h1b"
    IMG_HISTORY = "img_history"


class ParseProblem(str, Enum):
    NO_LINK = "no_link"
    BAD_LINK = "bad_link"
    NO_FACT = "no_fact"
    NO_PROGRAM = "no_program"


@dataclass(frozen=True)
class ParsedReport:
    program_phrase: str  # the words naming the program, lower case, e.g. "emory"
    track: Track | None
    fact: ReportedFact
    value: str  # "yes" or "no"
    link: str


# Anything that looks like a link: "scheme://...", a script or data scheme, or a bare "www.".
_LINK = re.compile(
    r"\b[a-z][a-z0-9+.-]*://\S+|\b(?:javascript|data|mailto|file|tel):\S+|\bwww\.\S+",
    re.IGNORECASE,
)
_FACTS: tuple[tuple[ReportedFact, re.Pattern[str]], ...] = (
    (ReportedFact.VISA_H1B, re.compile(r"\bh[\s-]?1[\s-]?b\b", re.IGNORECASE)),
    (ReportedFact.VISA_J1, re.compile(r"\bj[\s-]?1\b", re.IGNORECASE)),
    (
        ReportedFact.IMG_HISTORY,
        re.compile(r"\b(?:imgs?|international (?:medical )?graduates?|foreign grads?)\b", re.I),
    ),
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|doesn'?t|don'?t|won'?t|isn'?t|stopped|no longer|refuses?)\b|n't\b",
    re.IGNORECASE,
)
# Where the program phrase ends: the first verb of the claim (or a negation).
_CLAIM_START = re.compile(
    r"\b(?:sponsors?|sponsoring|accepts?|accepting|takes?|taking|supports?|offers?|considers?|"
    r"interviews?|does|do|did|is|are|has|have|will|won'?t|doesn'?t|don'?t|no longer|not|no|"
    r"never|stopped|refuses?)\b",
    re.IGNORECASE,
)
_TRACKS: tuple[tuple[Track, re.Pattern[str]], ...] = (
    (Track.INDEPENDENT_IR, re.compile(r"\bindependent (?:ir|interventional radiology)\b", re.I)),
    (Track.INTEGRATED_IR, re.compile(r"\b(?:integrated )?(?:ir|interventional radiology)\b", re.I)),
    (Track.DR, re.compile(r"\b(?:dr|diagnostic radiology|radiology)\b", re.I)),
    (Track.PRELIM_SURGERY, re.compile(r"\b(?:prelim(?:inary)? surgery|surgery prelim)\b", re.I)),
    (
        Track.PRELIM_MEDICINE,
        re.compile(r"\b(?:prelim(?:inary)?(?: medicine| im)?|im prelim)\b", re.I),
    ),
    (Track.TRANSITIONAL, re.compile(r"\b(?:transitional(?: year)?|ty)\b", re.I)),
)
_LEAD_IN = re.compile(
    r"^\s*(?:(?:report|correction|update|fyi|note|heads up|just so you know|i (?:know|heard|"
    r"confirmed|can confirm) that|i know|actually)\b[\s:,-]*)+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9][a-z0-9'&.-]*", re.IGNORECASE)


def find_link(text: str) -> tuple[str | None, bool]:
    """The first link in ``text`` and whether it is a usable http(s) address."""
    match = _LINK.search(text)
    if match is None:
        return None, False
    link = match.group(0).rstrip(").,;!?'\"")
    parts = urlsplit(link)
    ok = parts.scheme.lower() in ("http", "https") and "." in parts.netloc
    return link, ok


def parse_report(text: str) -> ParsedReport | ParseProblem:
    """The report in ``text``, or the first thing that keeps it from being one."""
    link, link_ok = find_link(text)
    if link is None:
        return ParseProblem.NO_LINK
    if not link_ok:
        return ParseProblem.BAD_LINK
    claim = _LINK.sub(" ", text)
    found = [(m.start(), fact) for fact, pattern in _FACTS if (m := pattern.search(claim))]
    if not found:
        return ParseProblem.NO_FACT
    fact_at, fact = min(found, key=lambda item: item[0])
    start = _CLAIM_START.search(claim)
    end = min(fact_at, start.start()) if start else fact_at
    head = _LEAD_IN.sub("", claim[:end])
    track = next((t for t, pattern in _TRACKS if pattern.search(head)), None) or next(
        (t for t, pattern in _TRACKS if pattern.search(claim)), None
    )
    for _, pattern in _TRACKS:
        head = pattern.sub(" ", head)
    phrase = " ".join(w.lower() for w in _WORD.findall(head))
    if not phrase:
        return ParseProblem.NO_PROGRAM
    negated = bool(_NEGATION.search(claim[end:]))
    return ParsedReport(phrase, track, fact, "no" if negated else "yes", link)
