"""Which anchor a clause takes over from the one before it: letters counted by source in the
sentence after a letter word, the answer to one's own question ("mine is 258"), a heading
before a colon ("LORs: 1 from the observership IR doc"), one more stint of a listed experience.
"""

from __future__ import annotations

from bot.extraction.labels import ANCHORS, EXAMS, LISTED_TIMES, SOURCES
from bot.extraction.number_words import NOISE_NOUNS
from bot.extraction.numbers import NumberMention
from bot.extraction.pairing import accepts, distance
from bot.extraction.reading import Anchor, Clause, Reading
from bot.extraction.stints import broken_down, restated

# Anchors a following clause inherits even after they got a value: letters split by source,
# exams whose status comes a clause later ("step 2 251, first attempt").
ALWAYS_CARRIED = frozenset({"LETTER", *EXAMS})
_PART_WORDS = frozenset(
    {"of", "including", "incl", "which", "total", "gap", "ago", "left", "remaining", "more",
     "overall", "altogether", "combined"}
)  # fmt: skip
# "plus 1 month telerotation": online, not one more stint in the US.
_NOT_IN_PERSON = frozenset(
    {"telerotation", "telerotations", "tele", "virtual", "online", "remote", "teleradiology"}
)


def after_letter_word(r: Reading) -> set[int]:
    """ "is 5 letters too many? I have 2 from IR, 2 from DR": the sentence right after one
    with a letter word counts letters by source when it says "<count> from <source>" (or
    "<count> <source>" with no other count's word: "I have 1 IR and 2 IM")."""
    letter = [m for m in [*r.mentions, *r.asked_mentions] if m.label == "LETTER"]
    following = {c.sentence + 1 for m in letter if (c := r.clause_of(m.start)) is not None}
    counted_from = {
        c.sentence
        for c in r.clauses
        for n in r.within(c, r.numbers)
        if n.end < len(r.doc) and n.unit is None and _by_source(r, n.end)
    }
    return following & counted_from


def heading(r: Reading, clause: Clause, previous: Anchor | None, found: list[Anchor]) -> bool:
    """ "LORs: 1 from the observership IR doc": an unfilled anchor that ends right before a
    colon heads the clause after it, also when that clause names another anchor that cannot
    take its number (not "USCE: 3 months IR elective", where the elective takes it)."""
    if previous is None or previous.filled or not colon(r, clause):
        return False
    if previous.end != clause.start - 1:
        return False
    numbers = r.within(clause, r.numbers)
    found = [a for a in found if not ends_at_colon(r, a)]  # "pubs: 0 abstracts: 3": a next head
    return not any(accepts(a, n, distance(a, n.start, n.end)) for a in found for n in numbers)


def colon(r: Reading, clause: Clause) -> bool:
    return clause.start > 0 and r.doc[clause.start - 1].text == ":"


def another_stint(r: Reading, clause: Clause) -> bool:
    """A clause that is one more stint of the same experience ("2 months FM", "2 weeks at
    Emory"), not a part of the one before ("1 month of it in FM")."""
    words = {r.doc[i].lower_ for i in range(clause.start, clause.end)}
    timed = [n for n in r.within(clause, r.numbers) if n.unit in {"week", "month"}]
    if _after_a_total(r, clause) or restated(r, clause) or broken_down(r, clause):
        return False  # "USCE 3 months total: 2 months IM, 1 month FM": its parts
    return len(timed) == 1 and not words & (_PART_WORDS | _NOT_IN_PERSON) and not timed[0].ago


_TOTAL_WORDS = frozenset({"total", "overall", "altogether", "combined"})


def _after_a_total(r: Reading, clause: Clause) -> bool:
    """A clause of a sentence whose earlier clause gave a total ("3 months total:")."""
    return any(
        other.sentence == clause.sentence
        and other.end <= clause.start
        and {r.doc[i].lower_ for i in range(other.start, other.end)} & _TOTAL_WORDS
        for other in r.clauses
    )


def ends_at_colon(r: Reading, anchor: Anchor) -> bool:
    return not anchor.carried and anchor.end < len(r.doc) and r.doc[anchor.end].text == ":"


def heading_left(previous: Anchor | None, head: Anchor | None) -> Anchor | None:
    """ "USCE: 3 months IR elective + 2 months IM": after an item that another anchor took,
    the sentence's heading still waits for its number (the IM months are USCE)."""
    if head is None or head.filled or previous is None or previous is head:
        return previous
    if previous.filled and previous.label not in ALWAYS_CARRIED:
        return head
    return previous


_STINT_JOINERS = frozenset({"+", "and", ",", "&", "plus"})


def stints_before(
    r: Reading, clause: Clause, anchor: Anchor, number: NumberMention
) -> list[NumberMention]:
    """ "2 months IM + 1 month FM usce": the stints listed before the experience word, each in
    its own clause with one duration and no anchor, joined by "+", "and" or a comma."""
    if anchor.label not in LISTED_TIMES or anchor.carried or number.unit is None:
        return []
    found: list[NumberMention] = []
    index = r.clauses.index(clause)
    while index > 0:
        before = r.clauses[index - 1]
        joiner = r.doc[before.end].lower_ if before.end < len(r.doc) else ""
        timed = [n for n in r.within(before, r.numbers) if n.unit in {"week", "month"}]
        free = [n for n in timed if id(n) not in r.claimed and not n.discarded]
        if before.sentence != clause.sentence or joiner not in _STINT_JOINERS:
            break
        if len(timed) != 1 or len(free) != 1 or _has_anchor(r, before):
            break
        found.append(free[0])
        index -= 1
    return found


def _has_anchor(r: Reading, clause: Clause) -> bool:
    return any(m.label in ANCHORS for m in r.within(clause, r.mentions))


_STATUSES = frozenset({"ST_PASS", "ST_FAIL", "ST_RETAKE", "ST_FIRST"})


def status_follows(r: Reading, clause: Clause, previous: Anchor | None) -> Anchor | None:
    """ "Will my step 1 failure be a red flag? passed on 2nd attempt in 2022": a sentence that
    opens with a status speaks of the exam the sentence before ended with."""
    if previous is None or previous.label not in EXAMS:
        return None
    opens = any(m.start == clause.start and m.label in _STATUSES for m in r.mentions)
    if not opens:
        return None
    return Anchor(
        previous.label, clause.start, clause.start, text=previous.text, origin=previous.origin
    )


def _by_source(r: Reading, end: int) -> bool:
    """ "2 from IR", "1 IR and 2 IM": a count of letters by source (not "2 IR pubs", where the
    source names the field of another anchor)."""
    if r.doc[end].lower_ == "from":
        return True
    if r.sentence_words(end) & NOISE_NOUNS:  # "30 IR and 60 DR programs"
        return False
    clause = r.clause_of(end)
    sentence = clause.sentence if clause else -1
    others = ANCHORS - {"LETTER", "RESEARCH"}  # "pubs: 4 (2 IR)" counts papers
    if any(
        m.label in others
        for c in r.clauses
        if c.sentence == sentence
        for m in r.within(c, r.mentions)
    ):
        return False
    source = next((m for m in r.mentions if m.start == end and m.label in SOURCES), None)
    anchored = source is not None and any(
        m.start == source.end and m.label in ANCHORS for m in r.mentions
    )
    return source is not None and not anchored


def bracket_label(r: Reading, clause: Clause, anchors: list[Anchor]) -> NumberMention | None:
    """ "YOG: 2019 (MBBS), 2020 (internship)", "245 (ck)": an anchor alone in brackets right
    after a number names that number; it never takes the next one. Returns the number when
    still free (the caller pairs it), and marks the anchor filled either way."""
    if len(anchors) != 1 or anchors[0].carried or clause.start < 2:
        return None
    anchor = anchors[0]
    if r.doc[clause.start - 1].text != "(" or (anchor.start, anchor.end) != (
        clause.start,
        clause.end,
    ):
        return None
    anchor.filled = True
    before = next((n for n in r.numbers if n.end == clause.start - 1), None)
    if before is None or id(before) in r.claimed or before.discarded:
        return None
    return before if accepts(anchor, before, 0.5) else None
