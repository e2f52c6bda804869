"""Exam results and attempts from status words ("passed", "first try", "retake"), and cycles
given by fixed phrases ("first time applying", "3rd time applying")."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.extraction.context import others_speak, writers_labels
from bot.extraction.cycles import not_applied_here
from bot.extraction.follows import heading_exam
from bot.extraction.joined_exams import shared_statuses
from bot.extraction.labels import EXAMS
from bot.extraction.number_words import ORDINAL_WORDS
from bot.extraction.pipeline import Mention
from bot.extraction.reading import Anchor, Clause, Reading
from bot.profile import Step1Result, Step3Result

STATUSES = frozenset(
    {"ST_PASS", "ST_FAIL", "ST_FIRST", "ST_RETAKE", "ST_NOT_RETAKEN", "ST_NOT_TAKEN"}
)
_APPLIED = frozenset({"applied", "apply", "applying", "unmatched", "match"})


def assign_statuses(r: Reading, clause: Clause, anchors: list[Anchor]) -> None:
    """Each status word goes to the nearest exam of its clause (or stays loose)."""
    exams = [a for a in anchors if a.label in EXAMS]
    if others_speak(r, clause):
        return  # "asking for my brother who just passed step 1", "my classmate failed it twice"
    for status in r.within(clause, r.mentions):
        if status.label not in STATUSES or _result_awaited(r, status):
            continue
        if not exams and (heading := heading_exam(r, clause, status)) is not None:
            r.exam_statuses[heading].add(status.label)  # "Step 1: pass - 6 months research"
            continue
        if not exams or _of_applying(r, status):
            r.loose_statuses.append(status)
            continue
        nearest = min(
            exams, key=lambda a: min(abs(status.start - a.end), abs(a.start - status.end))
        )
        nearest.statuses.add(status.label)
    for exam in exams:
        r.exam_statuses[exam.label] |= exam.statuses


# "a 2nd time applicant with CK 240": the ordinal counts applications, not attempts at the exam.
_APPLYING_WORDS = frozenset(
    {"applicant", "applying", "apply", "applied", "reapplicant", "reapplying", "cycle", "match"}
)


def _of_applying(r: Reading, status: Mention) -> bool:
    return status.end < len(r.doc) and r.doc[status.end].lower_ in _APPLYING_WORDS


def _result_awaited(r: Reading, status: Mention) -> bool:
    """ "Step 1 result pending": taken, its result not out yet (not "not taken")."""
    before = r.doc[status.start - 1].lower_ if status.start > 0 else ""
    return status.label == "ST_NOT_TAKEN" and before in {"result", "results", "score", "scores"}


def exam_facts(r: Reading) -> None:
    shared_statuses(r)
    _both_steps(r)
    step1 = step1_result(r.exam_statuses["STEP1"])
    if step1:
        r.out.add("step1", step1.value)
    elif "USMLE_NONE" in r.labels():
        r.out.add("step1", Step1Result.NOT_TAKEN.value)
    step3 = step3_result(r.exam_statuses["STEP3"])
    if step3:
        r.out.add("step3", step3.value)
    first = first_attempt(r.exam_statuses["STEP2"])
    if first is not None:
        r.out.add("step2ck_first_attempt", first)


def _both_steps(r: Reading) -> None:
    """ "cleared both steps in 1st attempt", "all USMLEs passed": a pass or a first attempt
    for Step 1 and Step 2 CK, unless the message says more of either."""
    statuses = r.exam_statuses["STEPS_ALL"] & {"ST_PASS", "ST_FIRST"}
    if not statuses or r.exam_statuses["STEPS_ALL"] & {"ST_FAIL", "ST_RETAKE"}:
        return
    if not r.exam_statuses["STEP1"]:
        r.exam_statuses["STEP1"] |= statuses
    if not r.exam_statuses["STEP2"] and "ST_FIRST" in statuses:
        r.exam_statuses["STEP2"].add("ST_FIRST")
    three = any(m.label == "STEPS_ALL" and {"3", "three"} & set(m.text.lower().split())
                for m in r.mentions)  # fmt: skip
    if three and not r.exam_statuses["STEP3"]:
        r.exam_statuses["STEP3"].add("ST_PASS")  # "cleared all 3 steps"


def fixed_cycles(r: Reading) -> None:
    labels = writers_labels(r)
    nones = [m for m in r.mentions if m.label == "CYCLE_NONE"]
    if nones and all(not_applied_here(r, m.start, m.end) for m in nones):
        labels.discard("CYCLE_NONE")  # "haven't applied this cycle": earlier ones untold
    if "CYCLE_NONE" in labels and not _none_contradicted(r):
        r.out.add("match_cycles", 0)
    elif "CYCLE_ONE" in labels and "match_cycles" not in r.out.facts:
        r.out.add("match_cycles", 1)
    elif "LAST_CYCLE" in labels and "match_cycles" not in r.out.facts and _applied(r):
        r.out.add("match_cycles", 1)  # "applied to DR last cycle": at least that one cycle
    if "match_cycles" in r.out.facts or not any(m.label == "CYCLE" for m in r.mentions):
        return
    cycles_from_statuses(r, first_is_none=not _none_contradicted(r))


_REAPPLYING = frozenset(
    {"reapplicant", "reapplying", "reapplied", "reapply", "re-applying", "again"}
)


_LATER = frozenset({"second", "2nd", "third", "3rd", "fourth", "4th"})


def _none_contradicted(r: Reading) -> bool:
    """ "I'm a reapplicant, first cycle got 0 interviews", "I applied for the first time last
    year": a first cycle that is behind the writer, not this one."""
    if any(token.lower_ in _REAPPLYING for token in r.doc):
        return True
    if any(a.lower_ in _LATER and b.lower_ in {"cycle", "time"} for a, b in pairwise(r.doc)):
        return True  # "first cycle got 1 IV, second cycle got 3"
    for mention in r.mentions:
        if mention.label not in {"CYCLE_NONE", "ST_FIRST"}:
            continue
        words = r.sentence_words(mention.start)
        if _past_year_after(r, mention.end):
            return True  # "I had 4 interviews in my first cycle (2025)"
        if (
            {"last", "year"} <= words
            or {"last", "cycle"} <= words
            or {"previous", "cycle"} <= words
        ):
            return True
    return False


def _past_year_after(r: Reading, end: int) -> bool:
    after = [t.text.lower() for t in r.doc[end : end + 2]]
    if after[:1] not in (["("], ["in"]) or len(after) < 2 or not after[1].isdigit():
        return False
    return len(after[1]) == 4 and int(after[1]) < r.current_year


def cycles_from_statuses(r: Reading, *, first_is_none: bool = True) -> bool:
    """ "this will be my 3rd time applying": the ordinal sits in a status phrase (a "first
    time" behind the writer, "applied for the first time last year", is read elsewhere)."""
    for status in r.loose_statuses:
        ordinal = ordinal_of(status)
        if ordinal == 1 and not first_is_none:
            continue
        if ordinal is not None:
            # "unmatched for the 2nd time": 2 cycles behind ("my 2nd time applying": one)
            r.out.add("match_cycles", ordinal if _unmatched_before(r, status) else ordinal - 1)
            return True
    return False


_UNMATCHED = frozenset({"unmatched", "unmatch", "unmatching"})


def _unmatched_before(r: Reading, status: Mention) -> bool:
    words = [r.doc[i].lower_ for i in range(max(0, status.start - 4), status.start)]
    negated = "n't" in words or "not" in words
    return bool(_UNMATCHED & set(words)) or ("match" in words and negated)


def _applied(r: Reading) -> bool:
    return any(m.label == "CYCLE" and m.text.lower().split()[-1] in _APPLIED for m in r.mentions)


def ordinal_of(status: Mention) -> int | None:
    first = status.text.split()[0].lower().rstrip("-")
    if first in ORDINAL_WORDS:
        return ORDINAL_WORDS[first]
    match = re.match(r"^(\d+)(st|nd|rd|th)$", first)
    return int(match.group(1)) if match else None


def step1_result(statuses: set[str]) -> Step1Result | None:
    passed = bool(statuses & {"ST_PASS", "ST_FIRST"})
    if "ST_NOT_RETAKEN" in statuses:
        return Step1Result.FAILED
    if "ST_RETAKE" in statuses or ("ST_FAIL" in statuses and passed):
        return Step1Result.PASS_AFTER_RETAKE
    if "ST_FAIL" in statuses:
        return Step1Result.FAILED
    if passed:
        return Step1Result.PASS_FIRST_ATTEMPT
    if "ST_NOT_TAKEN" in statuses:
        return Step1Result.NOT_TAKEN
    return None


def step3_result(statuses: set[str]) -> Step3Result | None:
    if statuses & {"ST_PASS", "ST_FIRST", "ST_RETAKE"}:
        return Step3Result.PASSED
    if "ST_FAIL" in statuses:
        return Step3Result.FAILED
    if "ST_NOT_TAKEN" in statuses:
        return Step3Result.NOT_TAKEN
    return None


def first_attempt(statuses: set[str]) -> bool | None:
    if statuses & {"ST_RETAKE", "ST_FAIL"}:
        return False
    if "ST_FIRST" in statuses:
        return True
    return None
