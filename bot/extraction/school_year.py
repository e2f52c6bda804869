"""A year right after "IMG" / "FMG" is the graduation year: "Indian IMG 2021, CK 249",
"Turkish IMG (Hacettepe 2019).", "Peruvian IMG here (2022)" (as "MBBS 2016" is).

Only when the message gives no graduation year of its own, only the writer's "IMG" (not "my
senior (IMG 2019)"), and only a year that ends its phrase ("IMG 2026 match" is no date of
graduation).
"""

from __future__ import annotations

from bot.extraction.kin import said_of_kin, their_school
from bot.extraction.reading import Reading

_SCHOOL_WORDS = frozenset({"img", "fmg"})
_ENDS = frozenset({",", ".", ")", ";", "!", "?", "|", "-", "—"})
_EARLIEST = 1970
_STUDENT_YEARS = 8  # a student's expected year lies ahead


def year_after_school(r: Reading) -> None:
    if r.out.has("graduation_year"):
        return
    for mention in r.aux:
        if mention.label != "SCHOOL_ABROAD" or mention.text.lower() not in _SCHOOL_WORDS:
            continue
        if mention.start in r.asked or said_of_kin(r, mention.start) or their_school(r, mention):
            continue
        i = mention.end
        if i < len(r.doc) and r.doc[i].lower_ == "here":
            i += 1
        if i < len(r.doc) and r.doc[i].text == "(":
            i += 1
            if i < len(r.doc) and r.doc[i].is_alpha:
                i += 1  # the school: "(Hacettepe 2019)"
        year = next((n for n in r.numbers if n.start == i), None)
        if year is None or not year.year_like or year.unit is not None or id(year) in r.claimed:
            continue
        after = r.doc[year.end] if year.end < len(r.doc) else None
        if after is not None and after.text not in _ENDS and "\n" not in after.text:
            continue
        value = int(year.value)
        if _EARLIEST <= value <= r.current_year + _STUDENT_YEARS:
            r.claimed.add(id(year))
            r.out.add("graduation_year", value)
            return
