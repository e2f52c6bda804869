"""An exam taken several times: "I took step 2 three times", "took CK twice, final 238",
"sat step 1 2 times". A taking verb, one exam and a count of times (two or more) in the writer's
clause are a retake of that exam (Step 2 CK not on the first attempt; Step 1 passed after a
retake when nothing else is said).
"""

from __future__ import annotations

from bot.extraction.context import others_speak
from bot.extraction.reading import Reading

_TAKING = frozenset(
    {"took", "taken", "take", "sat", "attempted", "gave", "given", "wrote", "written", "tried"}
)
_ONE_EXAM = frozenset({"STEP1", "STEP2", "STEP3"})


def times_taken(r: Reading) -> None:
    for clause in r.clauses:
        words = {r.doc[i].lower_ for i in range(clause.start, clause.end)}
        if not words & _TAKING or others_speak(r, clause):
            continue
        exams = {m.label for m in r.within(clause, r.mentions) if m.label in _ONE_EXAM}
        times = [n for n in r.within(clause, r.numbers) if n.times and n.value >= 2]
        if len(exams) == 1 and times:
            r.exam_statuses[exams.pop()].add("ST_RETAKE")
