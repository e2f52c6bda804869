"""Which number belongs to which anchor, and what a number or a "no" stores for it."""

from __future__ import annotations

from dataclasses import replace

from bot.extraction.context import WorkKind, others_speak, publication_kind
from bot.extraction.each_count import times_count
from bot.extraction.fields import LETTER_FIELDS, SPECS, convert
from bot.extraction.interview_seasons import not_prior_interviews
from bot.extraction.labels import ANCHOR_FIELDS, SUMMED_STINTS
from bot.extraction.lacking import lacking
from bot.extraction.letter_sources import excepted, letter_field, no_letters_at_all
from bot.extraction.number_context import each_before, not_a_cycle_count, short_year
from bot.extraction.numbers import NumberMention
from bot.extraction.pipeline import Mention
from bot.extraction.plans import PLANNED_FIELDS, planned
from bot.extraction.reading import Anchor, Clause, Reading
from bot.extraction.reported import required_count
from bot.extraction.stints import added_stint, elective_in_usce, ongoing_programme

_YEAR_WORDS = frozenset({"year", "years", "yr", "yrs"})
_PASSED = {"STEP1": 100, "STEP3": 200}  # the lowest passing score read (no "both steps" score)
CYCLE_NOUNS = frozenset({"cycle", "cycles"})
# "the cycle before", "last cycle", "my first cycle": one cycle named, not a count of them.
_NAMING = frozenset({"the", "that", "this", "last", "first", "previous", "prior", "each", "every"})


def one_cycle_named(r: Reading, anchor: Anchor) -> bool:
    """The anchor is a singular "cycle" after a word naming which one."""
    words = anchor.text.lower().split()
    start = anchor.origin  # a carried anchor's own words: "2 the cycle before, 0 the first one"
    before = r.doc[start - 1].lower_ if start > 0 else ""
    return words[-1:] == ["cycle"] and before in _NAMING


# "a question about interviews", "2 doubts on letters": the number counts these, not the anchor.
OTHER_COUNTED = frozenset(
    {"question", "questions", "doubt", "doubts", "query", "queries", "tip", "tips"}
    | {"problem", "problems", "concern", "concerns", "request", "requests"}
)
# "an interview question", "3 letter templates": the anchor word only describes the noun after.
DESCRIBED_NOUNS = OTHER_COUNTED | frozenset(
    {"prep", "preparation", "advice", "skills", "practice", "etiquette", "format", "template"}
    | {"templates", "coaching", "coach", "guide", "guides", "help"}
)
COUNTED_LABELS = frozenset({"INTERVIEW", "LETTER", "PUB", "ABSTRACT"})


def counts_another_thing(r: Reading, anchor: Anchor, number: NumberMention) -> bool:
    """Whether a count before ``anchor`` counts another noun ("a question about interviews")."""
    if anchor.label == "CYCLE" and number.start >= anchor.end and one_cycle_named(r, anchor):
        return True  # "the cycle before that zero": that cycle's interviews
    if anchor.label == "CYCLE" and not_a_cycle_count(r.doc, number.start, anchor.start):
        return True  # "one more cycle": to come; "58 DR programs + 9 IR": programs
    if anchor.label not in COUNTED_LABELS or anchor.carried or number.end > anchor.start:
        return False
    if lacking(r, number):
        return True  # "I need 2 more pubs": what is missing
    between = {r.doc[i].lower_ for i in range(number.end, anchor.start)}
    after = r.doc[anchor.end].lower_ if anchor.end < len(r.doc) else ""
    return bool(between & OTHER_COUNTED) or after in DESCRIBED_NOUNS


def distance(anchor: Anchor, start: int, end: int) -> float:
    if anchor.carried:
        return float(start - anchor.start)
    if end <= anchor.start:
        return float(anchor.start - end)
    return float(start - anchor.end) + 0.5  # a number after its anchor loses ties


def accepts(anchor: Anchor, number: NumberMention, gap: float) -> bool:
    """Whether ``number`` can be the value of ``anchor`` ``gap`` tokens away."""
    label = anchor.label
    if label in {"STEP1", "STEP3", "STEPS_ALL"}:  # an old Step 1 score, Step 3 200+: passed
        return number.kind == "cardinal" and _PASSED.get(label, 1000) <= number.value < 1000
    if label == "STEP2":
        return (
            number.unit is None
            and number.kind in {"cardinal", "range"}
            and not number.times  # "failed CK once"
            and not (number.year_like and number.value >= 1000)
        )
    if label == "GRAD":
        if anchor.text in {"MD", "M.D."} and gap > 3:
            return False  # "MD 2019", "MD from Pakistan 2014"; not "Dr. Smith MD ... in 2024"
        if number.ago:  # "graduated 5 years ago"
            return number.unit == "year" and number.kind == "cardinal"
        if short_year(number) is not None:  # "YOG 21", "class of '19" (normalised earlier)
            return gap <= 1.5
        return (
            number.unit is None
            and number.kind in {"cardinal", "range"}
            and (number.year_like or abs(number.value) >= 1000)
        )
    field_name = ANCHOR_FIELDS.get(label)
    kind = SPECS[field_name].kind if field_name else "count"
    if kind == "duration":
        if number.kind == "ordinal":
            return False  # "in my 2nd year as a research fellow": the year under way
        if number.unit is None and research_year(anchor):  # "a research year", "2 research years"
            return number.kind in {"cardinal", "article"} and number.end <= anchor.start
        if number.unit is None:  # "usce 0": none, in any unit
            return number.kind == "cardinal" and number.value == 0 and gap <= 1.5
        return number.kind != "vague" or gap <= 3
    if label == "CYCLE":
        # "applied to 45 DR programs": after a verb only "twice", "3 times" count cycles.
        counted = number.times or anchor.text.lower().split()[-1] in CYCLE_NOUNS
        return counted and number.unit is None and not number.year_like and number.kind != "vague"
    # counts: letters, publications, abstracts, interviews
    if number.unit is not None or number.year_like or number.kind == "ordinal":
        return False
    if anchor.letter_field is not None:
        return number.kind in {"cardinal", "range"} and gap <= anchor.reach
    if number.kind in {"article", "vague"}:
        return not anchor.carried and number.end <= anchor.start and gap <= 3
    return True


def research_year(anchor: Anchor) -> bool:
    words = anchor.text.lower().split()  # a carried anchor may have no text of its own
    return anchor.label == "RESEARCH" and bool(words) and words[-1] in _YEAR_WORDS


def apply_number(r: Reading, clause: Clause, anchor: Anchor, number: NumberMention) -> None:
    if others_speak(r, clause):
        return  # the caller claims the number: no other anchor takes it
    if anchor.label == "INTERVIEW" and not_prior_interviews(r, clause, anchor):
        return  # this season's or another specialty's interviews
    if required_count(r.doc, number.start):
        return  # "said I need at least 3 US letters": what is needed, not had
    raw = r.span_text(min(anchor.start, number.start), max(anchor.end, number.end))
    if anchor.label in {"STEP1", "STEP3"}:
        anchor.statuses.add("ST_PASS")
        return
    if anchor.label == "LETTER":
        name = anchor.letter_field or letter_field(r, clause, number.start)
        if name is None and number.value == 0 and number.kind == "cardinal":
            for field in LETTER_FIELDS:  # "0 letters", "LORs: 0": none from anyone, as "no"
                r.out.add(field, 0)
        if name is None:
            return
    else:
        name = ANCHOR_FIELDS[anchor.label]
    kind = publication_kind(r, clause) if name in {"ir_publications", "ir_abstracts"} else None
    if name == "ir_publications" and kind is not WorkKind.IR:
        r.out.add_default(name, 0)  # "2 pubs, but in cardiology", "2 papers submitted"
        return
    if anchor.label == "RESEARCH" and number.value == 0 and anchor.text.lower() == "research":
        r.out.add_default("ir_publications", 0)  # "zero research": no papers either
    if number.each or (number.unit is not None and each_before(r.doc, number.start)):
        number = times_count(r, anchor, number)
    if number.unit is None and research_year(anchor):
        number = replace(number, unit="year")
    year = short_year(number) if anchor.label == "GRAD" else None
    if year is not None:
        number = replace(number, value=float(year))
    span = (min(anchor.start, number.start), max(anchor.end, number.end))
    origin = r.clause_of(anchor.origin)  # a carried anchor's own clause: "gonna do X, 4 weeks"
    in_plan = planned(r, clause, *span) or (
        anchor.carried and origin is not None and planned(r, origin, anchor.origin, anchor.origin)
    )
    submitted = kind is WorkKind.UNPUBLISHED  # "3 abstracts submitted": not presented yet
    listed = anchor.carried and anchor.filled and anchor.label in SUMMED_STINTS
    r.store_number(
        name,
        number,
        raw,
        doubtful=name in PLANNED_FIELDS
        and (in_plan or submitted or ongoing_programme(r, clause, anchor.label, number.start)),
        summed=listed or added_stint(r, clause, name),  # "3 months IM, 2 months FM", "+"
    )
    if not in_plan and name in r.out.facts:  # "3 months of cores + 1 month IR elective"
        elective_in_usce(r, clause, anchor, convert(number.value, number.unit or "week", "week"))


def apply_negation(r: Reading, clause: Clause, anchor: Anchor, negation: Mention) -> None:
    if others_speak(r, clause) or excepted(r, anchor):
        return  # "my friend ... and no research", "no US letters except one from ..."
    if anchor.label in {"STEP1", "STEP3"}:
        anchor.statuses.add("ST_NOT_TAKEN")
        return
    if anchor.label == "LETTER":
        name = anchor.letter_field or letter_field(r, clause, anchor.start)
        if no_letters_at_all(r, clause, anchor):
            name = None
        for field in [name] if name else list(LETTER_FIELDS):
            r.out.add(field, 0)
        return
    name = ANCHOR_FIELDS[anchor.label]
    if anchor.label == "USCE" and r.out.facts.get(name):
        return  # "4 months USCE + 2 weeks observership (no hands-on)": a part has none
    r.out.add(name, 0.0 if SPECS[name].kind == "duration" else 0)
    if anchor.label == "RESEARCH" and anchor.text.lower() == "research" and not r.expected:
        r.out.add_default("ir_publications", 0)  # "no research at all": no papers either
