"""Working now or not (``clinically_active``), from the whole message: "currently working as a
GP", "I'm a research fellow" -> true; "not working since 2020", "gap since 2019" -> false. Not
"my husband is doing residency", "currently doing observership", "resident of Canada", a gap
that is over ("a gap 2019-2022", "no gaps")."""

from __future__ import annotations

from bot.extraction.gaps import closed_gap
from bot.extraction.kin import told_of_now
from bot.extraction.other_jobs import outside_medicine
from bot.extraction.patterns.applicant import RESIDENCY_FIELDS
from bot.extraction.reading import Reading
from bot.extraction.us_work import not_against_work
from bot.extraction.work_now import not_a_job, present_over_gap, research_held_now

_GAPS = frozenset({"gap", "gaps"})
_NEGATORS = frozenset({"not", "n't", "nt", "non", "never", "no", "without", "zero", "any"})
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


def clinically_active(r: Reading) -> None:
    states = [
        m
        for m in r.aux
        if (m.label == "ACTIVE_TRUE" and not _residence(r, m.end) and not _no_work(r, m.end))
        or (m.label == "ACTIVE_FALSE" and not (m.text.lower() in _GAPS and _past_gap(r, m.start)))
    ]
    # not "my husband is doing ...", not "no clinical work in the US"
    states = [
        m
        for m in states
        if told_of_now(r, m.start)
        and not not_against_work(r, m)
        and not not_a_job(r, m)
        and not outside_medicine(r, m)  # "I work at a pharmacy store"
    ]
    last = present_over_gap(r, states)
    if last is None:
        if research_held_now(r) and not any(
            m.label == "ACTIVE_FALSE" and not not_a_job(r, m) for m in r.aux
        ):
            r.out.add("clinically_active", True)  # "Since Dec 2025 I'm in a research position"
    elif not (last.label == "ACTIVE_FALSE" and _research_now(r, last.end)):
        r.out.add("clinically_active", last.label == "ACTIVE_TRUE")


_ONGOING = frozenset({"been", "currently", "ongoing", "still", "now"})
# "Now I'm in a research position": research under way after the gap.
_UNDER_WAY = frozenset({"doing", "working", "position", "fellow", "fellowship", "job"})


def _research_now(r: Reading, after: int) -> bool:
    """ "Gap since 2022 ... I've been doing a remote research collab since march": research
    going on after the gap was told (research is work in medicine): no answer either way."""
    for m in r.mentions:
        clause = r.clause_of(m.start) if m.label == "RESEARCH" and m.start > after else None
        words = {r.doc[i].lower_ for i in range(clause.start, clause.end)} if clause else set()
        if words & _ONGOING and words & _UNDER_WAY and told_of_now(r, m.start):
            return True
    return False


def _past_gap(r: Reading, start: int) -> bool:
    """ "no gaps", "a gap, did an MPH in between", "a gap 2019-2022": says nothing of work now."""
    return _negated_before(r, start) or "between" in r.sentence_words(start) or closed_gap(r)


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


def _negated_before(r: Reading, position: int) -> bool:
    """A negation one or two words before ``position`` ("no gaps")."""
    words = [r.doc[i].lower_ for i in range(max(0, position - 2), position)]
    return bool(set(words) & _NEGATORS)
