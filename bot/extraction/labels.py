"""Matcher labels the reading steps share: anchors and the fields they fill, letter sources."""

from __future__ import annotations

# "STEPS_ALL": "both steps", "all USMLEs" (its statuses go to Step 1 and Step 2 CK).
EXAMS = frozenset({"STEP1", "STEP2", "STEP3", "STEPS_ALL"})
CUES = frozenset({"SKIP", "CORRECTION"})
ANCHOR_FIELDS: dict[str, str] = {
    "STEP2": "step2ck_score",
    "GRAD": "graduation_year",
    "USCE": "usce_months",
    "OBSERVERSHIP": "observership_weeks",
    "IR_ELECTIVE": "ir_elective_weeks",
    "RESEARCH": "research_years",
    "PUB": "ir_publications",
    "ABSTRACT": "ir_abstracts",
    "INTERVIEW": "prior_interviews",
    "CYCLE": "match_cycles",
}
ANCHORS = frozenset({*ANCHOR_FIELDS, *EXAMS, "LETTER"})
SOURCES: dict[str, str] = {
    "SRC_IR": "us_ir_letters",
    "SRC_DR": "us_dr_letters",
    "SRC_OTHER": "us_other_letters",
}
# "USCE: 3 months IM, 2 months FM": the stints listed after the word add up.
LISTED_TIMES = frozenset({"USCE", "OBSERVERSHIP"})
# "an IR sub-I (4 wks) and an away (4 wks)": these add up only when named as one more.
NAMED_STINTS = frozenset({"IR_ELECTIVE"})
SUMMED_STINTS = LISTED_TIMES | NAMED_STINTS
