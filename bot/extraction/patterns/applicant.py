"""Applicant patterns (the second layer): working now or not, applicant type, school abroad.

Matched apart from the main layer so a word can play a role in each ("research fellow" is
also a research anchor).
"""

from __future__ import annotations

from bot.extraction.patterns.tokens import HYPHEN, NEGATORS, Pattern, exact, rx, w

# "I'm a practicing radiologist": the roles that say working now.
_PRACTISING = ("radiologist", "physician", "doctor", "gp", "surgeon", "internist", "pediatrician")
# Fields named before "resident" ("an IM resident"): residency, not where one lives.
RESIDENCY_FIELDS: tuple[str, ...] = (
    "im", "fm", "em", "surgery", "surgical", "medicine", "pediatrics", "peds", "psych",
    "radiology", "dr", "ir", "prelim", "categorical", "neurology", "anesthesia", "gp",
)  # fmt: skip

# Posts one holds: "I've been a research fellow for 18 months" is a post held until now.
_HELD_ROLES = ("fellow", "resident", "registrar", "gp", "physician", "consultant", "assistant",
               "radiologist", "hospitalist", "attending", "researcher")  # fmt: skip

AUX_PATTERNS: dict[str, list[Pattern]] = {
    # Working or not: its own layer, so "research fellow" is also a research anchor.
    "ACTIVE_TRUE": [
        [
            w("currently", "presently", "now"),
            w("working", "work", "practicing", "practising", "employed", "doing", "in", "a"),
        ],
        [w("working", "work", "works"), w("as", "at", "in")],
        # Spanish in mixed-language writing: "trabajando en urgencias", "trabajo como médico"
        [w("trabajando", "trabajo", "trabaja"), w("como", "en")],
        # "I ... practice as consultant now", "practicing as a GP"
        [w("practice", "practise", "practicing", "practising"), w("as")],
        # "I'm a practicing radiologist", "currently a practising GP"
        [
            w("'m", "am", "m", "currently", "now"),
            w("already", "currently", "now", op="?"),
            w("a", "an", op="?"),
            w("practicing", "practising", "working"),
            w(*_PRACTISING),
        ],
        # "I'm an IM resident", "I am in my intern year": in residency now.
        [
            w("'m", "am", "m"),
            w("a", "an", op="?"),
            w(*RESIDENCY_FIELDS),
            w("resident", "intern", "fellow"),
        ],
        [w("in"), w("my"), w("intern", "internship", "residency", "prelim", "pgy1"), w("year")],
        # "now PGY2 in IM", "I'm a PGY-1": in residency now.
        [
            w("now", "currently", "'m", "am", "m"),
            w("a", "an", op="?"),
            w("pgy"),
            w("-", op="?"),
            w("1", "2", "3", "4", "5", "6", "7"),
        ],
        [w("now", "currently", "'m", "am", "m"), w("a", "an", op="?"), rx(r"^pgy-?[1-7]$")],
        # "I'm doing a research fellowship", "now doing my prelim year": under way now.
        [
            w("'m", "am", "m", "currently", "now"),
            w("currently", "now", op="?"),
            w("doing"),
            w("a", "an", "my", op="?"),
            w("ir", "dr", "radiology", "clinical", op="?"),
            w("research", "residency", "internship", "fellowship", "prelim", "postdoc"),
        ],
        [w("employed")],
        # "I have been practicing as a radiologist", "been doing IR research fellowship"
        [w("been"), w("working", "practicing", "practising")],
        [w("been"), w("doing"), w("ir", "dr", "radiology", "clinical", op="?"), w("research")],
        [w("doing"), w("my", op="?"), w("residency", "internship", "house")],
        [w("house", "medical"), w("officer", "job")],
        # "I'm a research fellow", "I am currently a GP"
        [
            w("'m", "am", "m"),
            w("currently", "now", op="?"),
            w("a", "an", op="?"),  # "I'm radiologist from Iran": no article
            w("research", "clinical", op="?"),
            w(
                "fellow",
                "resident",
                "registrar",
                "gp",
                "physician",
                "lecturer",
                "consultant",
                "assistant",
                "intern",
                "radiologist",
                "hospitalist",
                "attending",
                "researcher",
            ),
        ],
        # "I've been a full-time research fellow in IR for 18 months": a post held until now.
        [
            w("'ve", "have", "ve"),
            w("been"),
            w("a", "an"),
            w("full", "part", "-", "time", "paid", "unpaid", "postdoctoral", op="*"),
            w("research", "clinical", op="?"),
            w(*_HELD_ROLES),
        ],
        # "currently consultant radiologist in India": a role with no article.
        [
            w("currently", "presently"),
            w(*RESIDENCY_FIELDS, op="?"),
            w("consultant", "specialist", "attending", "registrar"),
        ],
        # "Consultant radiologist since 2014": still in the role.
        [
            w(*_PRACTISING, "consultant", "registrar", "specialist", "attending", "fellow"),
            w("since"),
            rx(r"^((19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last)"),
        ],
    ],
    "ACTIVE_FALSE": [
        # Spanish: "no trabajo en medicina", "no estoy trabajando" (longer than "trabajo en")
        [
            w("no"),
            w("estoy", op="?"),
            w("trabajo", "trabajando", "trabaja"),
            w("como", "en", op="?"),
        ],
        [
            w(*NEGATORS),
            w("currently", "clinically", "been", "presently", op="*"),
            w(
                "working",
                "practicing",
                "practising",
                "employed",
                "active",
                "work",
                "worked",
                "practiced",
            ),
        ],
        [w("unemployed", "jobless", "gap", "gaps")],
        [w("stopped", "quit"), w("working", "practicing", "practice", "practising")],
        [w("out"), w("of"), w("practice", "clinical", "work")],
        [w("no"), w("clinical"), w("work", "job", "practice", "activity")],
        [w("taking"), w("a"), w("break")],
        # "I stepped away from clinical medicine", "left clinical practice"
        [
            w("stepped", "step", "stepping", "walked", "moved"),
            w("away", "out"),
            w("from", "of"),
            w("clinical"),
            w("medicine", "practice", "work"),
        ],
        [w("left", "quit"), w("clinical"), w("medicine", "practice", "work")],
    ],
    "TYPE_US_IMG": [
        [w("us", "u.s.", "american", "usa"), HYPHEN, w("img", "imgs", "fmg")],
        [w("usimg", "us-img", "usimgs")],
    ],
    "TYPE_NON_US_IMG": [
        [
            w("non"),
            HYPHEN,
            w("us", "u.s.", "american", "usa", "citizen"),
            w("img", "imgs", "fmg", "citizen", op="?"),
        ],
        [w("non-us", "nonus", "non-citizen")],
        [w("foreign"), w("national", "citizen")],
    ],
    "TYPE_US_MD": [
        [
            w("us", "u.s.", "american"),
            w("md", "allopathic", "med", "medical"),
            w("student", "grad", "graduate", "school", "applicant", op="?"),
        ],
        [w("usmd", "amg", "allopathic")],
        [w("us", "u.s.", "american"), rx(r"^md[1-4]$")],  # "US MD4": a fourth-year student
        # "US grad (MD)", "US graduate - MD"
        [
            w("us", "u.s.", "american"),
            w("grad", "graduate", "student"),
            w("(", "-", ",", op="?"),
            w("md", "m.d."),
        ],
    ],
    "TYPE_US_DO": [
        [
            w("do", "d.o."),
            w("student", "students", "grad", "graduate", "applicant", "school", "candidate"),
        ],
        [w("us"), exact("DO")],
        [
            w("us", "u.s.", "american"),
            w("grad", "graduate", "student"),
            w("(", "-", ","),
            exact("DO"),
        ],
        [w("osteopathic", "osteopath")],
        [w("'m", "am", "m"), w("a"), exact("DO", "D.O.")],  # "I'm a DO"
        [exact("DO", "D.O."), w("here")],  # "DO here, PGY-3 in surgery" ("IMG here")
    ],
    "TYPE_US_DO_WEAK": [[exact("DO", "D.O.", "do")]],
    # Single words that answer a question only when it was asked.
    "ACTIVE_WEAK": [[w("working", "employed", "practicing", "practising", "active")]],
    "VISA_NONE_WEAK": [[w("citizen", "citizenship", "gc")]],
    "SCHOOL_ABROAD": [
        # Singular only: "programs that take IMGs" speaks of others, not of the writer.
        [
            w(
                "img",
                "fmg",
                "caribbean",
                "carib",
                "carribean",
                "caribean",
                "carrib",
                "offshore",
                "abroad",
                "overseas",
                "mbbs",
                "mbchb",
                "mbbch",
            )
        ],
        [
            w("international", "foreign"),
            w("medical"),
            w("graduate", "graduates", "grad", "school", "student"),
        ],
        [w("foreign"), w("grad", "graduate", "degree")],
    ],
}
