"""Medical schools abroad named by their short names ("US citizen, Ross grad 2024", "went to
SGU", "AUC (Sint Maarten)"): the big Caribbean schools, a school abroad like "Caribbean".
Upper-case codes only, and "Ross" capitalised beside a school's words (not "Bob Ross").
"""

from __future__ import annotations

from bot.extraction.patterns.tokens import Pattern, exact, rx, w

SCHOOL_PATTERNS: dict[str, list[Pattern]] = {
    "SCHOOL_ABROAD": [
        [exact("SGU", "AUC", "AUA", "UMHS", "MUA", "SJSM", "RUSM")],
        # "Ross" is also a name: only beside a school's words ("from Ross", "Ross grad 2024").
        [w("from", "at", "to", "attended", "(", "attending"), exact("Ross", "ROSS")],
        [exact("Ross", "ROSS"), w("grad", "graduate", "university", "school", "student", ")")],
        [exact("Ross", "ROSS"), rx(r"^(19|20)\d\d$")],
        [exact("St", "St.", "Saint"), w("george", "george's", "georges", "georges'")],
        [w("american"), w("university"), w("of"), w("the"), w("caribbean")],
    ],
}
