"""A count said as the running total replaces the earlier mentions of its field: "1 more IR
letter (now 2 IR and 1 IM)" has 2 IR letters, not 3. Counts of letters, abstracts and
interviews otherwise add up ("2 IR letters, 1 more from my PI" = 3). A duration said as the
total ("USCE total 5 months: 3 mo IM + 2 months IR") is not replaced by its parts after it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from bot.extraction.numbers import NumberMention

_TOTAL_WORDS = frozenset({"now", "total", "totally", "overall"})


def running_total(doc: Doc, number: NumberMention) -> bool:
    """The count right after "now" / "total" ("now 2 IR", "total 3 letters"), or with "total"
    after its words ("so 2 IR letters total now", "3 LoRs in total", "2 letters altogether")."""
    if number.start > 0 and doc[number.start - 1].lower_ in _TOTAL_WORDS:
        return True
    return number.unit is None and _total_after(doc, number)


_AFTER_TOTALS = frozenset({"total", "altogether", "overall", "combined"})
_COUNT_WORDS = 3  # "2 US IR letters total": the thing counted, then "total"


def _total_after(doc: Doc, number: NumberMention) -> bool:
    for token in doc[number.end : number.end + _COUNT_WORDS + 2]:
        word = token.lower_
        if word in _AFTER_TOTALS:
            return True
        if word == "in" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "total":
            return True
        if not token.is_alpha or word in {"and", "or", "but", "plus", "from", "in"}:
            return False
    return False


# "5 months total", "total 5 months", "5 months in total", "overall 4 months".
_DURATION_TOTALS = frozenset({"total", "overall", "altogether", "combined"})


def duration_total(doc: Doc, number: NumberMention) -> bool:
    """A duration said as a total heading its parts: "total 5 months:", "5 months total:",
    "5 months in total:" (not "12 weeks in total, 8 weeks IM ...", where the parts may differ)."""
    before = doc[number.start - 1].lower_ if number.start > 0 else ""
    after = [t.lower_ for t in doc[number.end : number.end + 4]]
    if after and after[0] in {"months", "month", "mo", "weeks", "week", "wks"}:
        after = after[1:]  # the unit when the number's span ends before it
    if after[:2] == ["in", "total"]:
        after = after[1:]
    if after[:1] and after[0] in _DURATION_TOTALS:
        return after[1:2] == [":"]
    if before in _DURATION_TOTALS and after[:1] == [":"]:
        return True
    return _parts_in_brackets(doc, number) or _heading_parts(doc, number)


_EXPERIENCE = frozenset({"usce", "of", "hands-on", "clinical", "experience", "us", "total"})
_UNIT_WORDS = frozenset({"months", "month", "mo", "mos", "weeks", "week", "wks", "wk"})


def _parts_in_brackets(doc: Doc, number: NumberMention) -> bool:
    """ "7 months USCE (IM + 1 month DR elective + 1 month IR elective)": the duration before
    a bracket that lists its parts with "+" is their total."""
    i = number.end
    while i < len(doc) and (doc[i].lower_ in _EXPERIENCE | _UNIT_WORDS):
        i += 1
    if i >= len(doc) or doc[i].text != "(" or i == number.end:
        return False
    inside = []
    for token in doc[i + 1 : i + 30]:
        if token.text == ")":
            break
        inside.append(token.lower_)
    return "+" in inside and bool(set(inside) & _UNIT_WORDS)


def _heading_parts(doc: Doc, number: NumberMention) -> bool:
    """ "I have 4 months USCE: 2 months IM in Chicago, 1 month IR elective ...": a duration
    with its experience word before a colon heads the parts listed after it."""
    i = number.end
    while i < len(doc) and doc[i].lower_ in _EXPERIENCE | _UNIT_WORDS:
        i += 1
    if i >= len(doc) or doc[i].text != ":" or i == number.end:
        return False
    return any(t.lower_ in _UNIT_WORDS for t in doc[i + 1 : i + 5])
