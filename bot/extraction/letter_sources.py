"""Which letter field a letter count goes to: the source nearest the count in its clause, or
alone in the clause beside it ("3 US LORs (non-rads)", "one letter, from an IR attending",
"rads letters: 2"), never a source abroad; and "no US letters" meaning none from anyone."""

from __future__ import annotations

from bot.extraction.fields import LETTER_FIELDS
from bot.extraction.labels import ANCHORS, SOURCES
from bot.extraction.letters_abroad import from_abroad
from bot.extraction.pipeline import Mention
from bot.extraction.reading import Anchor, Clause, Reading

# "No US letters": a letter word qualified like this means every source, not the one asked.
GENERAL_LETTER_WORDS = frozenset({"us", "u.s.", "u.s", "usa", "american", "any"})
# Where a source's clause goes on about something else ("... where I did an observership").
_TAILS = frozenset({"where", "which", "who", "when", "during", "after"})


def letter_field(r: Reading, clause: Clause, near: int) -> str | None:
    """The letter field of the source nearest ``near`` (or the asked letter field)."""
    sources = [m for m in r.within(clause, r.mentions) if m.label in SOURCES]
    if not sources:
        sources = _shared_writer(r, clause)
    if not sources:
        sources = _sources_beside(r, clause, 1) or _sources_beside(r, clause, -1)
    if not sources:
        return r.expected if r.expected in LETTER_FIELDS else None
    closest = min(sources, key=lambda m: abs(m.start - near))
    return None if from_abroad(r, clause, near, closest) else SOURCES[closest.label]


# "The IR attending knows me well and wrote me a letter": a verb of writing opening the clause
# after "and" shares the subject of the clause before.
_WRITING = frozenset({"wrote", "writes", "write", "gave", "gives", "give", "provided", "signed"})


def _shared_writer(r: Reading, clause: Clause) -> list[Mention]:
    """The one source opening the clause before, when ``clause`` opens with "and <writing verb>"
    in the same sentence."""
    index = r.clauses.index(clause)
    if index == 0 or clause.start == 0 or r.doc[clause.start - 1].lower_ != "and":
        return []
    if r.doc[clause.start].lower_ not in _WRITING:
        return []
    before = r.clauses[index - 1]
    sources = [m for m in r.within(before, r.mentions) if m.label in SOURCES]
    head = before.start + 3  # "the IR attending", "my DR PD": the subject opens the clause
    if before.sentence != clause.sentence or len(sources) != 1 or sources[0].start > head:
        return []
    return sources


def _sources_beside(r: Reading, clause: Clause, step: int) -> list[Mention]:
    """The source alone in the next clause ("3 US LORs (non-rads)", "one letter, from an IR
    attending") or, for a count after a colon, the previous one ("rads letters: 2")."""
    index = r.clauses.index(clause) + step
    other = r.clauses[index] if 0 <= index < len(r.clauses) else None
    if other is None:
        return []
    end = other.end
    if step > 0:  # "from an IR attending at Jackson where I did a 4 week observership"
        end = next((i for i in range(other.start, other.end) if r.doc[i].lower_ in _TAILS), end)
    numbers = [n for n in r.numbers if other.start <= n.start < end]
    counts = [n for n in numbers if step < 0 or n.kind != "article"]
    if other.sentence != clause.sentence or counts:
        return []
    mentions = [m for m in r.mentions if other.start <= m.start < end]
    if step > 0 and any(m.label in ANCHORS for m in mentions):
        return []
    return [m for m in mentions if m.label in SOURCES]


def no_letters_at_all(r: Reading, clause: Clause, anchor: Anchor) -> bool:
    """ "No US letters yet" answers every letter question, also when one source was asked.

    A plain "none" or "no letters" to "how many from US IRs?" stays that one answer. A
    letter word with no source (IR, DR, ...) in its clause is general when its sentence
    also says "US", "any" or "at all".
    """
    if anchor.letter_field is not None or anchor.carried:
        return False
    if any(m.label in SOURCES for m in r.within(clause, r.mentions)):
        return False
    words = r.sentence_words(anchor.start)
    return bool(words & GENERAL_LETTER_WORDS) or {"at", "all"} <= words


_EXCEPT = frozenset({"except", "besides", "apart", "excluding"})


def excepted(r: Reading, anchor: Anchor) -> bool:
    """ "No US letters except one from the attending who is IR": the "no" has an exception
    right after the letter word, so it is no zero (the exception is read on its own)."""
    if anchor.label != "LETTER":
        return False  # "no USCE other than observerships" is no USCE
    following = {r.doc[i].lower_ for i in range(anchor.end, min(anchor.end + 2, len(r.doc)))}
    return bool(following & _EXCEPT)
