"""Facts read clause by clause: each anchor ("step 2", "LoRs", "USCE") takes its number.

A clause with a number but no anchor inherits the previous clause's anchor in the same
sentence ("2 LoRs from IR, 1 from DR"; "Step 2 CK, 251").
"""

from __future__ import annotations

from dataclasses import replace

from bot.extraction.carry import (
    ALWAYS_CARRIED,
    after_letter_word,
    another_stint,
    bracket_label,
    colon,
    ends_at_colon,
    heading,
    heading_left,
    stints_before,
)
from bot.extraction.exams import assign_statuses
from bot.extraction.fields import LETTER_FIELDS
from bot.extraction.follows import sentence_anchor
from bot.extraction.labels import ANCHORS, SOURCES, SUMMED_STINTS
from bot.extraction.letter_lists import names_anchor, parts_of_time, single_letters
from bot.extraction.letters_abroad import from_abroad
from bot.extraction.negation import ends_before_now, negates_another
from bot.extraction.numbers import NumberMention
from bot.extraction.pairing import (
    accepts,
    apply_negation,
    apply_number,
    counts_another_thing,
    distance,
)
from bot.extraction.pipeline import Mention
from bot.extraction.qualifiers import (
    NEVER,
    failed_score,
    interviews_at_programs,
    not_counted,
    per_item,
    unlikely,
)
from bot.extraction.reading import Anchor, Clause, Reading
from bot.extraction.references import referenced
from bot.extraction.stint_kinds import ir_time_anchor, observed_usce
from bot.extraction.stints import named_stint

NO_NONE = frozenset({"STEP2", "STEPS_ALL"})  # anchors a "no" says nothing of
RELATIVE_YEAR = {"last": -1, "this": 0, "next": 1}


def read_clauses(r: Reading) -> None:
    previous: Anchor | None = None
    previous_sentence = -1
    letter_sentences = {
        c.sentence for c in r.clauses if any(m.label == "LETTER" for m in r.within(c, r.mentions))
    } | after_letter_word(r)
    head: Anchor | None = None  # "USCE: ...": the anchor before the sentence's colon
    for clause in r.clauses:
        if clause.sentence != previous_sentence:
            previous = sentence_anchor(r, clause, previous)
            previous_sentence = clause.sentence
            head = None
        anchors = _anchors(
            r, clause, heading_left(previous, head), clause.sentence in letter_sentences
        )
        named = bracket_label(r, clause, anchors)  # "245 (ck)"
        if named is not None:
            apply_number(r, clause, anchors[0], named)
            r.claimed.add(id(named))
        _pair(r, clause, anchors)
        _relative_graduation(r, clause, anchors)
        assign_statuses(r, clause, anchors)
        if head is not None and any(
            a.carried and a.filled and a.origin == head.origin for a in anchors
        ):
            head.filled = True
        if anchors:
            previous = anchors[-1]
            head = head or next((a for a in anchors if ends_at_colon(r, a)), None)


def _anchors(
    r: Reading, clause: Clause, previous: Anchor | None, letter_sentence: bool
) -> list[Anchor]:
    mentions = r.within(clause, r.mentions)
    mentions = [m for m in mentions if not referenced(r, clause, m)]  # "after my obs"
    found = [Anchor(m.label, m.start, m.end, text=m.text) for m in mentions if m.label in ANCHORS]
    found = observed_usce(r, found)  # "usce 2 months IM obs only"
    sources = [m for m in mentions if m.label in SOURCES]
    carried: list[Anchor] = []
    inherits = previous is not None and (
        not previous.filled
        or previous.label in ALWAYS_CARRIED
        or (
            previous.label in SUMMED_STINTS
            and another_stint(r, clause)
            and named_stint(r, clause, previous.label)
        )
    )
    if (not found or heading(r, clause, previous, found)) and previous is not None and inherits:
        carried = [
            Anchor(
                previous.label,
                clause.start,
                clause.start,
                carried=True,
                filled=previous.filled,
                text=previous.text,
                origin=previous.origin,
            )
        ]
    if not found and (not carried or carried[0].label == "USCE"):  # "USCE: IM 8 wks, IR 4 wks"
        found = ir_time_anchor(r, clause, sources)
        carried = [] if found else carried
    letters = any(a.label == "LETTER" for a in found + carried)
    # "2 IR + 1 DR LORs": the letter word comes later in the sentence.
    letters_later = not found and not carried and letter_sentence and not parts_of_time(r, clause)
    if letters or letters_later or r.expected in LETTER_FIELDS:
        # Each source in a letter clause can take its own count ("lors: 2 IR 1 DR"); next
        # to a letter word it must be adjacent ("1 LOR from an IR doc" is one letter).
        reach = 1.0 if any(a.label == "LETTER" for a in found) else 3.0
        found += [
            Anchor("LETTER", m.start, m.end, letter_field=SOURCES[m.label], reach=reach)
            for m in sources
            if not names_anchor(r, m) and not from_abroad(r, clause, m.start, m)
        ]
        if found:
            carried = [a for a in carried if a.label != "LETTER"]
    return sorted(found + carried, key=lambda a: a.start)


def _pair(r: Reading, clause: Clause, anchors: list[Anchor]) -> None:
    """Nearest compatible (anchor, number-or-"no") pairs first; each item is used once."""
    interviews_at_programs(r, anchors)
    numbers = [n for n in r.within(clause, r.numbers) if not n.discarded and id(n) not in r.claimed]
    negations = [m for m in r.within(clause, r.mentions) if m.label == "NEG"]
    if ends_before_now([r.doc[i].lower_ for i in range(clause.start, clause.end)]):
        negations = []  # "I had no research experience until last year": not so now
    candidates: list[tuple[float, int, Anchor, NumberMention | Mention]] = []
    anchors = [a for a in anchors if not not_counted(r, a)]  # "... in India", "MD Radiology"
    for anchor in anchors:
        for number in numbers:
            if per_item(r, anchor, number) or failed_score(r, anchor, number):
                number.discarded = True  # "1 interview each", "failed CK once (218)"
                continue
            gap = distance(anchor, number.start, number.end) + unlikely(r, anchor, number)
            if (
                gap < NEVER
                and accepts(anchor, number, gap)
                and not counts_another_thing(r, anchor, number)
            ):
                candidates.append((gap, number.start, anchor, number))
        for negation in negations:
            before = negation.end <= anchor.start and anchor.start - negation.end <= 3
            before = before and not negates_another(r.doc, negation.end, anchor.start)
            after = negation.start >= anchor.end and negation.start - anchor.end <= 2
            # "applying with no CK score": a "no" right before an anchor is that anchor's.
            after = after and not any(0 <= a.start - negation.end <= 1 for a in anchors)
            # "2 cycles of applying with nothing": the outcome, not the anchor before, is none
            after = after and r.doc[max(0, negation.start - 1)].lower_ not in {"with", "for"}
            # "DR interviews without sounding ...": "without" negates what follows it only
            after = after and negation.text.lower() != "without"
            # "USCE: none": a heading's "no" starts the clause after its colon.
            heading = anchor.carried and negation.start == clause.start and colon(r, clause)
            if (
                (before or after)
                and (heading or not anchor.carried)
                and anchor.label not in NO_NONE
            ):
                gap = distance(anchor, negation.start, negation.end)
                candidates.append((gap, negation.start, anchor, negation))
    candidates.sort(key=lambda c: (c[0], c[1]))
    for _gap, _start, anchor, item in candidates:
        if anchor.filled and not (anchor.carried and anchor.label in {"LETTER", *SUMMED_STINTS}):
            continue
        if id(item) in r.claimed:
            continue
        if isinstance(item, NumberMention):
            apply_number(r, clause, anchor, item)
            listed = replace(
                anchor, carried=True, filled=True
            )  # adds up, as "USCE: 2 months IM, 1 month FM"
            for stint in stints_before(r, clause, anchor, item):  # "2 months IM + 1 month FM usce"
                apply_number(r, r.clause_of(stint.start) or clause, listed, stint)
                r.claimed.add(id(stint))
        else:
            apply_negation(r, clause, anchor, item)
        r.claimed.add(id(item))
        anchor.filled = True
    single_letters(r, clause, anchors)


def _relative_graduation(r: Reading, clause: Clause, anchors: list[Anchor]) -> None:
    """ "graduated last year", "graduating next year"."""
    grads = [a for a in anchors if a.label == "GRAD" and not a.filled and not a.carried]
    relative = [m for m in r.within(clause, r.mentions) if m.label == "YEAR_RELATIVE"]
    if grads and relative:
        offset = RELATIVE_YEAR[relative[0].text.split()[0].lower()]
        r.out.add("graduation_year", r.current_year + offset)
        grads[0].filled = True
