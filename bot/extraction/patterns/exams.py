"""Exam and status patterns: Step 1, Step 2 CK, Step 3, passed, failed, first try, retake,
graduation."""

from __future__ import annotations

from bot.extraction.patterns.tokens import HYPHEN, NEGATORS, STEP, Pattern, exact, rx, w

EXAM_PATTERNS: dict[str, list[Pattern]] = {
    # Exams. Glued forms ("step1", "s2ck") are split or matched whole.
    "STEP1": [
        [w("usmle", op="?"), STEP, HYPHEN, w("1", "i", "one")],
        [rx(r"^(s|step|stp)1$")],
    ],
    "STEP2": [
        [w("usmle", op="?"), STEP, HYPHEN, w("2", "ii", "two"), HYPHEN, w("ck", "cs", op="?")],
        [rx(r"^(s|step|stp)2(ck)?$"), w("ck", op="?")],
        [w("ck"), w("2")],
        [w("2", "ii"), HYPHEN, w("ck", "cs")],  # "2 ck 243": the step, not the score
        [w("s2ck", "ck", "2ck")],
    ],
    "STEPS_ALL": [
        # "cleared all 3 steps" (Step 3 too), "all usmle steps"
        [
            w("both", "all"),
            w("the", "my", op="?"),
            w("3", "three", "usmle", op="?"),
            w("steps", "usmles", "usmle", "exams"),
        ],
    ],
    "STEP3": [
        [w("usmle", op="?"), STEP, HYPHEN, w("3", "iii", "three")],
        [rx(r"^(s|step|stp)3$")],
    ],
    "ST_PASS": [
        [w("passed", "pass", "cleared", "clear", "done", "completed", "complete", "approved")],
        [exact("P", "P.")],  # "S1 P", "step 1 was P": pass/fail reporting
    ],
    "ST_FAIL": [
        [w("failed", "fail", "fails", "failing", "flunked", "failure", "failures")],
        [w("failed", "fail"), w("it", op="?"), w("once", "twice", "thrice")],
        [w("did", "do", "does"), w("n't", "nt", "not"), w("pass")],
    ],
    "ST_FIRST": [
        [
            w("first", "1st"),
            HYPHEN,
            w("try", "attempt", "go", "time", "shot", "sitting", "take", "attmpt", "atempt"),
        ],
        [w("in", "on", "at"), w("one", "1"), w("go", "attempt", "shot", "sitting", "try")],
        [w("one", "1", "single"), w("attempt", "shot", "go", "sitting", "try")],
        [w("("), w("1st", "first"), w(")")],  # "CK: 242 (1st)"
        [w("attempt", "try"), w("1", "one", "#1")],  # "CK - 240 (attempt 1)"
    ],
    "ST_RETAKE": [
        [
            w("second", "2nd", "third", "3rd", "fourth", "4th"),
            HYPHEN,
            w("try", "attempt", "attempts", "go", "time", "sitting", "take", "attmpt", "atempt"),
        ],
        [w("retake", "retook", "retaken", "re-take", "re-took", "resit", "repeat", "repeated")],
        [w("re"), w("-"), w("take", "took", "taken")],
        [
            w("took", "taken", "take", "sat", "attempted", "passed"),
            w("it", op="?"),
            w("twice", "thrice"),
        ],
        [w("2", "two", "3", "three", "multiple"), w("attempts", "tries", "takes", "sittings")],
        [w("("), w("2nd", "3rd", "second", "third"), w(")")],  # "CK 238 (2nd)"
        [w("attempt", "try"), w("2", "3", "two", "three", "#2", "#3")],
    ],
    "ST_NOT_RETAKEN": [[w(*NEGATORS), w("yet", op="?"), w("retaken", "retake", "retook")]],
    # "failed Step 1 once and has not passed it yet": still failed (alone it may be not taken)
    "ST_NOT_PASSED": [[w(*NEGATORS), w("yet", op="?"), w("passed", "cleared")]],
    "ST_NOT_TAKEN": [
        [
            w(*NEGATORS),
            w("yet", op="?"),
            w("taken", "took", "take", "given", "written", "attempted", "sat", "done"),
        ],
        [w("not", "n't", "nt"), w("yet")],
        [w("yet"), w("to"), w("take", "give", "write", "sit", "attempt")],
        [
            w("planning", "plan", "going", "preparing", "hoping", "scheduled"),
            w("to", op="?"),
            w("take", "give", "write", "sit", "for"),
        ],
        [w("will"), w("take", "give", "write", "sit")],
        # "Step 3 scheduled in march", "step 1 planned for june"
        [w("scheduled", "booked", "pending", "upcoming", "planned")],
    ],
    "GRAD": [
        [w("graduated", "graduate", "graduating", "graduation", "grad", "graduates")],
        [w("egresado", "egresada", "graduado", "graduada", "formado", "formada")],  # Spanish
        [w("class"), w("of")],
        [w("passed", "pass"), w("out")],
        # "passing year 2019", "passout year 2018" (South Asian usage for graduation).
        [w("passing", "passout", "pass-out", "passed-out"), w("year")],
        [w("passout", "pass-out")],
        [w("yog")],
        [w("year"), w("of"), w("graduation")],
        [w("mbbs", "mbchb", "mbbch")],
        [exact("MD", "M.D.")],  # "MD 2019", "MD from Pakistan 2014" (not "MDAnderson")
        [
            w("finished", "completed", "graduated", "finish", "complete", "finishing"),
            w("from", op="?"),
            w("med", "medical"),
            w("school", "college", "university"),
        ],
        # "finish university 2014", "formed in 2016" (Spanish and Portuguese "me formé").
        [w("finished", "finish", "completed"), w("from", op="?"), w("university", "uni")],
        [w("formed"), w("in", "as")],
    ],
    # "No USMLE yet", "haven't taken any USMLE": Step 1 not taken.
    "USMLE_NONE": [
        [w("no", "zero"), w("usmle", "usmles", "steps", "exams"), w("yet", op="?")],
        [
            w(*NEGATORS),
            w("yet", op="?"),
            w("taken", "took", "take", "given", "written", "attempted", "done", "sat"),
            w("any", "the", op="?"),
            w("usmle", "usmles"),
        ],
    ],
    "YEAR_RELATIVE": [[w("last", "this", "next"), w("year")]],
}
