"""Numbers an anchor finds that are not its value: a count per item ("1 interview each") and
the score of a failed attempt ("failed CK once (218), retook and got 241").

Both are left unstored: a wrong fact is worse than none, and the real value, when the message
gives it ("got 241"), is read by the other rules.
"""

from __future__ import annotations

from bot.extraction.labels import ANCHORS, EXAMS
from bot.extraction.numbers import NumberMention
from bot.extraction.pipeline import Mention
from bot.extraction.reading import Anchor, Reading
from bot.extraction.work_kinds import abstracts_of, remote_research

NEVER = 1000.0  # a penalty that rules the pairing out
_PER_ITEM = frozenset({"each", "apiece", "per", "every"})
_COUNTS = frozenset({"INTERVIEW", "LETTER", "PUB", "ABSTRACT"})
# What may stand between a failure and its score ("failed CK once (218)", "failed it with 210").
_FAILED_BRIDGE = frozenset(
    {"once", "twice", "it", "(", "with", "-", ":", "at", "a", "an", "score", "of", "the",
     "first", "attempt", "1st", "ck", "step", "2", "s2", "usmle", "was", "is", ",", "on", "in",
     "try", "go", "my", "time"}
)  # fmt: skip


def per_item(r: Reading, anchor: Anchor, number: NumberMention) -> bool:
    """ "got 1 interview each", "2 letters per program": a count for each of several things."""
    if anchor.label not in _COUNTS or anchor.carried or number.end > anchor.start:
        return False
    if number.value == 0:
        return False  # "zero interviews every single time": none in all
    following = r.doc[anchor.end].lower_ if anchor.end < len(r.doc) else ""
    return following in _PER_ITEM


_MARKS = frozenset({"(", "-", ",", ":", "="})


def failed_score(r: Reading, anchor: Anchor, number: NumberMention) -> bool:
    """A Step 2 CK number that is the score of a failed attempt: a failure word a few tokens
    before it with only the exam and small words between."""
    if anchor.label != "STEP2":
        return False
    after = number.end + int(number.end < len(r.doc) and r.doc[number.end].text in _MARKS)
    if any(m.label == "ST_FAIL" and m.start == after for m in r.mentions):
        return True  # "first time 219 (fail), second time 238", "219 - failed"
    if _first_of_two(r, number):
        return True  # "CK 233 (2nd attempt, the first was 209)"
    fails = [m for m in r.mentions if m.label == "ST_FAIL" and m.end <= number.start]
    if not fails:
        return False
    fail = max(fails, key=lambda m: m.end)
    between = range(fail.end, number.start)
    if len(between) > 6 or _failed_other_exam(r, fail, number):
        return False
    exam = {i for m in r.mentions if m.label == "STEP2" for i in range(m.start, m.end)}
    return all(i in exam or r.doc[i].lower_ in _FAILED_BRIDGE for i in between)


_FIRST = frozenset({"first", "1st"})
_LATER = frozenset({"2nd", "second", "retake", "retook", "third", "3rd", "failed", "fail"})


def _first_of_two(r: Reading, number: NumberMention) -> bool:
    """ "the first was 209", "first one was 209" in a sentence telling of a later attempt."""
    before = [r.doc[i].lower_ for i in range(max(0, number.start - 3), number.start)]
    if not (set(before) & _FIRST and before[-1:] in (["was"], [":"], ["-"])):
        return False
    return bool(r.sentence_words(number.start) & _LATER)


def _failed_other_exam(r: Reading, fail: Mention, number: NumberMention) -> bool:
    """ "Step 1 passed after 1 fail, CK 232": the failure is told of the exam right before it
    in its sentence ("I failed Step 2 the first time (213)": of the exam after it)."""
    after = [
        m
        for m in r.mentions
        if m.label in EXAMS
        and fail.end <= m.start < number.start
        and not {t.text for t in r.doc[fail.end : m.start]} & {",", ";", ".", "("}
    ]
    if after:  # "failed Step 2 the first time (213)": the exam named right after the failure
        return after[0].label != "STEP2"
    exams = [m for m in r.mentions if m.label in EXAMS and fail.start - 6 <= m.end <= fail.start]
    if not exams:
        return False
    last = max(exams, key=lambda m: m.end)
    stops = {t.text for t in r.doc[last.end : fail.start]} & {".", "!", "?", "\n"}
    return last.label != "STEP2" and not stops


_ABROAD_WORDS = frozenset({"home", "abroad", "overseas", "country"})
# "MBBS 2014, MD Radiodiagnosis 2018": an MD in a specialty is a residency degree abroad.
_SPECIALTIES = frozenset(
    {"radiology", "radiodiagnosis", "radio-diagnosis", "medicine", "general", "internal",
     "pediatrics", "paediatrics", "anesthesia", "anaesthesia", "pathology", "psychiatry",
     "surgery", "dermatology", "community", "physiology", "anatomy", "rd"}
)  # fmt: skip


def not_counted(r: Reading, anchor: Anchor) -> bool:
    """Experience abroad (``experience_abroad``) or an MD in a specialty, no graduation."""
    if anchor.label == "GRAD" and anchor.text.upper() in {"MD", "M.D."}:
        i = anchor.end + int(anchor.end < len(r.doc) and r.doc[anchor.end].lower_ == "in")
        return i < len(r.doc) and r.doc[i].lower_ in _SPECIALTIES
    return experience_abroad(r, anchor) or remote_research(r, anchor) or abstracts_of(r, anchor)


_US_WORDS = frozenset({"us", "u.s.", "usa", "american", "usce", "usces"})


def experience_abroad(r: Reading, anchor: Anchor) -> bool:
    """ "10 years of clinical experience in India", "clinical experience back home": not US
    clinical experience (an anchor that does not say US, in a clause that names elsewhere)."""
    if anchor.label != "USCE" or anchor.carried:
        return False
    if {w.lower() for w in anchor.text.split()} & _US_WORDS:
        return False
    clause = r.clause_of(anchor.start)
    if clause is None:
        return False
    words = {r.doc[i].lower_ for i in range(clause.start, clause.end)}
    if anchor.text.lower().startswith("core"):  # "cores in Atlanta": in the US only if said
        states = any(m.label == "STATE" for m in r.within(clause, r.aux))
        return not (states or words & _US_WORDS)
    countries = any(m.label == "COUNTRY" for m in r.within(clause, r.aux))
    return countries or bool(words & _ABROAD_WORDS)


def unlikely(r: Reading, anchor: Anchor, number: NumberMention) -> float:
    """How much farther a number counts for an anchor it is an unlikely value of: "yog 18 ck
    239" (a two-digit Step 2 CK score is unlikely; 239 after "ck" is its score, 18 the year);
    "USCE if I'm practicing back home for 7 years" (the years are abroad: never USCE)."""
    if anchor.label == "STEP2" and number.kind == "cardinal" and number.value < 100:
        return 5.0
    if _value_after_word(r, anchor, number):
        return 1.0  # "research 2 years pubs 6 abstracts 9": 6 is the pubs', 9 the abstracts'
    if anchor.label == "CYCLE" and not anchor.carried and number.end <= anchor.start:
        # "5 this cycle", "2 last cycle": a determiner names which cycle; nothing is counted.
        between = {r.doc[i].lower_ for i in range(number.end, anchor.start)}
        return NEVER if between & _WHICH_CYCLE else 0.0
    if anchor.label == "USCE" and number.value and _us_experience(anchor):
        return NEVER  # "4 months of US experience" may be observing: only "none" tells
    if anchor.label == "USCE" and not anchor.carried:
        low, high = (
            sorted((anchor.end, number.start))
            if anchor.end <= number.start
            else (number.end, anchor.start)
        )
        between = {r.doc[i].lower_ for i in range(low, high)}
        abroad = any(m.label == "COUNTRY" and low <= m.start < high for m in r.aux)
        return NEVER if abroad or between & _ABROAD_WORDS else 0.0
    return 0.0


def _value_after_word(r: Reading, anchor: Anchor, number: NumberMention) -> bool:
    """A clause typed as "word number word number" (it opens with an anchor): a number right
    after one anchor is that one's, not the next one's."""
    if anchor.carried or anchor.label == "LETTER" or number.end > anchor.start:
        return False
    clause = r.clause_of(number.start)
    if clause is None or not any(
        m.start == clause.start and m.label in ANCHORS for m in r.mentions
    ):
        return False
    return any(m.end == number.start and m.label in ANCHORS for m in r.mentions)


def _us_experience(anchor: Anchor) -> bool:
    words = anchor.text.lower().split()
    return len(words) == 2 and words[0] in _US_WORDS and words[1] in {"experience", "exp"}


_WHICH_CYCLE = frozenset(
    {"this", "last", "next", "current", "previous", "prior", "that", "each", "per", "the", "my"}
)
_AT = frozenset({"at", "from", "with"})


def interviews_at_programs(r: Reading, anchors: list[Anchor]) -> None:
    """ "got interviews at 3 DR programs": the programs counted are the interviews (a count of
    programs is otherwise no fact)."""
    for anchor in anchors:
        if anchor.label != "INTERVIEW" or anchor.carried or anchor.end + 1 >= len(r.doc):
            continue
        if r.doc[anchor.end].lower_ not in _AT:
            continue
        for number in r.numbers:
            if number.start == anchor.end + 1 and number.discarded and number.unit is None:
                number.discarded = False
