"""Whole-message categorical facts: visa need, applicant type, working now or not."""

from __future__ import annotations

from bot.extraction.gaps import closed_gap
from bot.extraction.kin import not_resident, said_of_kin, status_not_need, their_school, told_of_now
from bot.extraction.patterns.applicant import RESIDENCY_FIELDS
from bot.extraction.reading import Reading
from bot.extraction.us_work import not_against_work
from bot.extraction.visa_hedges import (
    code_ruled_out,
    hedged_code,
    sought,
    unsure_of_code,
    without_obstacles,
)
from bot.profile import ApplicantType, VisaNeed

_ABROAD = frozenset({"SCHOOL_ABROAD", "COUNTRY"})
_GAPS = frozenset({"gap", "gaps"})
_NEGATORS = frozenset({"not", "n't", "nt", "non", "never", "no", "without", "zero", "any"})
_VISA_LABELS = frozenset({"VISA_J1", "VISA_H1B", "VISA_NEED", "VISA_NONE"})
_CODES = frozenset({"VISA_J1", "VISA_H1B"})
_DESCRIBED = frozenset(
    {"friendly", "heavy", "friendliness", "lor", "lors", "letter", "letters", "rec", "recs",
     "programs", "program"}
)  # fmt: skip
# "green card is in process": not yet held.
_PENDING = frozenset({"pending", "process", "processing", "awaiting", "applied", "soon"})
_NOT_WORK = frozenset(
    {"observership", "observerships", "observing", "shadowing", "usmle", "step", "prep",
     "preparation", "studying", "exams", "exam", "nothing", "final", "school", "student",
     "med", "medical", "us", "usa", "u.s.", "america", "canada", "uk", "country", "process",
     "mph", "masters", "master", "mba", "msc", "course", "degree", "diploma"}
)  # fmt: skip
_WORKING = frozenset({"working", "work", "works", "practicing", "practising"})
_LENGTH_WORDS = frozenset({"-", "week", "weeks", "wk", "wks", "month", "months", "a", "an"})
_PLACES = frozenset({"us", "usa", "u.s.", "america", "canada", "uk", "country"})
_COUNTRY_WORDS = frozenset({"us", "usa", "u.s.", "u.s", "america", "united", "canada", "states"})


def visa_context(r: Reading) -> bool:
    words = {t.lower_ for t in r.doc}
    return (
        r.expected == "visa_need"
        or bool(r.labels() & _VISA_LABELS)
        or bool(words & {"visa", "visas", "sponsorship"})
    )


def undecided_without_visa(r: Reading) -> bool:
    """ "undecided" alone (not about a visa) declines the question."""
    return any(
        m.label == "UNDECIDED" and m.text.lower() == "undecided" for m in r.mentions
    ) and not visa_context(r)


def visa(r: Reading) -> None:
    # "I am not (a) US citizen": the opposite of no visa; "H1B, no J1 please": not that visa.
    labels = {
        m.label
        for m in r.mentions
        if not (
            m.label == "VISA_NONE"
            and (_negated(r, m.start) or _pending(r, m.end) or sought(r, m.start))
        )
        and not (m.label in _VISA_LABELS and said_of_kin(r, m.start))  # "my wife is US citizen"
        and not status_not_need(r, m)  # "on J1 as a research scholar, will need H1B"
        and not (m.label in _CODES and code_ruled_out(r, m.start))  # "can't do the J1"
    }
    labels = without_obstacles(r, labels)  # "H1B needed because the J1 home rule ..."
    if (hedged := hedged_code(r, labels)) is not None:
        r.out.doubt("visa_need", hedged, r.doc.text)
        return  # "H1B or maybe H4 EAD, not sure": maybe no sponsorship at all
    need: VisaNeed | None = None
    if {"VISA_J1", "VISA_H1B"} <= labels:
        need = VisaNeed.UNDECIDED
    elif "VISA_J1" in labels:
        need = VisaNeed.J1
    elif "VISA_H1B" in labels:
        need = VisaNeed.H1B
    elif "VISA_NONE" in labels:
        need = VisaNeed.NONE
    elif ("UNDECIDED" in labels and visa_context(r)) or "VISA_NEED" in labels:
        need = VisaNeed.UNDECIDED
    if need in {VisaNeed.J1, VisaNeed.H1B} and unsure_of_code(r, labels):
        need = VisaNeed.UNDECIDED  # "need visa, probably J1 but not sure"
    if need is VisaNeed.UNDECIDED and "VISA_J1" in labels and _compared(r):
        # "J1 or H1B, which is better?" compares the visas; it says no need.
        r.out.doubt("visa_need", need.value, r.doc.text)
    elif need is not None:
        r.out.add("visa_need", need.value)


def _pending(r: Reading, end: int) -> bool:
    """ "green card is in process"; also "visa: none of the programs ..." (not about a visa)."""
    if end < len(r.doc) and r.doc[end].lower_ == "of":
        return True
    return any(r.doc[i].lower_ in _PENDING for i in range(end, min(end + 4, len(r.doc))))


def _compared(r: Reading) -> bool:
    """The J-1 mention sits in a sentence that ends in a question mark."""
    start = next(m.start for m in r.mentions if m.label == "VISA_J1")
    for token in r.doc[start:]:
        if token.text in {".", "!", "\n"}:
            return False
        if token.text.endswith("?"):
            return True
    return False


def applicant_type(r: Reading) -> None:
    born = [m for m in r.aux if m.label in _ABROAD and _after_born(r, m.start)]
    # "My senior (US IMG) matched ...", "typical matched IMG has 245": someone else's school.
    kin = [m for m in r.aux if said_of_kin(r, m.start) or their_school(r, m)]
    labels = {m.label for m in r.aux if m not in born + kin and not _describes_programs(r, m.end)}
    found: ApplicantType | None = None
    if "TYPE_NON_US_IMG" in labels:
        found = ApplicantType.NON_US_IMG
    elif "TYPE_US_IMG" in labels:
        found = ApplicantType.US_IMG
    elif labels & {"SCHOOL_ABROAD", "COUNTRY"}:
        found = ApplicantType.US_IMG if _us_status(r) else ApplicantType.NON_US_IMG
    elif "TYPE_US_MD" in labels:
        found = ApplicantType.US_MD
    elif "TYPE_US_DO" in labels or ("TYPE_US_DO_WEAK" in labels and r.expected == "applicant_type"):
        found = ApplicantType.US_DO
    if found is not None:
        r.out.add("applicant_type", found.value)
        if found is ApplicantType.US_IMG and not r.out.has("visa_need") and _citizen_word(r):
            # "US IMG (citizen)": "citizen" beside the US IMG type is US citizenship.
            r.out.add("visa_need", VisaNeed.NONE.value)
    elif born:
        # Born abroad says nothing about the medical school: ask, don't store.
        guess = ApplicantType.US_IMG if _us_status(r) else ApplicantType.NON_US_IMG
        r.out.doubt("applicant_type", guess.value, born[0].text)


def _us_status(r: Reading) -> bool:
    """No visa needed as a citizen or resident (not "on H4 EAD, no sponsorship needed")."""
    return r.out.facts.get("visa_need") == VisaNeed.NONE.value and not not_resident(r)


def _citizen_word(r: Reading) -> bool:
    """ "citizen" or "gc" on its own, not "citizen of India" nor "not a citizen"."""
    for mention in r.aux:
        following = r.doc[mention.end].lower_ if mention.end < len(r.doc) else ""
        if mention.label == "VISA_NONE_WEAK" and following != "of":
            return not _negated(r, mention.start)
    return False


def _describes_programs(r: Reading, end: int) -> bool:
    """ "IMG friendly programs", "IMG-heavy", "1 non US lor": the word describes programs or a
    letter, not the writer."""
    following = [r.doc[i].lower_ for i in range(end, min(end + 2, len(r.doc)))]
    following = following[1:] if following[:1] == ["-"] else following
    return bool(following[:1]) and following[0] in _DESCRIBED


def _after_born(r: Reading, position: int) -> bool:
    """ "born abroad", "born in India", "born and raised in Egypt"."""
    return any(r.doc[i].lower_ == "born" for i in range(max(0, position - 4), position))


def clinically_active(r: Reading) -> None:
    states = [
        m
        for m in r.aux
        if (m.label == "ACTIVE_TRUE" and not _residence(r, m.end) and not _no_work(r, m.end))
        or (m.label == "ACTIVE_FALSE" and not (m.text.lower() in _GAPS and _past_gap(r, m.start)))
    ]
    # not "my husband is doing ...", not "no clinical work in the US"
    states = [m for m in states if told_of_now(r, m.start) and not not_against_work(r, m)]
    if states:
        r.out.add("clinically_active", states[-1].label == "ACTIVE_TRUE")


def _past_gap(r: Reading, start: int) -> bool:
    """ "no gaps", "a gap, did an MPH in between", "a gap 2019-2022": says nothing of work now."""
    return _negated(r, start) or "between" in r.sentence_words(start) or closed_gap(r)


def _no_work(r: Reading, end: int) -> bool:
    """ "currently doing observership", "now in my final year", "currently in the US": under
    way or somewhere, but no work."""
    if r.doc[end - 1].lower_ not in {"doing", "in", "a"} or r.doc[end - 2].lower_ in _WORKING:
        return False  # "working in Chile as GP" is work there
    # "currently doing 8-week observership": a length may come first
    span = [t for t in r.doc[end : end + 6] if not t.like_num and t.lower_ not in _LENGTH_WORDS]
    following = {t.lower_ for t in span[:3]}
    if r.doc[end - 1].lower_ == "in":  # "currently in Canada", "now in the US"
        following |= (
            {"us"} if any(m.label == "COUNTRY" and m.start == end for m in r.aux) else set()
        )
    else:  # "currently a GP in Egypt": the place is where the work is
        following -= _PLACES
    return bool(following & _NOT_WORK)


def _residence(r: Reading, end: int) -> bool:
    """ "I'm resident of Canada", "a resident in the US": where one lives, not work ("a
    resident in IM", "resident in internal medicine" is work)."""
    following = r.doc[end].lower_ if end < len(r.doc) else ""
    if r.doc[end - 1].lower_ != "resident" or following not in {"of", "in", "alien"}:
        return False
    if end >= 2 and r.doc[end - 2].lower_ in RESIDENCY_FIELDS:
        return False  # "I'm an IM resident in the US"
    if following != "in":
        return True
    place = end + 2 if end + 1 < len(r.doc) and r.doc[end + 1].lower_ == "the" else end + 1
    named = any(m.start == place and m.label in {"COUNTRY", "STATE", "REGION"} for m in r.aux)
    word = r.doc[place].lower_ if place < len(r.doc) else ""
    return named or word in _COUNTRY_WORDS


def _negated(r: Reading, position: int, negators: frozenset[str] = _NEGATORS) -> bool:
    """A negation one or two words before ``position`` ("not US citizen", "not a US citizen")."""
    words = [r.doc[i].lower_ for i in range(max(0, position - 2), position)]
    return bool(set(words) & negators)
