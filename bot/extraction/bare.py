"""Bare answers to the question the bot just asked ("251", "two", "no", "6 weeks", "J1"); a
lone three-digit number read as a Step 2 CK score is in ``loose_scores``."""

from __future__ import annotations

from dataclasses import replace

from bot.extraction.clauses import RELATIVE_YEAR
from bot.extraction.context import WorkKind, publication_kind
from bot.extraction.exams import step1_result, step3_result
from bot.extraction.fields import SPECS
from bot.extraction.fixed_cycles import cycles_from_statuses
from bot.extraction.number_context import short_year
from bot.extraction.numbers import NumberMention
from bot.extraction.plans import PLANNED_FIELDS, planned
from bot.extraction.reading import Reading
from bot.profile import Step1Result, Step3Result, VisaNeed


def bare_answer(r: Reading, name: str) -> None:
    """Fill the asked field ``name`` from what the clauses left unused."""
    kind = SPECS[name].kind
    numbers = r.free_numbers()
    no = bool(r.free("NEG"))
    if kind in {"count", "duration"}:  # "not yet" to "how many ...?" is none so far
        no = no or any(m.label == "ST_NOT_TAKEN" for m in r.loose_statuses)
        if no and all(_in_plan(r, number) for number in numbers):
            # "not yet, will get one next month": none so far.
            r.out.add(name, 0.0 if kind == "duration" else 0)
            return
    if kind in {"score", "year"}:
        for number in numbers:
            if number.unit is None and number.kind in {"cardinal", "range", "vague"}:
                _store_answer(r, name, number, number.text)
                return
        if name == "graduation_year":
            _bare_relative_year(r)
    elif kind == "duration":
        for number in numbers:
            if number.unit is None and number.year_like:
                continue  # "2019" is a date, not 2019 months of experience
            if number.kind != "article" or number.unit is not None:
                _store_answer(r, name, number, number.text)
                return
        if no:
            r.out.add(name, 0.0)
    elif name == "match_cycles":
        _bare_cycles(r, numbers, no)
    elif kind == "count":
        for number in numbers:
            usable = number.unit is None and number.kind not in {"article", "ordinal"}
            if usable and not number.year_like:
                _store_answer(r, name, number, r.doc.text)
                return
        if no:
            r.out.add(name, 0)
    else:
        _bare_categorical(r, name, numbers, no)


def _store_answer(r: Reading, name: str, number: NumberMention, raw: str) -> None:
    """A bare number read in its context: a plan is only a candidate ("one next month"),
    papers in another field or only submitted are no IR publications, "21" is 2021."""
    clause = r.clause_of(number.start)
    if name == "ir_publications" and clause and publication_kind(r, clause) is not WorkKind.IR:
        r.out.add_default(name, 0)
        return
    year = short_year(number) if name == "graduation_year" else None
    if year is not None:
        number = replace(number, value=float(year))
    r.store_number(name, number, raw, doubtful=name in PLANNED_FIELDS and _in_plan(r, number))


def _in_plan(r: Reading, number: NumberMention) -> bool:
    clause = r.clause_of(number.start)
    return clause is not None and planned(r, clause, number.start, number.end)


def _bare_categorical(r: Reading, name: str, numbers: list[NumberMention], no: bool) -> None:
    yes = bool(r.free("YES"))
    statuses = {m.label for m in r.loose_statuses}
    if name == "step2ck_first_attempt":
        ordinals = [n.value for n in numbers if n.kind == "ordinal"]  # "second"
        if yes or "ST_FIRST" in statuses or ordinals[:1] == [1]:
            r.out.add(name, True)
        elif no or statuses & {"ST_RETAKE", "ST_FAIL"} or ordinals:
            r.out.add(name, False)
    elif name == "clinically_active":
        weak = any(m.label == "ACTIVE_WEAK" for m in r.aux)  # "working"
        if yes or no or weak:
            r.out.add(name, yes or (weak and not no))
    elif name == "step1":
        result = step1_result(statuses) or (Step1Result.PASS_FIRST_ATTEMPT if yes else None)
        if result:
            r.out.add(name, result.value)
    elif name == "step3":
        result3 = step3_result(statuses)
        if result3 is None and (yes or no):
            result3 = Step3Result.PASSED if yes else Step3Result.NOT_TAKEN
        if result3:
            r.out.add(name, result3.value)
    elif name == "visa_need":
        if _weak_citizen(r) or no:
            r.out.add(name, VisaNeed.NONE.value)
        elif yes:
            r.out.add(name, VisaNeed.UNDECIDED.value)


def _weak_citizen(r: Reading) -> bool:
    """ "citizen", "gc" as the answer to the visa question (not "citizen of India")."""
    if any(m.label == "COUNTRY" for m in r.aux):
        return False
    for mention in r.aux:
        if mention.label == "VISA_NONE_WEAK":
            following = r.doc[mention.end].lower_ if mention.end < len(r.doc) else ""
            if following != "of":
                return True
    return False


def _bare_relative_year(r: Reading) -> None:
    """ "next year" as the answer to the graduation-year question."""
    for mention in r.mentions:
        if mention.label == "YEAR_RELATIVE":
            offset = RELATIVE_YEAR[mention.text.split()[0].lower()]
            r.out.add("graduation_year", r.current_year + offset)
            return


def _bare_cycles(r: Reading, numbers: list[NumberMention], no: bool) -> None:
    for number in numbers:
        if number.unit is None and number.kind in {"cardinal", "ordinal", "range"}:
            r.store_number("match_cycles", number, number.text)
            return
    if not cycles_from_statuses(r) and no:
        r.out.add("match_cycles", 0)
