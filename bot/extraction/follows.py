"""The anchor a sentence takes over from the one before it: the answer to one's own question
("mine is 258"), a status after an exam ("passed on 2nd attempt"), or a score alone after
the exam it belongs to ("Passed Step 2 CK yesterday!! 243.").
"""

from __future__ import annotations

from bot.extraction.carry import asked_anchor, status_follows
from bot.extraction.labels import EXAMS
from bot.extraction.pipeline import Mention
from bot.extraction.reading import Anchor, Clause, Reading

# Step 2 CK scores people write alone after the exam's name.
_SCORES = (180, 300)


def sentence_anchor(r: Reading, clause: Clause, previous: Anchor | None) -> Anchor | None:
    return (
        asked_anchor(r, clause)
        or status_follows(r, clause, previous)
        or _score_follows(r, clause, previous)
    )


def _score_follows(r: Reading, clause: Clause, previous: Anchor | None) -> Anchor | None:
    """A sentence that is only a score, right after one that named Step 2 CK without its score
    ("Passed Step 2 CK yesterday!! 243."), gives that score."""
    if previous is None or previous.label != "STEP2" or previous.filled or previous.carried:
        return None
    numbers = r.within(clause, r.numbers)
    if len(numbers) != 1 or (numbers[0].start, numbers[0].end) != (clause.start, clause.end):
        return None
    number = numbers[0]
    if number.kind != "cardinal" or number.unit is not None or number.discarded:
        return None
    if not _SCORES[0] <= number.value <= _SCORES[1]:
        return None
    index = r.clauses.index(clause)
    if index == 0 or r.clause_of(previous.start) is not r.clauses[index - 1]:
        return None  # the exam's clause comes right before ("!!" makes empty sentences)
    return previous


def heading_exam(r: Reading, clause: Clause, status: Mention) -> str | None:
    """The exam before a colon whose status opens the clause after it ("Step 1: pass - 6 months
    research in IR", where the research would otherwise keep the exam from being carried)."""
    if status.start != clause.start or clause.start < 2 or r.doc[clause.start - 1].text != ":":
        return None
    exam = next((m for m in r.mentions if m.end == clause.start - 1 and m.label in EXAMS), None)
    return exam.label if exam is not None else None
