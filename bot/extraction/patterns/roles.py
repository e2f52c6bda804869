"""More ways of saying one works in medicine now or not (the second layer's "ACTIVE_TRUE" and
"ACTIVE_FALSE"): "still working", "since then only studying", a specialist's title, a year of
training ("3rd year resident in radiology", "currently 5th yr as ER physician") and a role
after "currently" with no verb ("Currently: research fellow (IR)", normalised to "currently
research fellow"). Kept apart from ``applicant`` so that module stays small.
"""

from __future__ import annotations

from bot.extraction.patterns.applicant import RESIDENCY_FIELDS
from bot.extraction.patterns.tokens import Pattern, rx, w

_ORDINAL = rx(r"^(1st|2nd|3rd|[4-9]th|first|second|third|fourth|fifth|sixth|final)$")
_TRAINEES = ("resident", "registrar", "fellow", "trainee")
_ROLES = (
    *_TRAINEES,
    "gp",
    "physician",
    "lecturer",
    "demonstrator",
    "intern",
    "radiologist",
    "hospitalist",
    "researcher",
    "consultant",
)

# "I'm a nephrologist", "I am an anaesthetist": a specialist's title.
# Not "technologist", "psychologist", "audiologist": no physicians.
_SPECIALIST = rx(
    r"^(?!.*(technolog|psycholog|audiolog))[a-z]+(ologist|iatrician|iatrist)$|^an(a)?esthetist$|^intensivist$"
)

ROLE_PATTERNS: dict[str, list[Pattern]] = {
    # "Since then only studying", "just preparing for USMLE": no work now.
    "ACTIVE_FALSE": [
        [w("only", "just"), w("studying", "preparing")],
        # "Left medicine in 2019 and now I drive Uber": out of medicine.
        [w("left", "quit"), w("medicine", "clinical", "clinics")],
        [w("out"), w("of"), w("medicine", "clinical", "clinics")],
        # "in hospital administration since 2018 (not clinical)", "a non-clinical job"
        [w("not"), w("clinical"), w(")")],
        [w("non"), w("-", op="?"), w("clinical"), w("job", "role", "position")],
    ],
    "ACTIVE_TRUE": [
        [w("still"), w("working", "practicing", "practising", "employed")],  # "(still working)"
        [w("locum", "locums")],  # "i do locums as GP" ("did locums" is over: ``kin``)
        # "now full time research", "currently full-time in research"
        [
            w("now", "currently"),
            w("full"),
            w("-", op="?"),
            w("time"),
            w("in", op="?"),
            w("research", "clinical", "job", "work"),
        ],
        # "PGY-1 in internal medicine in NYC currently", "PGY2 at a community program"
        [rx(r"^pgy-?[1-7]$"), w("in", "at")],
        [w("pgy"), w("-", op="?"), w("1", "2", "3", "4", "5", "6", "7"), w("in", "at")],
        [
            w("'m", "am", "m"),
            w("currently", "now", op="?"),
            w("a", "an", op="?"),
            w("practicing", "practising", "consultant", "working", op="?"),
            _SPECIALIST,
        ],
        # "I'm 3rd year resident in radiology", "a 2nd yr radiology registrar"
        [_ORDINAL, w("year", "yr"), w(*RESIDENCY_FIELDS, op="?"), w(*_TRAINEES)],
        # "currently 5th yr as ER physician" (not "currently 4th year of med school")
        [w("currently", "presently", "now"), _ORDINAL, w("year", "yr"), w("as")],
        # "I'm a research volunteer in IR", "doing a clinical research fellowship": research
        # is work in medicine (CONTRACT).
        [
            w("'m", "am", "m"),
            w("currently", "now", op="?"),
            w("a", "an", op="?"),
            w("ir", "dr", "radiology", op="?"),
            w("research"),
            w("volunteer", "assistant", "associate", "coordinator", "scholar"),
        ],
        [w("doing"), w("a", "an", op="?"), w("clinical", op="?"), w("research"), w("fellowship")],
        # "Currently: research fellow (IR)", "currently IR research fellow at Penn"
        [
            w("currently", "presently"),
            w("a", "an", op="?"),
            w("ir", "dr", "im", "radiology", op="?"),
            w("research", "clinical", op="?"),
            w(*_ROLES),
        ],
    ],
}
