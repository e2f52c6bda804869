"""A value corrected inside the message: "CK 243 - no wait its 245", "YOG 2018, sorry I mean
2019", "CK 243 no wait 245". Right after a correction cue (not a lone "sorry"), a free number
of the same sentence (no other anchor between) replaces the value of the last anchor before
the cue when that anchor can take it and the number is of the same size (half to twice the
first); counts that add up (letters, abstracts, interviews) are left alone.
"""

from __future__ import annotations

from bot.extraction.fields import SUMMED_FIELDS
from bot.extraction.labels import ANCHOR_FIELDS
from bot.extraction.pairing import accepts
from bot.extraction.reading import Anchor, Reading


def corrected_values(r: Reading) -> None:
    # "sorry" alone apologises as often as it corrects ("sorry for the long post").
    for cue in [m for m in r.mentions if m.label == "CORRECTION" and m.text.lower() != "sorry"]:
        clause = r.clause_of(cue.start)
        if clause is None:
            continue
        sentence = clause.sentence
        before = [
            m
            for m in r.mentions
            if m.end <= cue.start
            and m.label in ANCHOR_FIELDS
            and (c := r.clause_of(m.start)) is not None
            and c.sentence == sentence
        ]
        if not before:
            continue
        last = max(before, key=lambda m: m.start)
        name = ANCHOR_FIELDS[last.label]
        if name in SUMMED_FIELDS or name not in r.out.facts:
            continue
        number = next((n for n in r.free_numbers() if n.start >= cue.end), None)
        if number is None or number.start - cue.end > 3:
            continue  # the new value comes right after the cue ("no wait its 245")
        if (c := r.clause_of(number.start)) is None or c.sentence != sentence:
            continue
        if any(m.label in ANCHOR_FIELDS and cue.end <= m.start < number.start for m in r.mentions):
            continue  # "CK 243, sorry, YOG 2019": another fact is corrected
        old = float(r.out.facts[name])
        if not 0.5 * old <= number.value <= 2 * old:
            continue  # "CK 240, sorry I have 2 kids": not the same kind of number
        anchor = Anchor(last.label, number.start, number.start, carried=True, text=last.text)
        if accepts(anchor, number, 0.0):
            r.store_number(name, number, r.span_text(last.start, number.end))
            r.claimed.add(id(number))
