"""Publication counts given in parts: per field in one sentence ("1 IR pub, 2 DR pubs, 3 case
reports in medicine" is 3 IR or radiology papers: the parts in IR and radiology add up, other
fields count none; read before the clause-by-clause reading, which then leaves them alone), and
a total followed by its parts ("4 pubs total (2 in IR, 2 in ortho)", "pubs: 4 (2 IR)").
"""

from __future__ import annotations

from bot.extraction.context import UNPUBLISHED_WORDS, WorkKind, others_speak, publication_kind
from bot.extraction.inferred_zeros import unstated_zero
from bot.extraction.labels import ANCHORS
from bot.extraction.reading import Clause, Reading

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
    unstated_zero(r)  # "1 pub (cardiology)": no IR papers only inferred, to confirm


_PUBLISHED_WORDS = frozenset({"accepted", "published", "press", "epub"})


def publication_parts(r: Reading) -> None:
    """A publication count followed by qualified parts ("4 pubs total (2 in IR, 2 in ortho)",
    "one pub in neurology and 2 in IR") counts the IR or radiology parts only. A total with no
    field or status of its own, or one its parts add up to ("15 papers, 11 in radiology, 4 in
    neurology"), is replaced by its parts; a part without a field or status leaves the count
    alone, and an aside in brackets after a part describes that part."""
    for mention in r.mentions:
        clause = r.clause_of(mention.start) if mention.label == "PUB" else None
        if clause is not None and not r.within(clause, r.numbers):
            clause = _after_colon(r, clause)  # "pubs: 4 (2 IR)"
        own = r.within(clause, r.numbers) if clause else []
        if clause is None or len(own) != 1 or _aside(r, clause):
            continue
        parts = _parts(r, clause)
        if not parts:
            _described_some(r, clause, own[0].value)
            continue
        if _more_unpublished(parts, own[0].value) or _statuses_of_total(r, clause, parts):
            continue  # "1 pub and 2 in progress": the 2 are more papers, not yet out
        split = len(parts) > 1 and sum(v for v, _, _ in parts) == own[0].value
        kind = _part_kind(r, clause) or WorkKind.IR
        if _qualified(r, clause) and _in_brackets(r, clause) and kind is WorkKind.IR:
            # ... less the parts outside it ("3 papers in radiology (1 under review)": 2)
            outside = sum(v for v, k, _ in parts if k is not WorkKind.IR)
            inside = [(0.0, k, i) for _, k, i in parts]
            parts = [(own[0].value - outside, kind, id(own[0])), *inside]
        elif _qualified(r, clause) and not split and not _divided(r, clause, parts):
            parts.insert(0, (own[0].value, kind, id(own[0])))
        counted = int(sum(v for v, k, _ in parts if k is WorkKind.IR))
        if counted:
            r.out.add("ir_publications", counted)
        else:  # "2 IR case reports and 1 cardiology paper (nothing to do with radiology)": 2
            r.out.add_default("ir_publications", 0)
        r.claimed.update(number_id for _, _, number_id in parts)


def _described_some(r: Reading, clause: Clause, total: float) -> None:
    """ "2 case reports published (one in CVIR Endovascular)": an aside in brackets with a
    smaller count and no field or status describes some of the papers; the total stays."""
    index = r.clauses.index(clause) + 1
    aside = r.clauses[index] if index < len(r.clauses) else None
    if aside is None or aside.start == 0 or r.doc[aside.start - 1].text != "(":
        return
    numbers = [n for n in r.within(aside, r.numbers) if not n.discarded]
    if len(numbers) != 1 or numbers[0].value >= total or _part_kind(r, aside) is not None:
        return
    if _has_anchor(r, aside) or r.out.facts.get("ir_publications") != numbers[0].value:
        return
    if publication_kind(r, clause) is WorkKind.IR:
        r.out.add("ir_publications", int(total))


def _statuses_of_total(
    r: Reading, clause: Clause, parts: list[tuple[float, WorkKind, int]]
) -> bool:
    """ "2 pubs in interventional radiology, 1 in press": a part told only by its status after a
    total with its field is one of the total's papers, not one more."""
    if not any(m.label in _OURS for m in r.within(clause, r.mentions)):
        return False
    index = r.clauses.index(clause) + 1
    following = [c for c in r.clauses[index : index + len(parts)] if c.sentence == clause.sentence]
    sourced = any(m.label.startswith("SRC_") for c in following for m in r.within(c, r.mentions))
    return not sourced and all(kind is WorkKind.IR for _, kind, _ in parts)


def _parts(r: Reading, clause: Clause) -> list[tuple[float, WorkKind, int]]:
    parts: list[tuple[float, WorkKind, int]] = []
    for part in r.clauses[r.clauses.index(clause) + 1 :]:
        numbers = [n for n in r.within(part, r.numbers) if not n.discarded]
        kind = _part_kind(r, part)
        none = [m for m in r.within(part, r.mentions) if m.label == "NEG"]
        if parts and part.start > 0 and r.doc[part.start - 1].text == "(":
            continue  # "only 1 is radiology (a retrospective IR study)": the part described
        if part.sentence != clause.sentence or _has_anchor(r, part):
            break
        if {r.doc[i].lower_ for i in range(part.start, part.end)} & {"more", "additional"}:
            break  # "2 pubs and 1 more under review": one more, not a part of the 2
        if not numbers and none and kind is not None:  # "but none in radiology"
            parts.append((0.0, kind, id(none[0])))
            continue
        if not numbers and kind is not None:
            continue  # "12 pubs but all in cardiology and 1 in IR": the part counted is later
        if len(numbers) != 1:
            break
        if kind is None:
            return []
        parts.append((numbers[0].value, kind, id(numbers[0])))
    return parts


def _more_unpublished(parts: list[tuple[float, WorkKind, int]], total: float) -> bool:
    """Unpublished parts as many as the total or more cannot be a part of it."""
    unpublished = all(kind is WorkKind.UNPUBLISHED for _, kind, _ in parts)
    return unpublished and sum(value for value, _, _ in parts) >= total


def _in_brackets(r: Reading, clause: Clause) -> bool:
    """ "4 pubs in radiology journals (2 IR)": parts in brackets are in the total, not added."""
    index = r.clauses.index(clause) + 1
    following = r.clauses[index] if index < len(r.clauses) else None
    return following is not None and r.doc[following.start - 1].text == "("


def _aside(r: Reading, clause: Clause) -> bool:
    """A clause in brackets right after a counted one describes it ("1 in IR (a case report)")."""
    index = r.clauses.index(clause)
    if index == 0 or clause.start == 0 or r.doc[clause.start - 1].text != "(":
        return False
    return bool(r.within(r.clauses[index - 1], r.numbers))


def _qualified(r: Reading, clause: Clause) -> bool:
    words = {r.doc[i].lower_ for i in range(clause.start, clause.end)}
    sources = any(m.label.startswith("SRC_") for m in r.within(clause, r.mentions))
    return sources or bool(words & (UNPUBLISHED_WORDS | _PUBLISHED_WORDS))


def _divided(r: Reading, clause: Clause, parts: list[tuple[float, WorkKind, int]]) -> bool:
    """ "I published 11 papers: 2 in radiology journals and the rest in cardiology": a total
    told only as published, split by field, holds its parts (not "2 IR pubs, 1 in cardiology")."""
    if any(m.label.startswith("SRC_") for m in r.within(clause, r.mentions)):
        return False
    return all(kind is not WorkKind.UNPUBLISHED for _, kind, _ in parts) and sum(
        value for value, _, _ in parts
    ) < next(n.value for n in r.within(clause, r.numbers))


def _part_kind(r: Reading, part: Clause) -> WorkKind | None:
    words = {r.doc[i].lower_ for i in range(part.start, part.end)}
    sources = [m.label for m in r.within(part, r.mentions) if m.label.startswith("SRC_")]
    if words & UNPUBLISHED_WORDS:
        return WorkKind.UNPUBLISHED
    if sources:
        return WorkKind.OTHER_FIELD if sources[0] == "SRC_OTHER" else WorkKind.IR
    return WorkKind.IR if words & _PUBLISHED_WORDS else None


def _has_anchor(r: Reading, clause: Clause) -> bool:
    """An anchor of its own ("published" in "(1 accepted, 1 published)" is a part's status)."""
    return any(
        m.label in ANCHORS and not (m.label == "PUB" and m.text.lower() in _PUBLISHED_WORDS)
        for m in r.within(clause, r.mentions)
    )


def _after_colon(r: Reading, clause: Clause) -> Clause:
    index = r.clauses.index(clause) + 1
    colon = clause.end < len(r.doc) and r.doc[clause.end].text == ":"
    return r.clauses[index] if colon and index < len(r.clauses) else clause
