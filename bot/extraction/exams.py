"""Exam results and attempts from status words ("passed", "first try", "retake"); cycles given
by fixed phrases are read in ``fixed_cycles``."""

from __future__ import annotations

from bot.extraction.context import others_speak
from bot.extraction.follows import heading_exam
from bot.extraction.joined_exams import shared_statuses
from bot.extraction.labels import EXAMS
from bot.extraction.pipeline import Mention
from bot.extraction.reading import Anchor, Clause, Reading
from bot.profile import Step1Result, Step3Result

STATUSES = frozenset(
    {
        "ST_PASS",
        "ST_FAIL",
        "ST_FIRST",
        "ST_RETAKE",
        "ST_NOT_RETAKEN",
        "ST_NOT_TAKEN",
        "ST_NOT_PASSED",
    }
)


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


def step1_result(statuses: set[str]) -> Step1Result | None:
    passed = bool(statuses & {"ST_PASS", "ST_FIRST"})
    if "ST_NOT_RETAKEN" in statuses or {"ST_NOT_PASSED", "ST_FAIL"} <= statuses:
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
