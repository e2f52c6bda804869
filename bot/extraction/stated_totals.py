"""Durations said as the sum of stints listed before them, and a duration corrected by
naming the old value.

- "USCE: 2 months IM + 1 month IR elective, so 3 months total", "... 2 month IM sub-I. So 4
  months total.": a duration with "total" in a clause with no experience word of its own is
  the total of the list headed by the sentence's (or the sentence before's) first USCE or
  observership word, and replaces the parts;
- "USCE 14 months total (...). Hmm wait, 14 is with the coordinator job, so actually 8 months
  clinical": after a correction cue, a duration replaces the field whose stored value the
  sentence repeats before the cue.
"""

from __future__ import annotations

from bot.extraction.fields import SPECS, check, convert
from bot.extraction.labels import ANCHOR_FIELDS, ANCHORS, LISTED_TIMES
from bot.extraction.numbers import NumberMention
from bot.extraction.reading import Clause, Reading

_TOTALS = frozenset({"total", "overall", "altogether", "combined", "totally"})
_UNITS = frozenset({"week", "month", "year"})


def totals_after_parts(r: Reading) -> None:
    for clause in r.clauses:
        if any(m.label in ANCHORS for m in r.within(clause, r.mentions)):
            continue
        words = {r.doc[i].lower_ for i in range(clause.start, clause.end)}
        timed = [n for n in r.within(clause, r.numbers) if n.unit in _UNITS and not n.discarded]
        if not words & _TOTALS or len(timed) != 1 or id(timed[0]) in r.claimed:
            continue
        head = _list_head(r, clause)
        if head is not None and _store(r, ANCHOR_FIELDS[head], timed[0]):
            r.claimed.add(id(timed[0]))


def totals_before_brackets(r: Reading) -> None:
    """ "3 months USCE (2 months IM + a 4 week IR elective)", "12 weeks of observerships in
    total (2 IR obs of 4 weeks each + 1 DR obs)": a duration told with its experience word right
    before brackets holding durations is the total; the bracketed stints are its parts."""
    for clause in r.clauses:
        if clause.end >= len(r.doc) or r.doc[clause.end].text != "(":
            continue
        anchors = [m for m in r.within(clause, r.mentions) if m.label in ANCHORS]
        timed = [n for n in r.within(clause, r.numbers) if n.unit in _UNITS and not n.discarded]
        # "8 weeks of hands-on electives in the US total (...)": one experience, named twice
        if len({a.label for a in anchors}) != 1 or anchors[0].label not in LISTED_TIMES:
            continue
        if len(timed) != 1:
            continue
        close = next((t.i for t in r.doc[clause.end :] if t.text == ")"), len(r.doc))
        inside = [n for n in r.numbers if clause.end < n.start < close and n.unit in _UNITS]
        fresh = inside and id(timed[0]) not in r.claimed
        if fresh and _store(r, ANCHOR_FIELDS[anchors[0].label], timed[0]):
            r.claimed.add(id(timed[0]))


def _list_head(r: Reading, clause: Clause) -> str | None:
    """The first listed experience word (USCE, observership) of the clause's sentence before
    it, else of the sentence before."""
    for sentence in (clause.sentence, clause.sentence - 1):
        for other in r.clauses:
            if other.sentence != sentence or other.start >= clause.start:
                continue
            for mention in r.within(other, r.mentions):
                if mention.label in LISTED_TIMES:
                    return mention.label
                if mention.label in ANCHORS:
                    break  # the sentence opens with another fact ("Step 1 pass, ...")
    return None


def _store(r: Reading, name: str, number: NumberMention) -> bool:
    spec = SPECS[name]
    if number.kind != "cardinal" or spec.unit is None or number.unit is None:
        return False
    value = convert(number.value, number.unit, spec.unit)
    if check(name, value):
        return False
    r.out.add(name, float(value), total=True)
    return True


def corrected_by_value(r: Reading) -> None:
    """ "14 is with the coordinator job, so actually 8 months clinical": the repeated value
    names the field, the duration after the cue replaces it."""
    cues = [m for m in r.mentions if m.label == "CORRECTION" and m.text.lower() != "sorry"]
    last: dict[int, int] = {}  # sentence -> the end of its last correction cue
    for cue in cues:
        if (clause := r.clause_of(cue.start)) is not None:
            last[clause.sentence] = max(last.get(clause.sentence, 0), cue.end)
    for sentence, end in last.items():
        parts = [c for c in r.clauses if c.sentence == sentence]
        if any(m.label in ANCHORS for c in parts for m in r.within(c, r.mentions)):
            continue  # a sentence with its own fact words is read by ``corrected``
        numbers = [n for c in parts for n in r.within(c, r.numbers)]
        after = [n for n in numbers if n.start >= end and n.unit in _UNITS]
        named = {
            name
            for n in numbers
            if n.end <= end and n.unit is None
            for name, value in r.out.facts.items()
            if name in SPECS
            and SPECS[name].kind == "duration"
            and isinstance(value, float)
            and abs(n.value - value) < 1e-9
        }
        fresh = len(named) == 1 and len(after) == 1 and id(after[0]) not in r.claimed
        if fresh and _store(r, named.pop(), after[0]):
            r.claimed.add(id(after[0]))


_ELAPSED = frozenset({"in", "done", "completed", "far", "into"})
_ELAPSED_FILLER = _ELAPSED | {"so", "now", "it", "already", "of", "about", "~"}
_DURATIONS = frozenset({"RESEARCH", "USCE", "OBSERVERSHIP", "IR_ELECTIVE"})


def elapsed_so_far(r: Reading) -> None:
    """ "doing a 1 year research fellowship (6 months in)": the time done so far, in brackets
    right after the stint, is the duration (the rest is a plan)."""
    for index, clause in enumerate(r.clauses):
        if index == 0 or clause.start == 0 or r.doc[clause.start - 1].text != "(":
            continue
        timed = [n for n in r.within(clause, r.numbers) if n.unit in _UNITS]
        if len(timed) != 1 or timed[0].start != clause.start:
            continue
        rest = {r.doc[i].lower_ for i in range(timed[0].end, clause.end)}
        if not rest & _ELAPSED or not rest <= _ELAPSED_FILLER | {"months", "month", "weeks"}:
            continue
        before = r.clauses[index - 1]
        anchors = [m for m in r.within(before, r.mentions) if m.label in _DURATIONS]
        told = anchors and ANCHOR_FIELDS[anchors[0].label]
        if told and (told in r.out.facts or told in r.out.uncertain):
            _store(r, ANCHOR_FIELDS[anchors[0].label], timed[0])
