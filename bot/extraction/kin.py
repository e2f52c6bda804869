"""Whose status a phrase tells: "my husband is a US citizen", "my wife is doing residency" speak
of someone close to the writer, not of the writer; statuses that allow work in the US without
residence ("H4 EAD", "asylee", "dependent visa") say the writer is no US citizen or resident,
whatever the visa they need for residency; and work that is over ("did house job 1 year") or
not clinical ("working as a scribe") is no clinical work now. (The visa one is on now, as
against the one needed, is in ``visa_hedges.status_not_need``.)
"""

from __future__ import annotations

from itertools import pairwise

from bot.extraction.context import others_speak
from bot.extraction.negation import ends_before_now
from bot.extraction.patterns.applicant import RESIDENCY_FIELDS
from bot.extraction.pipeline import Mention
from bot.extraction.reading import Clause, Reading
from bot.extraction.whose import bracket_subject

# People whose citizenship or work a writer mentions beside their own.
KIN = frozenset(
    {"husband", "wife", "spouse", "partner", "fiance", "fiancé", "fiancee", "hubby", "father",
     "mother", "dad", "mom", "parents", "parent", "brother", "sister", "son", "daughter",
     "friend", "colleague", "cousin", "uncle", "aunt", "he", "she", "he's", "she's",
     "senior", "seniors", "classmate", "batchmate", "mentor", "roommate", "upperclassman",
     "upperclassmen", "coresident", "coworker", "labmate",
     # the same people in the plural ("most of my classmates are doing residency now")
     "friends", "colleagues", "cousins", "brothers", "sisters", "classmates", "batchmates",
     "mentors", "roommates", "coresidents", "coworkers", "labmates"}
)  # fmt: skip
_ME = frozenset({"i", "i'm", "im", "me", "myself", "'m", "am", "mine"})


def said_of_kin(r: Reading, position: int) -> bool:
    """The phrase at ``position`` follows a relative in its clause with no word of the
    writer's between ("my husband is US citizen, I'm on H4": the citizenship is his)."""
    clause = r.clause_of(position)
    if clause is None:
        return False
    for i in range(position - 1, clause.start - 1, -1):
        word = r.doc[i].lower_
        if word in _ME and r.doc[i].text != "IM":  # upper-case "IM" is internal medicine
            return False
        if word in KIN and not _a_rank(r, i):
            return not _joined_to_me(r, clause.start)  # not "I and my husband both have GC"
    if _joined_to_kin(r, clause):  # "she matched IM last year and is on J1"
        return True
    # "My senior (US IMG) ...": an aside in brackets after a relative is theirs.
    subject = bracket_subject(r, clause)
    words = {r.doc[i].lower_ for i in range(subject.start, subject.end)} if subject else set()
    return bool(words & KIN) and not words & _ME


# "Senior MS4 at a US MD school", "senior medical student": a rank of the writer's, no person.
_RANKED = frozenset({"student", "medical", "med", "year", "resident", "house", "officer"})


def _a_rank(r: Reading, i: int) -> bool:
    following = r.doc[i + 1].lower_ if i + 1 < len(r.doc) else ""
    return r.doc[i].lower_ == "senior" and (following in _RANKED or following[:2] in {"ms", "md"})


def _joined_to_kin(r: Reading, clause: Clause) -> bool:
    """The clause has no subject of its own ("and is on J1") and is joined by "and" to a
    relative's clause of the same sentence."""
    index = r.clauses.index(clause)
    if index == 0 or clause.start == 0 or r.doc[clause.start - 1].lower_ not in {"and", "&"}:
        return False
    previous = r.clauses[index - 1]
    first = r.doc[clause.start].lower_
    no_subject = first in _PREDICATES
    return no_subject and previous.sentence == clause.sentence and said_of_kin(r, previous.end - 1)


# Words that open a predicate with no subject of its own ("... and is on J1", "... and matched
# DR in Michigan").
_PREDICATES = frozenset(
    {"is", "was", "has", "had", "holds", "needs", "got", "works", "working", "matched",
     "applied", "went", "did", "passed", "scored", "landed", "ended", "interviewed", "trained",
     # "... and says J1 is fine": what the relative says is theirs
     "says", "said", "thinks", "tells", "told"}
)  # fmt: skip


def _joined_to_me(r: Reading, start: int) -> bool:
    """The clause at ``start`` follows "I and" / "me &": the writer and the relative together."""
    joined = start >= 2 and r.doc[start - 1].lower_ in {"and", "&"}
    return joined and r.doc[start - 2].lower_ in {"i", "me"}


def their_school(r: Reading, mention: Mention) -> bool:
    """ "typical matched IMG has 245": "IMG" in someone else's clause is their school."""
    clause = r.clause_of(mention.start)
    return mention.label == "SCHOOL_ABROAD" and clause is not None and others_speak(r, clause)


# "Did house job 1 year", "completed my residency": a role that is over.
_OVER = frozenset(
    {
        "did",
        "completed",
        "finished",
        "done",
        "ended",
        "left",
        "quit",
        "stopped",  # "I stopped working in 2023"
        "stop",
        "be",  # "I will be working as GP from July": not yet
        "after",
        "was",
        "were",
        "used",
    }
)
_NOT_CLINICAL = frozenset(
    {
        "scribe",
        "lab",
        "non-clinical",
        "nonclinical",
        "tutor",
        "teacher",
        "volunteer",
        "volunteering",
    }
)


def told_of_now(r: Reading, position: int) -> bool:
    """Work told at ``position`` is the writer's and not over (not "my wife is doing residency",
    "did house job 1 year then ...", "I was working as GP until last year")."""
    before = r.doc[position - 1].lower_ if position > 0 else ""
    if before in {"a", "an"} and position > 1:
        before = r.doc[position - 2].lower_  # "will be a PGY-1 in IM": the word before "a"
    words_after = [r.doc[i].lower_ for i in range(position, min(position + 6, len(r.doc)))]
    following = set(words_after)
    if "research" in following:  # "a research volunteer", "research lab": research is work
        following -= {"volunteer", "volunteering", "lab"}
    if following & _NOT_CLINICAL or set(pairwise(words_after)) & _NOT_CLINICAL_PAIRS:
        return False  # "working as a scribe", "I currently work in a lab (non-clinical)"
    if _lives_in(r, position):
        return False
    clause = r.clause_of(position)
    words = [r.doc[i].lower_ for i in range(clause.start, clause.end)] if clause else []
    working = any(m.start == position and m.label == "ACTIVE_TRUE" for m in r.aux)
    if working and before in _LENGTHS and not set(words) & _STILL:
        return False  # "(core + 6 months working as a research coordinator)": a stint told
    return not said_of_kin(r, position) and before not in _OVER and not ends_before_now(words)


# "now working as medical assistant": a job beside doctors, not as one.
_NOT_CLINICAL_PAIRS = frozenset(
    {("medical", "assistant"), ("medical", "scribe"), ("pharmacy", "technician"),
     ("patient", "care"), ("lab", "technician")}
)  # fmt: skip
# "6 months working as ...": a stint with its length, over unless said to go on.
_LENGTHS = frozenset({"months", "month", "years", "year", "yrs", "yr", "weeks", "mo", "mos"})
_STILL = frozenset({"now", "currently", "still", "since", "ongoing", "presently"})


# What may follow "now in" and still be work or training ("currently in Radiology residency").
_TRAINING = frozenset(
    {"radiology", "residency", "internal", "family", "medicine", "surgery", "pediatrics",
     "internship", "fellowship", "training", "practice", "clinical", "research", "my", "the",
     "emergency", "neurology", "psychiatry", "pathology", "anesthesia", "anesthesiology",
     "general", "private", "government", "public", "icu", *RESIDENCY_FIELDS}
)  # fmt: skip


def _lives_in(r: Reading, position: int) -> bool:
    """ "now in Cairo", "currently in Toronto": a capitalised place after "now in" tells where
    the writer is, not that they work ("currently in IM residency" still does)."""
    words = [r.doc[i] for i in range(position, min(position + 4, len(r.doc)))]
    if len(words) < 3 or words[0].lower_ not in {"now", "currently", "presently"}:
        return False
    place = words[2]
    working = len(words) > 3 and words[3].lower_ == "as"  # "currently in Dubai as GP"
    return (
        words[1].lower_ == "in"
        and place.text.istitle()
        and place.lower_ not in _TRAINING
        and not working
    )
