"""A US MD or DO student's electives are no USCE total: all their clerkships are US clinical
work, so "a 2 wk DR elective" stored as 0.5 months of hands-on US experience would understate
it (CONTRACT: electives count as USCE, but a part is not the whole). Only an explicit total
("USCE: 12 months", "hands-on clinical experience") or the answer to the USCE question counts.
"""

from __future__ import annotations

from bot.extraction.reading import Reading

_US_SCHOOLS = frozenset({"us_md", "us_do"})
# Words that name US clinical experience as a whole, not one rotation.
_WHOLE = frozenset({"usce", "usces", "uce", "experience", "exp", "hands", "hands-on"})


def own_clerkships(r: Reading) -> None:
    """Drop a USCE figure read from a US student's electives or sub-internships."""
    if r.out.facts.get("applicant_type") not in _US_SCHOOLS or r.expected == "usce_months":
        return
    anchors = [m for m in r.mentions if m.label == "USCE"]
    if anchors and not any(set(m.text.lower().split()) & _WHOLE for m in anchors):
        r.out.facts.pop("usce_months", None)
