"""Whether a run's log output holds what users told the bot: their texts, names and scores.

Used by bench/fuzz_telegram.py and tests/telegram/test_telegram_fuzz.py (any run of the stack at
``LOG_LEVEL=INFO``): after the run, the output of every process (the supervisor passes each
service's lines to one log) is searched for

- every message text sent that is distinctive enough to find (at least 8 characters and 4
  different ones once stripped), as written, JSON-escaped and as Python's ``repr`` shows it;
  a long text by a 40-character piece of its middle;
- every name used (each part of at least 5 letters, whole words);
- every chat or sender id used (not as part of a longer number or word);
- every score used, as a whole number on a line that also names a score, a step or a slot (a
  bare number is everywhere: ports, timings, counts).

Each finding is one leak; there must be none. ``baseline`` is the output before the first message
was sent (start-up lines): a text already in it is not a leak (a fuzzed "127.0.0.1" is in the URLs
every service prints at start).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

MIN_TEXT = 8
PIECE = 40
_SCORE_CONTEXT = re.compile(r"score|step|2ck|slot|usmle", re.IGNORECASE)


@dataclass
class Leaks:
    """What was found, by kind; ``examples`` holds the first log lines of each finding."""

    counts: dict[str, int] = field(
        default_factory=lambda: {"text": 0, "name": 0, "id": 0, "score": 0}
    )
    examples: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def add(self, kind: str, what: str, log: str, at: int) -> None:
        self.counts[kind] += 1
        if len(self.examples) < 10:
            start = log.rfind("\n", 0, at) + 1
            end = log.find("\n", at)
            line = log[start : end if end >= 0 else len(log)]
            self.examples.append(f"{kind} {what[:40]!r} in: {line[:200]}")


def _forms(text: str) -> set[str]:
    """The ways a logger may write ``text``: as is, JSON-escaped, repr'd (without quotes)."""
    stripped = text.strip()
    if len(stripped) > 2 * PIECE:
        middle = len(stripped) // 2
        stripped = stripped[middle - PIECE // 2 : middle + PIECE // 2]
    return {stripped, json.dumps(stripped)[1:-1], repr(stripped)[1:-1]}


def distinctive(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) >= MIN_TEXT and len(set(stripped)) >= 4


def scan(
    log: str,
    *,
    texts: Iterable[str] = (),
    names: Iterable[str] = (),
    ids: Iterable[str] = (),
    scores: Iterable[int] = (),
    baseline: str = "",
) -> Leaks:
    """Every occurrence kind by kind (each text, name, id or score counted once)."""
    leaks = Leaks()
    for text in {t for t in texts if distinctive(t)}:
        for form in _forms(text):
            at = log.find(form)
            if at >= 0 and form not in baseline:
                leaks.add("text", text, log, at)
                break
    words = set(re.findall(r"\w+", log))
    for word in {part for n in names for part in n.split() if len(part) >= 5} | set(ids):
        if word in words:
            found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", log)
            leaks.add("id" if word.isdigit() else "name", word, log, found.start() if found else 0)
    lines = [line for line in log.splitlines() if _SCORE_CONTEXT.search(line)]
    for score in set(scores):
        pattern = re.compile(rf"(?<![\d.]){score}(?![\d.])")
        hit = next((line for line in lines if pattern.search(line)), None)
        if hit is not None:
            leaks.add("score", str(score), hit, 0)
    return leaks
