"""The anchor a sentence takes over from the one before it: the answer to one's own question ("mine
is 258", "how many months of USCE is enough? I have 2 months"), a status after an exam ("passed
on 2nd attempt"), or a score alone after the exam it belongs to ("Passed Step 2 CK yesterday!!
243.").
"""

from __future__ import annotations

from bot.extraction.carry import status_follows
from bot.extraction.labels import ANCHORS, EXAMS
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


def asked_anchor(r: Reading, clause: Clause) -> Anchor | None:
    """ "What is a good CK for IR? mine is 258", "Do programs filter by YOG? some say 5 yrs
    max. Mine is 2018": an answer to one's own question takes the anchor it asked about (the
    last anchor before it, when that one was in a question)."""
    if clause.start == 0 or not (r.doc[clause.start].lower_ == "mine" or _i_have_time(r, clause)):
        return None
    before = [
        m for m in [*r.asked_mentions, *r.mentions] if m.end <= clause.start and m.label in ANCHORS
    ]
    if not before:
        return None
    last = max(before, key=lambda m: m.start)
    if last not in r.asked_mentions:
        return None
    return Anchor(last.label, last.start, last.end, text=last.text)


_DURATIONS = frozenset({"USCE", "OBSERVERSHIP", "IR_ELECTIVE", "RESEARCH"})
_JUST_TIME = frozenset(
    {"right", "now", "so", "far", "total", "in", "of", "it", "already", "only", "just",
     "about", "around", "currently", "months", "month", "weeks", "week", "years", "year"}
)  # fmt: skip


def _i_have_time(r: Reading, clause: Clause) -> bool:
    """ "how many months of USCE is enough? I have 2 months right now": a duration the writer
    has, right after a question about that experience."""
    opening = [t.lower_ for t in r.doc[clause.start : clause.start + 2]]
    if opening not in (["i", "have"], ["i", "'ve"], ["i", "got"], ["i", "did"]):
        return False
    timed = [n for n in r.within(clause, r.numbers) if n.unit in {"week", "month", "year"}]
    if len(timed) != 1:
        return False
    rest = {t.lower_ for t in r.doc[clause.start + 2 : clause.end]} - {
        t.lower_ for t in r.doc[timed[0].start : timed[0].end]
    }
    if not rest <= _JUST_TIME:
        return False  # "i did 6 wks of some online course": something else
    asked = [m for m in r.asked_mentions if m.end <= clause.start and m.label in ANCHORS]
    return bool(asked) and max(asked, key=lambda m: m.start).label in _DURATIONS
