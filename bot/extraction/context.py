"""Facts read in context: what a message only plans, or counts outside IR and radiology, is
not stored as done.

- plans ("I will get an IR letter next month", "hoping for 3 months of USCE") become
  ``uncertain`` with a short confirming question (``plans.py``);
- papers in another field ("2 pubs, but in cardiology") or not yet published ("2 papers
  submitted") are not IR publications: they count 0 unless the message gives IR ones.
"""

from __future__ import annotations

from enum import Enum

from bot.extraction.group_members import group_member
from bot.extraction.labels import ANCHORS
from bot.extraction.person_heads import clause_end, headed_by_other
from bot.extraction.reading import Clause, Reading
from bot.extraction.whose import asking_for_another, bracket_subject, my_fact

UNPUBLISHED_WORDS = frozenset(
    {"submitted", "submit", "review", "progress", "ongoing", "preparation", "prep", "draft",
     "drafting", "drafts", "writing", "unpublished", "revision", "revisions", "preprint",
     "pipeline"}
)  # fmt: skip


# "My friend got 260 on CK": someone else's numbers.
OTHERS = frozenset(
    {"friend", "friends", "he", "she", "they", "someone", "somebody", "brother", "sister",
     "colleague", "colleagues", "classmate", "classmates", "cousin", "wife", "husband",
     "senior", "seniors", "people", "others", "everyone", "anyone", "dad", "mom", "father",
     "mother", "parents", "spouse", "fiance", "fiancé", "uncle", "aunt", "son", "daughter",
     # What is usual or said by others: "Most matched IMGs have 5 pubs", "IR needs 2 IR
     # letters", "the average CK is 250", "my mentor said 3 IR pubs are enough".
     "imgs", "applicants", "average", "cutoff", "said", "says", "told", "needs",
     "requires", "require", "minimum", "usually", "typically", "generally", "typical",
     "mentor", "mentors", "suggests", "suggested", "recommends", "batchmate", "roommate",
     "roommates", "flatmate", "housemate", "upperclassman", "upperclassmen", "coresident",
     "coresidents", "coworker", "coworkers", "cointern", "cofellow", "labmate",
     # informal friends ("my buddy took it w 260 ck", "another guy from our prep group")
     "buddy", "buddies", "pal", "pals", "guy", "guys", "dude"}
)  # fmt: skip
_ME = frozenset({"i", "i'm", "im", "me", "mine", "myself", "we"})


def about_others(r: Reading, clause: Clause) -> bool:
    """The clause speaks of someone else ("my friend got 260", "he has 3 IR letters")."""
    words = [r.doc[i].lower_ for i in range(clause.start, clause_end(r, clause))]
    if _with_me(r, clause):
        return False  # "Me and my friend both have CK 245": the writer's too
    # "my friend told me ...", "my husband matched with lower scores than mine": theirs
    told = {i for i in range(1, len(words)) if words[i] in _OBJECT_ME and words[i - 1] in _TOLD}
    # Upper-case "IM" is internal medicine, not "I'm" ("My husband matched IM in 2022").
    mine = {
        w for i, w in enumerate(words) if i not in told and r.doc[clause.start + i].text != "IM"
    }
    if mine & _ME or my_fact(r, clause):
        return False
    if group_member(words):
        return True
    return bool(set(words) & OTHERS) or asking_for_another(r) or headed_by_other(r, clause)


def _with_me(r: Reading, clause: Clause) -> bool:
    """The clause's subject is the writer and someone else ("me and my friend both ...")."""
    if clause.start < 2 or r.doc[clause.start - 1].lower_ not in _JOINED:
        return False
    alone = clause.start - 2 == 0 or r.doc[clause.start - 3].text in {".", "!", "?", ","}
    return alone and r.doc[clause.start - 2].lower_ in {"me", "i"}


# "She matched DR on a J1, had CK 240": a clause opening with a past verb and no subject of
# its own goes on with the subject before the comma.
_GOES_ON = frozenset({"had", "got", "scored", "matched", "did", "landed", "passed", "went"})


def _subjectless(r: Reading, clause: Clause) -> bool:
    return r.doc[clause.start].lower_ in _GOES_ON


_TOLD = frozenset({"told", "tell", "tells", "telling", "advised", "asked", "than"})
_OBJECT_ME = frozenset({"me", "mine"})
_JOINED = frozenset({"and", "&", "plus", "also", "but"})


def others_speak(r: Reading, clause: Clause) -> bool:
    """About someone else, also in a clause joined to theirs by "and" with no word of the
    writer's ("my friend matched with 230 and no research, im at 245": only 245 is mine), and
    in an aside in brackets after them or the words right after it ("My senior (US IMG) matched
    DR with 236")."""
    index = r.clauses.index(clause)
    while True:
        if about_others(r, clause):
            return True
        words = {r.doc[i].lower_ for i in range(clause.start, clause_end(r, clause))}
        before = r.doc[clause.start - 1].lower_ if clause.start > 0 else ""
        link = before in _JOINED or (before == "," and _subjectless(r, clause))
        joined = index > 0 and link and not words & _ME and not my_fact(r, clause)
        if joined and about_others(r, r.clauses[index - 1]):  # "(my batchmate took it and got 230)"
            return r.clauses[index - 1].sentence == clause.sentence
        subject = None if words & _ME else bracket_subject(r, clause)
        if subject is not None:
            index, clause = r.clauses.index(subject), subject
            continue
        before = r.doc[clause.start - 1].lower_ if clause.start > 0 else ""
        previous = r.clauses[index - 1] if index > 0 else None
        if words & _ME or before not in _JOINED or previous is None or my_fact(r, clause):
            return False
        if previous.sentence != clause.sentence:
            return False
        index, clause = index - 1, previous


class WorkKind(Enum):
    """What kind of papers a publication count is about."""

    IR = "ir"  # IR or radiology, or not said (the profile's reading)
    OTHER_FIELD = "other_field"
    UNPUBLISHED = "unpublished"


def publication_kind(r: Reading, clause: Clause) -> WorkKind:
    """Publications in another field or not yet published, from the words around them."""
    words, sources, outside = _around(r, clause)
    if words & UNPUBLISHED_WORDS:
        return WorkKind.UNPUBLISHED
    if (sources and sources[0] == "SRC_OTHER") or outside:
        return WorkKind.OTHER_FIELD
    return WorkKind.IR


def outside_our_field(r: Reading, clause: Clause) -> bool:
    """The papers' sentence says none are in IR or radiology ("nothing in radiology")."""
    return _around(r, clause)[2]


def _around(r: Reading, clause: Clause) -> tuple[set[str], list[str], bool]:
    """Words, sources and a said "none in radiology" of a count's clause and its parts."""
    sources: list[str] = []
    words: set[str] = set()
    outside = False
    index = r.clauses.index(clause)
    for part in r.clauses[index:]:
        if part.sentence != clause.sentence:
            break
        if part is not clause and _starts_new_fact(r, part):
            break
        words |= {r.doc[i].lower_ for i in range(part.start, part.end)}
        sources += [m.label for m in r.within(part, r.mentions) if m.label.startswith("SRC_")]
        outside = outside or _none_in_our_field(r, part)
    return words, sources, outside


def _none_in_our_field(r: Reading, clause: Clause) -> bool:
    """ "3 publications none in radiology", "not in IR": papers outside IR and radiology."""
    for m in r.within(clause, r.mentions):
        if m.label in {"SRC_IR", "SRC_DR"}:
            before = [r.doc[i].lower_ for i in range(max(clause.start, m.start - 3), m.start)]
            if {"none", "not", "nothing", "zero"} & set(before) and not contrasted(r, m.start):
                return True
    return False


def contrasted(r: Reading, field: int) -> bool:
    """ "they're in cardiology, not radiology": "not" right before our field after a comma,
    with another field named before it, says where the papers are, not that none are ours."""
    around = [r.doc[i].lower_ for i in range(max(0, field - 2), field)]
    clause = r.clause_of(field)
    sentence = clause.sentence if clause is not None else -1
    other = any(
        m.label == "SRC_OTHER"
        and m.start < field
        and (c := r.clause_of(m.start)) is not None
        and c.sentence == sentence
        for m in r.mentions
    )
    return around == [",", "not"] and other


def _starts_new_fact(r: Reading, clause: Clause) -> bool:
    if r.within(clause, r.numbers):
        return True
    return any(m.label in ANCHORS - {"PUB"} for m in r.within(clause, r.mentions))


def writers_labels(r: Reading) -> set[str]:
    """Labels of the writer's own clauses (not "my friend applied last cycle")."""
    return {
        m.label
        for m in r.mentions
        if (clause := r.clause_of(m.start)) is None or not others_speak(r, clause)
    }
