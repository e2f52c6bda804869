"""Exams named together share the status said after them: "Step 1 and 2 CK both passed first
attempt", "step 1 and CK done", "step 1, step 2 and step 3 passed" (a pass or a first attempt;
a failure is not shared, and an exam with a status of its own keeps it); and a pass said before
exams joined by "and" ("Passed COMLEX level 1 and USMLE step 1", "passed step 3 and step 1")."""

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
    _pass_before(r)


_BEFORE_EXAM = frozenset({"usmle", "the", "my", "also", "both"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", "\n"})


def _pass_before(r: Reading) -> None:
    """A sentence that opens with a pass ("Passed COMLEX level 1 and USMLE step 1"): an exam
    after "and" with no status of its own passed too (not "passed X but failed step 1")."""
    passes = [m for m in r.mentions if m.label == "ST_PASS"]
    for exam in (m for m in r.mentions if m.label in EXAMS - {"STEPS_ALL"}):
        after = r.doc[exam.end].lower_ if exam.end < len(r.doc) else "."
        if r.exam_statuses[exam.label] or after not in _SENTENCE_ENDS | {",", ")", "and"}:
            continue  # not "Passed COMLEX and step 1 is next month"
        i = exam.start - 1
        while i >= 0 and r.doc[i].lower_ in _BEFORE_EXAM:
            i -= 1
        if i < 0 or r.doc[i].lower_ not in {"and", "&"}:
            continue
        start = i
        while start > 0 and r.doc[start - 1].text not in _SENTENCE_ENDS:
            start -= 1
        opening = next((m for m in passes if m.start == start), None)
        words = {r.doc[j].lower_ for j in range(start, i)}
        if opening is not None and not words & {"but", "failed", "fail", "not"}:
            r.exam_statuses[exam.label].add("ST_PASS")
