"""Publication counts given per field in one sentence: "1 IR pub, 2 DR pubs, 3 case reports in
medicine" is 3 IR or radiology papers (the parts in IR and radiology add up, other fields count
none). Runs before the clause-by-clause reading, which then leaves these counts alone.
"""

from __future__ import annotations

from bot.extraction.context import others_speak
from bot.extraction.reading import Reading

_OURS = frozenset({"SRC_IR", "SRC_DR"})


def publications_by_field(r: Reading) -> None:
    by_sentence: dict[int, list[tuple[float, str, int]]] = {}
    for mention in r.mentions:
        clause = r.clause_of(mention.start) if mention.label == "PUB" else None
        if clause is None or others_speak(r, clause):
            continue  # "my senior matched with 3 IR pubs, and i have 1 IR pub"
        source = next(
            (m.label for m in r.mentions if m.label.startswith("SRC_") and m.end == mention.start),
            None,
        )
        number = next((n for n in r.numbers if n.end == mention.start - (1 if source else 0)), None)
        if source is None or number is None or number.kind != "cardinal" or number.unit:
            continue
        by_sentence.setdefault(clause.sentence, []).append((number.value, source, id(number)))
    for parts in by_sentence.values():
        if len(parts) < 2:
            continue
        r.out.add("ir_publications", int(sum(v for v, source, _ in parts if source in _OURS)))
        r.claimed.update(number_id for _, _, number_id in parts)
