"""Stints listed after an experience word: which durations are one more stint.

- a duration restated in brackets in another unit ("3 months USCE (12 weeks)", "a 4 week IR
  elective (1 month)") is the same stint, not one more: it does not add up;
- IR rotations add up only when the next one is named as one more ("an IR sub-I at home (4
  wks) and an away at Mayo (4 wks)" = 8 weeks), not a bare later duration.
"""

from __future__ import annotations

from bot.extraction.fields import convert
from bot.extraction.labels import ANCHOR_FIELDS, NAMED_STINTS
from bot.extraction.reading import Anchor, Clause, Reading

_TIMES = frozenset({"week", "month"})
_HANDS_ON = frozenset(
    {"elective", "electives", "rotation", "rotations", "sub", "subi", "clerkship", "externship",
     "away", "audition"}
)  # fmt: skip


def restated(r: Reading, clause: Clause) -> bool:
    """The clause opens a bracket right after a clause with one duration, and its own one
    duration is in the other unit ("(4 wks)" after "an IR sub-I at home" is a stint)."""
    index = r.clauses.index(clause)
    if index == 0 or clause.start == 0 or r.doc[clause.start - 1].text != "(":
        return False
    before = r.clauses[index - 1]
    if before.end != clause.start - 1:
        return False
    earlier = [n for n in r.within(before, r.numbers) if n.unit in _TIMES]
    own = [n for n in r.within(clause, r.numbers) if n.unit in _TIMES]
    return len(earlier) == 1 and len(own) == 1 and earlier[0].unit != own[0].unit


def broken_down(r: Reading, clause: Clause) -> bool:
    """The clause is in a bracket that breaks down the one duration right before it: "12 wks
    of obs (3 places, 4 wks each)", "12 weeks of observership (3 x 4 weeks)"."""
    opening = next(
        (i for i in range(clause.start - 1, max(-1, clause.start - 12), -1)
         if r.doc[i].text in {"(", ")"}),
        None,
    )  # fmt: skip
    if opening is None or r.doc[opening].text != "(" or (head := r.clause_of(opening - 1)) is None:
        return False
    earlier = [n for n in r.within(head, r.numbers) if n.unit in _TIMES]
    closing = next((t.i for t in r.doc[opening:] if t.text == ")"), len(r.doc))
    inside = [n for n in r.numbers if opening < n.start < closing]
    timed = [n for n in inside if n.unit in _TIMES]
    words = {t.lower_ for t in r.doc[opening:closing]}
    if len(earlier) != 1 or not timed or words & (_ADDING | _ONE_MORE | {"more", "additional"}):
        return False  # "(plus 4 weeks more in Texas)": one more
    whole, *parts = (convert(n.value, n.unit or "week", "week") for n in [earlier[0], *timed])
    counts = [n.value for n in inside if n.unit is None and n.kind == "cardinal"] + [1.0]
    if len(parts) > 1:  # "8 weeks of observership (4 weeks in Chicago, 4 weeks in Houston)"
        return abs(sum(parts) - whole) < 1e-9
    return any(abs(count * parts[0] - whole) < 1e-9 for count in counts)


_NEW_ONE = frozenset({"a", "an", "another"})


def named_stint(r: Reading, clause: Clause, label: str) -> bool:
    """For an IR rotation: the clause, or the one right before it in the sentence, opens with
    "a"/"an"/"another" (after "and"): one more is named ("and an away at Mayo (4 wks)")."""
    if label not in NAMED_STINTS:
        return True  # USCE and observerships: any listed stint adds up
    index = r.clauses.index(clause)
    for part in (clause, r.clauses[index - 1] if index > 0 else None):
        if part is None or part.sentence != clause.sentence or part.start >= len(r.doc):
            continue
        if r.doc[part.start].lower_ in _NEW_ONE:
            return True
    return False


_ADDING = frozenset({"+", "plus"})
# "currently doing 8 weeks of observership, previously 4 weeks obs": one more stint.
_ONE_MORE = frozenset({"previously", "earlier", "before", "also", "another", "additionally"})
# Durations a "+" adds up: USCE and observerships (an IR elective is its own field).
_ADDED_FIELDS = frozenset({"usce_months", "observership_weeks"})


def added_stint(r: Reading, clause: Clause, name: str) -> bool:
    """ "5 months USCE in IM + 1 month radiology elective", "8-week observership now, previously
    4 weeks obs": a stint after "+" / "plus" or opening with "previously" / "also" adds to the
    same field's duration told in the clause before it."""
    if name == "ir_elective_weeks" and name in r.out.facts and _places_listed(r, clause):
        return True  # "4 wks IR at Penn, 4 wks IR at Michigan"
    if name == "ir_publications" and name in r.out.facts and _counted_before(r, clause):
        return True  # "3 case reports + 1 original paper"
    if name not in _ADDED_FIELDS or name not in r.out.facts or clause.start == 0:
        return False
    opening = r.doc[clause.start].lower_ if clause.start < len(r.doc) else ""
    previous = r.doc[clause.start - 1].lower_
    if previous not in _ADDING | _ONE_MORE and opening not in _ONE_MORE:
        return False
    if name in r.out.totals:
        return False
    index = r.clauses.index(clause)
    before = r.clauses[index - 1] if index > 0 else None
    if before is None:
        return False
    # "= 2 months hands on + 4 weeks obs": the clause before is the other field's stint.
    named = {ANCHOR_FIELDS.get(m.label) for m in r.within(before, r.mentions)} & _ADDED_FIELDS
    return (
        before.sentence == clause.sentence
        and (not named or name in named)
        and any(n.unit in _TIMES for n in r.within(before, r.numbers))
    )


_NOW_WORDS = frozenset({"doing", "currently", "ongoing", "now", "presently", "in"})
_DONE_WORDS = frozenset({"did", "done", "completed", "finished", "been", "since", "for", "after"})


def ongoing_programme(r: Reading, clause: Clause, label: str, number_start: int) -> bool:
    """ "Currently doing a research year", "doing a 1 year research fellowship": the length of
    a programme under way, not the time done (only to confirm)."""
    if label != "RESEARCH":
        return False
    words = {r.doc[i].lower_ for i in range(clause.start, clause.end)}
    if not words & _NOW_WORDS or words & _DONE_WORDS:
        return False
    before = r.doc[number_start - 1].lower_ if number_start > 0 else ""
    return r.doc[number_start].lower_ in {"a", "an"} or before in {"a", "an"}


def _places_listed(r: Reading, clause: Clause) -> bool:
    """The clause and the one before it in its sentence each give one duration of IR "at" a
    named place, and the places differ: two rotations listed."""
    index = r.clauses.index(clause)
    before = r.clauses[index - 1] if index > 0 else None
    if before is None or before.sentence != clause.sentence:
        return False
    places = [_place(r, part) for part in (before, clause)]
    return None not in places and places[0] != places[1]


def _place(r: Reading, clause: Clause) -> str | None:
    timed = [n for n in r.within(clause, r.numbers) if n.unit in _TIMES]
    ir = [m for m in r.within(clause, r.mentions) if m.label in {"SRC_IR", "IR_ELECTIVE"}]
    if len(timed) != 1 or not ir:
        return None
    for i in range(clause.start, clause.end - 1):
        if r.doc[i].lower_ == "at" and r.doc[i + 1].text[:1].isupper():
            return r.doc[i + 1].text
    return None


def _counted_before(r: Reading, clause: Clause) -> bool:
    """The clause follows "+" and the clause before it counts papers ("3 case reports + 1
    original paper")."""
    index = r.clauses.index(clause)
    if index == 0 or clause.start == 0 or r.doc[clause.start - 1].text != "+":
        return False
    before = r.clauses[index - 1]
    return before.sentence == clause.sentence and any(
        m.label == "PUB" for m in r.within(before, r.mentions)
    )


def elective_in_usce(r: Reading, clause: Clause, anchor: Anchor, weeks: float) -> None:
    """ "3 months of cores in Atlanta + 1 month IR elective": an IR elective or rotation added
    with "+" to the US clinical experience told right before it is part of that experience too
    (a bare "+ 2 weeks IR" is not said to be hands-on)."""
    named = set(anchor.text.lower().replace("-", " ").split()) & _HANDS_ON
    if anchor.label != "IR_ELECTIVE" or not named or "usce_months" in r.out.totals:
        return
    months = r.out.facts.get("usce_months")
    index = r.clauses.index(clause)
    if not months or index == 0 or r.doc[clause.start - 1].lower_ not in _ADDING:
        return
    before = r.clauses[index - 1]
    told = any(m.label == "USCE" for m in r.within(before, r.mentions))
    if told and before.sentence == clause.sentence and weeks > 0:
        r.out.add("usce_months", round(months + weeks / 4, 2))
