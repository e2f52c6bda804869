"""Exams named together share the status said after them: "Step 1 and 2 CK both passed first
attempt", "step 1 and CK done", "step 1, step 2 and step 3 passed" (a pass or a first attempt;
a failure is not shared, and an exam with a status of its own keeps it)."""

from __future__ import annotations

from itertools import pairwise

from bot.extraction.labels import EXAMS
from bot.extraction.reading import Reading

_EXAM_JOINERS = frozenset({"and", "&", ",", "/", "+"})
_SHARED = frozenset({"ST_PASS", "ST_FIRST"})


def shared_statuses(r: Reading) -> None:
    """ "Step 1 and 2 CK both passed first attempt", "step 1 and CK done": a pass or a first
    attempt said right after two exams joined by "and" is both exams' (a failure is not)."""
    exams = sorted(
        (m for m in r.mentions if m.label in EXAMS - {"STEPS_ALL"}), key=lambda m: m.start
    )
    shared: set[str] = set()  # "step 1, step 2 and step 3 passed": from the last one back
    for first, second in reversed(list(pairwise(exams))):
        between = {r.doc[i].lower_ for i in range(first.end, second.start)}
        if not between or not between <= _EXAM_JOINERS:
            shared = set()
            continue
        shared |= {
            m.label for m in r.mentions if m.label in _SHARED and 0 <= m.start - second.end <= 2
        }
        if not r.exam_statuses[first.label]:
            r.exam_statuses[first.label] |= shared
