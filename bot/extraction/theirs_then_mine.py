"""Someone else's count, then the writer's: "my colleague has 3 IR letters, I have only 1",
"people say you need 3 pubs, I have 2". The others' number is not stored (``others_speak``);
the writer's bare number right after takes the thing the others' clause named. So does a
number after a clause telling what is wanted ("he told me I need more pubs. I have 1.").

Runs after the clause-by-clause reading; only when the writer's clause names nothing of its
own and holds one number that fits the field.
"""

from __future__ import annotations

from bot.extraction.context import others_speak
from bot.extraction.labels import ANCHOR_FIELDS, SOURCES
from bot.extraction.letter_sources import letter_field
from bot.extraction.numbers import NumberMention
from bot.extraction.pairing import accepts
from bot.extraction.reading import Anchor, Clause, Reading

_ME = frozenset({"i", "i'm", "im", "mine", "me", "my", "i've", "ive"})
_COUNTED = frozenset({"STEP2", "PUB", "ABSTRACT", "LETTER"})
# What may follow the writer's bare number ("I have only 1 so far", "mine is 2 lol").
_TAIL = frozenset({"only", "too", "though", "tho", "lol", "yet", "now", "so", "far", "atm", "!"})
_NAMING = frozenset({*ANCHOR_FIELDS, *SOURCES, "LETTER", "STEP1", "STEP3"})


def writers_own(r: Reading) -> None:
    for index, clause in enumerate(r.clauses[:-1]):
        if not (others_speak(r, clause) or _wanted(r, clause)):
            continue
        named = [m for m in r.within(clause, r.mentions) if m.label in _COUNTED]
        if len(named) != 1:
            continue
        mine = r.clauses[index + 1]
        number = _lone_number(r, mine)
        thing = named[0]
        if number is None and _none_of_mine(r, mine) and mine.sentence == clause.sentence:
            name = ANCHOR_FIELDS.get(thing.label)  # "He has 3 IR pubs and I have none"
            if name is not None and thing.label != "STEP2" and not r.out.has(name):
                r.out.add(name, 0)
            continue
        if number is None or mine.sentence - clause.sentence > 1:
            continue
        anchor = Anchor(thing.label, mine.start, mine.start, carried=True, text=thing.text)
        if not accepts(anchor, number, 0.0):
            continue
        name = (
            letter_field(r, clause, thing.start)
            if thing.label == "LETTER"
            else ANCHOR_FIELDS[thing.label]
        )
        if name is not None and not r.out.has(name):
            r.store_number(name, number, r.span_text(mine.start, mine.end))
            r.claimed.add(id(number))


# "he told me I need more pubs. I have 1.": what is wanted, then what the writer has.
_WANTING = frozenset({"need", "needs", "needed", "want", "wants", "require", "requires", "more"})


def _wanted(r: Reading, clause: Clause) -> bool:
    words = {r.doc[i].lower_ for i in range(clause.start, clause.end)}
    numbers = [n for n in r.within(clause, r.numbers) if not n.discarded]
    return bool(words & _WANTING) and not numbers  # not "I need 2 more letters"


def _none_of_mine(r: Reading, clause: Clause) -> bool:
    """ "I have none", "and I have none yet": the writer's clause with no count but "none"."""
    words = [r.doc[i].lower_ for i in range(clause.start, clause.end)]
    return bool(set(words) & {"i", "me"}) and "none" in words and set(words) <= _NONE_CLAUSE


_NONE_CLAUSE = frozenset({"i", "have", "'ve", "got", "none", "yet", "so", "far", "me", ":", "-"})


def _lone_number(r: Reading, clause: Clause) -> NumberMention | None:
    """The one free number of a clause of the writer's that names nothing else."""
    words = {r.doc[i].lower_ for i in range(clause.start, clause.end)}
    if not words & _ME or others_speak(r, clause):
        return None
    if any(m.label in _NAMING for m in r.within(clause, r.mentions)):
        return None
    # A carried letter word may have claimed the number without a source to store it under.
    numbers = [n for n in r.within(clause, r.numbers) if not n.discarded]
    if len(numbers) != 1:
        return None
    after = {r.doc[i].lower_ for i in range(numbers[0].end, clause.end)}
    return numbers[0] if after <= _TAIL else None  # not "I have 2 kids"
