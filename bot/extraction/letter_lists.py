"""Letters by source beyond "<count> <source> <letter word>": a count followed by its sources as
a list ("3 LORs from US attendings (IR, DR, IM)") and a single letter with a source and no
count ("letter from IM", "IR LOR").

The count is one letter from each source when the list is as long as the count; otherwise the
split is not said and nothing is stored (rather than all of them under the first source).
Runs before the clause-by-clause reading, which then leaves the count alone.
"""

from __future__ import annotations

from bot.extraction.context import others_speak
from bot.extraction.labels import ANCHORS, SOURCES
from bot.extraction.letter_sources import letter_field
from bot.extraction.numbers import NumberMention
from bot.extraction.pipeline import Mention
from bot.extraction.plans import planned
from bot.extraction.reading import Anchor, Clause, Reading
from bot.extraction.time_parts import after_duration


def listed_sources(r: Reading) -> None:
    for index, clause in enumerate(r.clauses):
        mentions = r.within(clause, r.mentions)
        numbers = [n for n in r.within(clause, r.numbers) if not n.discarded]
        if not any(m.label == "LETTER" for m in mentions) or len(numbers) > 1:
            continue
        if any(m.label in SOURCES for m in mentions):
            if not numbers:
                _named_writers(r, clause, r.clauses[index + 1 :])
            continue
        listed = _bare_sources(r, clause, r.clauses[index + 1 :])
        if not numbers:
            _one_each(r, clause, listed)
            continue
        if len(listed) < 2:
            continue
        number = numbers[0]
        r.claimed.add(id(number))
        if number.kind == "cardinal" and number.value == len(listed):
            for label in listed:
                r.out.add(SOURCES[label], 1, summed=True)


def _bare_sources(r: Reading, clause: Clause, following: list[Clause]) -> list[str]:
    """The sources named one a clause, with nothing else read in them, right after ``clause``."""
    found: list[str] = []
    for part in following:
        if part.sentence != clause.sentence or r.within(part, r.numbers):
            break
        mentions = r.within(part, r.mentions)
        sources = [m.label for m in mentions if m.label in SOURCES]
        if _only_us(r, part):
            continue  # "IR attending (US), DR PD (US)"
        if len(sources) != 1 or any(m.label in ANCHORS for m in mentions):
            break
        found.append(sources[0])
    return found


# Who writes a letter: "letters from my IR PI and one more IR attending".
_WRITERS = frozenset(
    {"pi", "attending", "attendings", "pd", "pds", "chair", "chief", "faculty", "preceptor",
     "preceptors", "mentor", "mentors", "supervisor", "supervisors", "director", "doctor",
     "doctors", "physician", "physicians", "radiologist", "radiologists", "consultant",
     "consultants", "professor", "professors"}
)  # fmt: skip
_LIST_JOINS = frozenset({"and", "plus", ",", "&", "also"})


def _named_writers(r: Reading, clause: Clause, following: list[Clause]) -> None:
    """ "letters from my IR PI and one more IR attending, plus one from the IM attending": a
    plural letter word, then its writers one a clause, each named with its source: one letter
    each (or the count given), 2 IR + 1 other here."""
    letter = next(m for m in r.within(clause, r.mentions) if m.label == "LETTER")
    if letter.end >= clause.end or r.doc[letter.end].lower_ != "from":
        return
    first = _writer(r, clause, letter.end)
    if first is None or planned(r, clause, clause.start, clause.end) or others_speak(r, clause):
        return
    items: list[tuple[str, float, NumberMention | None]] = [(first, 1.0, None)]
    previous = clause
    for part in following:
        between = {r.doc[i].lower_ for i in range(previous.end, part.start)}
        if part.sentence != clause.sentence or not between or not between <= _LIST_JOINS:
            break
        source = _writer(r, part, part.start)
        numbers = [n for n in r.within(part, r.numbers) if not n.discarded]
        if source is None or len(numbers) > 1 or planned(r, part, part.start, part.end):
            break
        number = numbers[0] if numbers else None
        if number is not None and (number.kind != "cardinal" or number.unit):
            break
        items.append((source, number.value if number else 1.0, number))
        previous = part
    if len(items) < 2:
        return
    for label, value, number in items:
        r.out.add(SOURCES[label], int(value), summed=True)
        if number is not None:
            r.claimed.add(id(number))


def _writer(r: Reading, clause: Clause, start: int) -> str | None:
    """The source of the one writer named in tokens [start, clause end), ending the clause
    ("my IR PI", "one more IR attending", "one from the IM sub-I attending")."""
    sources = [m for m in r.within(clause, r.mentions) if m.label in SOURCES and m.start >= start]
    last = r.doc[clause.end - 1].lower_
    others = [m for m in r.within(clause, r.mentions) if m.label == "LETTER" and m.start >= start]
    if len(sources) != 1 or last not in _WRITERS or others:
        return None
    return sources[0].label


def _one_each(r: Reading, clause: Clause, listed: list[str]) -> None:
    """ "Letters: IR attending (US), DR PD (US), IM attending (US)": a heading of letters with
    no count, then one source a clause: one letter from each."""
    colon = clause.end < len(r.doc) and r.doc[clause.end].text == ":"
    if not colon or not listed:
        return
    if any(planned(r, c, c.start, c.end) for c in r.clauses if c.sentence == clause.sentence):
        return  # "Letters: will get IR, DR"
    for label in listed:
        r.out.add(SOURCES[label], 1, summed=True)


def _only_us(r: Reading, clause: Clause) -> bool:
    words = {r.doc[i].lower_ for i in range(clause.start, clause.end)}
    return bool(words) and words <= {"us", "usa", "u.s.", "american"}


def single_letters(r: Reading, clause: Clause, anchors: list[Anchor]) -> None:
    """ "letter from IM", "IR LOR": a singular letter word with a source and no count."""
    if any(a.label == "LETTER" and a.filled for a in anchors):
        return
    mentions = r.within(clause, r.mentions)
    for anchor in anchors:
        if anchor.label != "LETTER" or anchor.carried or anchor.letter_field is not None:
            continue
        word = r.doc[anchor.start : anchor.end].text.lower()
        if word.endswith("s") or any(m.label == "NEG" for m in mentions):
            continue
        if _bracket_count_after(r, clause):
            continue  # "LoR from the IR attending there (1)": the count follows in brackets
        if _alternatives(r, clause, anchor.start):
            continue  # "should my new letter come from my PD or from the radiology dept?"
        name = letter_field(r, clause, anchor.start)
        has_source = any(m.label in SOURCES for m in mentions)
        if name is not None and has_source:
            if planned(r, clause, anchor.start, anchor.end):  # "will get an IR letter"
                r.out.doubt(name, 1, r.span_text(clause.start, clause.end))
            else:  # "is my IR letter enough?": the letter told already, not one more
                r.out.add(name, 1, summed=True, in_question=anchor.start in r.personal)
            anchor.filled = True


def _alternatives(r: Reading, clause: Clause, start: int) -> bool:
    """A letter asked about with its writers offered as choices ("from X or from Y?")."""
    if start not in r.personal and start not in r.asked:
        return False
    end = max(c.end for c in r.clauses if c.sentence == clause.sentence)
    words = [r.doc[i].lower_ for i in range(start, end)]
    return "or" in words and words.count("from") + words.count("or") >= 2


def _bracket_count_after(r: Reading, clause: Clause) -> bool:
    end = clause.end
    words = [r.doc[i].text for i in range(end, min(end + 3, len(r.doc)))]
    return len(words) == 3 and words[0] == "(" and words[2] == ")" and r.doc[end + 1].like_num


def parts_of_time(r: Reading, clause: Clause) -> bool:
    """ "USCE 4 months (2 IM + 2 Rads), 3 US LORs": the counts in brackets right after a
    duration are its parts (months by field), not letters; so is "..., 2 of them in IR"."""
    for i in range(clause.start - 1, -1, -1):
        text = r.doc[i].text
        if text == ")" or text in {".", "!", "?", ";"} or "\n" in text:
            break
        if text == "(":
            return any(n.unit is not None and _names_only(r, n.end, i) for n in r.numbers)
    return after_duration(r, clause)


_TIME_WORDS = frozenset({"USCE", "OBSERVERSHIP", "IR_ELECTIVE"})


def _names_only(r: Reading, start: int, end: int) -> bool:
    """Tokens [start, end) are empty or the experience's words ("3 months USCE (2 IM, ...)")."""
    named = {i for m in r.mentions if m.label in _TIME_WORDS for i in range(m.start, m.end)}
    return 0 <= end - start <= 3 and all(
        i in named or r.doc[i].lower_ == "of" for i in range(start, end)
    )


def names_anchor(r: Reading, source: Mention) -> bool:
    """ "2 ir pubs 1 dr lor": a source right before another thing counted names its field; it
    takes no count of letters."""
    return any(
        m.start == source.end and m.label in ANCHORS and m.label != "LETTER" for m in r.mentions
    )
