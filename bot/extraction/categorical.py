"""Whole-message categorical facts: visa need and applicant type (working now: ``working``)."""

from __future__ import annotations

from bot.extraction.asked_visas import asked_in_own_question
from bot.extraction.held_status import status_held
from bot.extraction.kin import said_of_kin, their_school
from bot.extraction.not_mine_codes import held_for_research, sought_for_others, without_past_codes
from bot.extraction.reading import Reading
from bot.extraction.school_places import place_of_others, weak_place
from bot.extraction.status_denied import status_not_held
from bot.extraction.unsure_visa import (
    undecided_between_codes,
    undecided_elsewhere,
    unsure_of_visa,
)
from bot.extraction.visa_hedges import (
    code_judged_hard,
    code_ruled_out,
    guessed_code,
    hedged_code,
    need_asked,
    not_resident,
    sought,
    status_not_need,
    unsure_of_code,
    without_obstacles,
)
from bot.extraction.visa_preference import preferred_codes
from bot.profile import ApplicantType, VisaNeed

_ABROAD = frozenset({"SCHOOL_ABROAD", "COUNTRY"})
_NEGATORS = frozenset({"not", "n't", "nt", "non", "never", "no", "without", "zero", "any"})
# "not IMG", "not an IMG", "never a DO": a school type denied (not "non-US IMG", "no visa").
_NOT = frozenset({"not", "n't", "nt", "never", "nor"})
_SCHOOL_TYPES = frozenset(
    {"TYPE_NON_US_IMG", "TYPE_US_IMG", "TYPE_US_MD", "TYPE_US_DO", "TYPE_US_DO_WEAK",
     "SCHOOL_ABROAD"}
)  # fmt: skip
_VISA_LABELS = frozenset({"VISA_J1", "VISA_H1B", "VISA_NEED", "VISA_NONE"})
_CODES = frozenset({"VISA_J1", "VISA_H1B"})
_CODE_VALUES = {"VISA_J1": VisaNeed.J1.value, "VISA_H1B": VisaNeed.H1B.value}
_DESCRIBED = frozenset(
    {"friendly", "heavy", "friendliness", "lor", "lors", "letter", "letters", "rec", "recs",
     "programs", "program"}
)  # fmt: skip
# "green card is in process": not yet held.
_PENDING = frozenset({"pending", "process", "processing", "awaiting", "applied", "soon"})


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
            and (
                _negated(r, m.start)
                or _pending(r, m.end)
                or sought(r, m.start)
                or status_not_held(r, m)  # "not a citizen or GC holder", "GC expected"
            )
        )
        and not (m.label in _VISA_LABELS and said_of_kin(r, m.start))  # "my wife is US citizen"
        and not (m.label in _CODES and sought_for_others(r, m))  # "H1B for my friend?"
        and not undecided_elsewhere(r, m)  # "didn't match prelim either"
        and not status_not_need(r, m)  # "on J1 as a research scholar, will need H1B"
        and not (m.label in _CODES and code_ruled_out(r, m.start))  # "can't do the J1"
        and not (m.label in _CODES and code_judged_hard(r, m.end))  # "J1 is very hard for me"
        and not (m.label == "VISA_NEED" and need_asked(r, m.start))  # "do I need a visa?"
        and not (m.label in _CODES and asked_in_own_question(r, m))  # "is H1B possible ...?"
    }
    if status_held(r):  # "I'm an American who studied in Poland", "born in Texas"
        labels.add("VISA_NONE")
    labels = without_past_codes(r, labels)  # "was on J1, now a permanent resident"
    research = {m.label for m in r.mentions if m.label == "VISA_J1" and held_for_research(r, m)}
    research -= {m.label for m in r.mentions if m.label in _CODES and not held_for_research(r, m)}
    if len(research & labels) == 1 and not labels & _VISA_LABELS - research:  # "research, J1"
        r.out.doubt("visa_need", _CODE_VALUES[research.pop()], r.doc.text)
        return
    labels = preferred_codes(r, without_obstacles(r, labels))  # "H1B rather than J1"
    asked = {m.label for m in r.mentions if m.label in _CODES and asked_in_own_question(r, m)}
    if len(asked) == 1 and not labels & _CODES:  # asked about: only to confirm
        r.out.doubt("visa_need", _CODE_VALUES[asked.pop()], r.doc.text)
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
    elif (
        ("UNDECIDED" in labels and visa_context(r))
        or "VISA_NEED" in labels
        or unsure_of_visa(r)  # "visa not sure yet", "not sure which visa"
    ):
        need = VisaNeed.UNDECIDED
    if need in {VisaNeed.J1, VisaNeed.H1B} and (
        unsure_of_code(r, labels) or undecided_between_codes(r)
    ):
        need = VisaNeed.UNDECIDED  # "need visa, probably J1 but not sure"
    guessed = [m for m in r.mentions if m.label in labels & _CODES and guessed_code(r, m)]
    if need in {VisaNeed.J1, VisaNeed.H1B} and guessed and r.expected != "visa_need":
        r.out.doubt("visa_need", need.value, r.doc.text)  # "Need a visa, probably J1"
    elif need is VisaNeed.UNDECIDED and "VISA_J1" in labels and _compared(r):
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
    kin += [m for m in r.aux if m.label == "COUNTRY" and m not in kin and place_of_others(r, m)]
    # "Good morning from Lagos", "practicing in Pakistan": no word of the school, ask.
    weak = [m for m in r.aux if m not in kin and weak_place(r, m)]
    # "US DO student here (not IMG lol)": a type the writer says they are not.
    kin += [m for m in r.aux if m.label in _SCHOOL_TYPES and _negated(r, m.start, _NOT)]
    labels = {
        m.label for m in r.aux if m not in born + kin + weak and not _describes_programs(r, m.end)
    }
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
        us_type = found in {ApplicantType.US_IMG, ApplicantType.US_MD, ApplicantType.US_DO}
        if us_type and not r.out.has("visa_need") and _citizen_word(r):
            # "US IMG (citizen)": "citizen" beside the US IMG type is US citizenship.
            r.out.add("visa_need", VisaNeed.NONE.value)
    elif born or weak:
        # Born abroad says nothing about the medical school: ask, don't store.
        guess = ApplicantType.US_IMG if _us_status(r) else ApplicantType.NON_US_IMG
        r.out.doubt("applicant_type", guess.value, (born + weak)[0].text)


def _us_status(r: Reading) -> bool:
    """No visa needed as a citizen or resident (not "on H4 EAD, no sponsorship needed")."""
    none = r.out.facts.get("visa_need") == VisaNeed.NONE.value
    return none and (not not_resident(r) or _residence_held(r))


def _residence_held(r: Reading) -> bool:
    """ "came on asylum, I have a green card now": a green card or citizenship held (not
    sought, pending, denied or a relative's) outweighs the status the writer came on."""
    return any(
        m.label == "VISA_NONE"
        and {"card", "gc", "greencard", "citizen", "citizenship"} & set(m.text.lower().split())
        and not (_negated(r, m.start) or _pending(r, m.end) or sought(r, m.start))
        and not said_of_kin(r, m.start)
        for m in r.mentions
    )


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


def _negated(r: Reading, position: int, negators: frozenset[str] = _NEGATORS) -> bool:
    """A negation one or two words before ``position`` ("not US citizen", "not a US citizen")."""
    words = [r.doc[i].lower_ for i in range(max(0, position - 2), position)]
    return bool(set(words) & negators)
