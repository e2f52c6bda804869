"""A number the writer corrects inside the same message replaces the first one, never adds to it.

Writers fix a slip where they make it: "CK 235 - sorry, 253, typed it wrong", "CK 251. oh sorry
its 215 not 251", "observership for 3 weeks, sorry, it was 4 weeks", "4 DR interviews, actually
it was 5 interviews". The clause reader pairs both numbers with the field (a count or duration
then adds up: 7 weeks, 9 interviews) or only the first. After a correction cue, the old number O
is the last number before it (in its sentence, or the sentence before when the cue opens one);
the new number N follows the cue with only filler between (or, with nothing after the cue, N
sits right before it and O right before N: "CK 235, 253 sorry typo"). N must be of O's kind: a
duration for a duration; a bare number followed by the same fact word, by "not O", or of O's
size. The field whose fact word O's sentence names and whose stored value is O or O + N becomes
N; a "so M" closing the sentence ("..., not DR, so 0 for radiology") is the last word. A stored
value that is none of O, N, O + N ("4 weeks each, sorry, 3 weeks each") is dropped: a wrong fact
is worse than none.
"""

from __future__ import annotations

from bot.extraction.fields import SPECS, check, convert
from bot.extraction.labels import ANCHOR_FIELDS, SOURCES
from bot.extraction.numbers import NumberMention
from bot.extraction.reading import Reading

# Words that may sit between a correction cue and the new value ("sorry, it was 4 weeks").
_FILLER = frozenset(
    {",", "-", "—", "–", ":", "..", "...", "it", "its", "it's", "'s", "was", "is", "i", "got",
     "had", "did", "mean", "meant", "no", "wait", "oh", "actually", "typo", "sorry", "ok",
     "okay", "like", "only", "just", "really", "the", "score", "that", "it’s", "’s", "im", "am"}
)  # fmt: skip
_MARKS = frozenset({",", "-", "—", "–", "..", "...", "*", "/"})
_TIME_UNITS = frozenset({"week", "month", "year"})
_WEAK = frozenset({"actually", "actualy", "acutally", "sorry", "wait"})
_MAX_GAP = 5  # filler tokens between the cue and the new value


def inline_corrections(r: Reading) -> None:
    for cue_start, cue_end, strong in _cues(r):
        old = _old_number(r, cue_start)
        new = _new_number(r, cue_end)
        if new is None and old is not None and _only(r, old.end, cue_start, _MARKS):
            old, new = _before(r, old), old  # "CK 235, 253 sorry typo"
        if old is None or new is None or new.start <= old.end or not _same_kind(r, old, new):
            continue
        if new.end < len(r.doc) and r.doc[new.end].lower_ == "of":
            continue  # "4 interviews. Actually, 2 of them were prelim": a part, no correction
        field = _field(r, old, new, strong)
        if field is None:
            _drop_unsure(r, old, new)
            continue
        final = _closing(r, new) or new
        value = _value(field, final)
        if value is not None:
            r.out.facts[field] = value
            r.claimed.add(id(final))


def _cues(r: Reading) -> list[tuple[int, int, bool]]:
    """Correction cue spans ("sorry", "actually", "wait no", "I mean", "typo"), and whether
    the cue only corrects ("I meant", "typo") rather than also adds ("actually", "sorry")."""
    return sorted(
        (m.start, m.end, m.text.lower() not in _WEAK) for m in r.mentions if m.label == "CORRECTION"
    )


def _sentence(r: Reading, position: int) -> int | None:
    clause = r.clause_of(position)
    return clause.sentence if clause is not None else None


def _sentence_start(r: Reading, sentence: int) -> int:
    return min(c.start for c in r.clauses if c.sentence == sentence)


def _old_number(r: Reading, cue_start: int) -> NumberMention | None:
    sentence = _sentence(r, cue_start)
    if sentence is None:
        return None
    sentences = {sentence}
    if cue_start - _sentence_start(r, sentence) <= 2:
        sentences.add(sentence - 1)  # "CK 251. oh sorry its 215"
    before = [
        n
        for n in r.numbers
        if n.end <= cue_start and not n.discarded and _sentence(r, n.start) in sentences
    ]
    return max(before, key=lambda n: n.start) if before else None


def _new_number(r: Reading, cue_end: int) -> NumberMention | None:
    after = [n for n in r.numbers if n.start >= cue_end and not n.discarded]
    if not after:
        return None
    first = min(after, key=lambda n: n.start)
    between = [r.doc[i].lower_ for i in range(cue_end, first.start)]
    if len(between) > _MAX_GAP or any(w not in _FILLER for w in between):
        return None
    return first


def _only(r: Reading, start: int, end: int, words: frozenset[str]) -> bool:
    return all(r.doc[i].lower_ in words for i in range(start, end))


def _before(r: Reading, new: NumberMention) -> NumberMention | None:
    """The number right before ``new`` with only punctuation between ("235, 253")."""
    before = [n for n in r.numbers if n.end <= new.start and not n.discarded]
    old = max(before, key=lambda n: n.start) if before else None
    return old if old is not None and _only(r, old.end, new.start, _MARKS) else None


def _named(r: Reading, number: NumberMention) -> str | None:
    """The field the words right after the number name: "5 interviews", "3 IR letters"."""
    at = {m.start: m.label for m in r.mentions}
    label = at.get(number.end)
    if label in ANCHOR_FIELDS:
        return ANCHOR_FIELDS[label]
    if label in SOURCES and at.get(number.end + 1) == "LETTER":
        return SOURCES[label]
    return None


def _same_kind(r: Reading, old: NumberMention, new: NumberMention) -> bool:
    if (old.unit in _TIME_UNITS) != (new.unit in _TIME_UNITS):
        return False
    if old.unit in _TIME_UNITS or (old.year_like and new.year_like):
        return True
    named = _named(r, new)
    if named is not None:
        return named in _fields_near(r, old)
    if _restated(r, new, old):
        return True
    return old.value > 0 and 0.5 * old.value <= new.value <= 2 * old.value


def _restated(r: Reading, new: NumberMention, old: NumberMention) -> bool:
    """ "its 215 not 251": "not" and the old value right after the new one."""
    i = new.end
    while i < len(r.doc) and r.doc[i].text in {",", "-"}:
        i += 1
    if i >= len(r.doc) or r.doc[i].lower_ != "not":
        return False
    return any(n.start == i + 1 and n.value == old.value for n in r.numbers)


def _fields_near(r: Reading, old: NumberMention) -> set[str]:
    """Fields whose fact word the old number's sentence names up to the number's end and a
    word past it ("4 DR interviews")."""
    sentence = _sentence(r, old.start)
    near = {
        ANCHOR_FIELDS[m.label]
        for m in r.mentions
        if m.label in ANCHOR_FIELDS and _sentence(r, m.start) == sentence and m.start <= old.end + 1
    }
    named = _named(r, old)
    return near | {named} if named is not None else near


def _field(r: Reading, old: NumberMention, new: NumberMention, strong: bool) -> str | None:
    if any(
        m.label in ANCHOR_FIELDS and ANCHOR_FIELDS[m.label] not in _fields_near(r, old)
        for m in r.mentions
        if old.end <= m.start < new.start
    ):
        return None  # "CK 243, sorry, YOG 2019": another fact between
    candidates = []
    for name in _fields_near(r, old):
        stored = r.out.facts.get(name)
        was, now = _value(name, old), _value(name, new)
        if not isinstance(stored, (int, float)) or was is None or now is None:
            continue
        # "3 IR pubs, I meant 2 pubs": the new count the reader left to another field is this
        # one's after a cue that only corrects ("actually 2 pubs in cardiology" adds).
        own = id(new) not in r.claimed or (strong and _named(r, new) == name)
        if (stored == was and own) or abs(stored - (was + now)) < 1e-6:
            candidates.append(name)
    return candidates[0] if len(candidates) == 1 else None


def _drop_unsure(r: Reading, old: NumberMention, new: NumberMention) -> None:
    """ "2 observerships, 4 weeks each, sorry, 3 weeks each": the one field both numbers tell
    holds a value that is neither the old, the new nor their sum: it is dropped."""
    fields = _fields_near(r, old)
    if len(fields) != 1:
        return
    name = fields.pop()
    stored = r.out.facts.get(name)
    was, now = _value(name, old), _value(name, new)
    if not isinstance(stored, (int, float)) or was is None or now is None:
        return
    if new.unit is None and _named(r, new) != name:
        return  # a bare number: not surely the same fact
    if all(abs(stored - v) > 1e-6 for v in (was, now, was + now)):
        del r.out.facts[name]  # no value to offer for confirming either


def _closing(r: Reading, new: NumberMention) -> NumberMention | None:
    """ "1 interview but it was for a prelim spot, not DR, so 0 for radiology": a "so M" of
    the same kind later in the sentence is the writer's last word."""
    sentence = _sentence(r, new.start)
    for n in r.numbers:
        later = n.start > new.end and _sentence(r, n.start) == sentence and not n.discarded
        if not later or r.doc[n.start - 1].lower_ != "so" or n.unit != new.unit:
            continue
        if not any(m.label in ANCHOR_FIELDS for m in r.mentions if new.end < m.start < n.start):
            return n  # no other fact word between
    return None


def _value(name: str, number: NumberMention) -> float | int | None:
    spec = SPECS[name]
    value = number.value
    if spec.kind == "duration":
        if spec.unit is None or number.unit is None:
            return None
        value = convert(value, number.unit, spec.unit)
    if number.kind != "cardinal" or check(name, value):
        return None
    return float(value) if spec.kind == "duration" else int(value)
