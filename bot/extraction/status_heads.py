"""A status heading a list of exams: "Pending: Step 3, ERAS", "Done: Step 1, Step 2 CK",
"Passed: S1, S2". A status word right before a colon applies to every exam named after the
colon in its sentence that has no status of its own there.
"""

from __future__ import annotations

from bot.extraction.labels import EXAMS
from bot.extraction.reading import Reading

_HEADING_STATUSES = frozenset({"ST_PASS", "ST_NOT_TAKEN", "ST_FAIL"})


def status_headings(r: Reading) -> None:
    for status in [m for m in r.mentions if m.label in _HEADING_STATUSES]:
        if status.end >= len(r.doc) or r.doc[status.end].text != ":":
            continue
        clause = r.clause_of(status.start)
        after = r.clause_of(status.end + 1)
        if clause is None or after is None or after.sentence != clause.sentence:
            continue
        listed = [
            m
            for m in r.mentions
            if m.start > status.end
            and m.label in EXAMS
            and (c := r.clause_of(m.start)) is not None
            and c.sentence == clause.sentence
        ]
        own = {
            c.start
            for m in r.mentions
            if m.label.startswith("ST_") and m.start > status.end
            for c in [r.clause_of(m.start)]
            if c is not None
        }
        for exam in listed:
            exam_clause = r.clause_of(exam.start)
            if exam_clause is not None and exam_clause.start not in own:
                r.exam_statuses[exam.label].add(status.label)
