"""Earlier cycles and their interviews told the ways the clause reading misses.

Runs last, from ``check_cycles``, on the writer's own clauses:

- a season named by its year and told as past ("applied DR in the 2025 cycle", "my first cycle
  (2025)", "Previous cycles: applied DR in 2025") is one earlier cycle each; the year of this
  season counts only with "the YYYY match" and a new attempt told ("this time", "again");
- "N interviews each (time)" after M earlier cycles is N*M earlier interviews;
- "first time I got zero" with one earlier cycle is that cycle's interview count;
- an outcome told of an ordinal cycle ("unmatched again (3rd cycle)") leaves open whether a
  new cycle has begun: a count read as the ordinal of this attempt (N-1) is dropped.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.extraction.number_words import ORDINAL_WORDS
from bot.extraction.reading import Clause, Reading
from bot.extraction.stage_clause import negated_match

_SEASON = frozenset({"cycle", "match", "season", "application", "applications"})
_APPLIED = frozenset({"applied", "reapplied"})
_NOT_APPLYING = frozenset(
    {"graduated", "graduation", "grad", "yog", "mbbs", "md", "step", "ck", "visa", "passed",
     "took", "not", "didn't", "didnt", "never", "born", "since", "research", "job", "position",
     "positions", "observership", "externship", "fellowship", "school"}
)  # fmt: skip
# "applied DR in 2025": what was applied to is a residency, not a job or a visa.
_RESIDENCY = frozenset(
    {"dr", "ir", "radiology", "residency", "match", "programs", "cycle", "eras", "prelim"}
)
_AGAIN = frozenset({"again", "reapply", "reapplying", "re-applying", "re-apply"})
# How far back an applicant's own season can be (NRMP's Match for IMGs is decades old).
_OLDEST_SEASON = 40
_EACH_AFTER = frozenset({"", "time", "cycle", "year", "season", "round", ",", ".", ")", "!"})
_FIRST = frozenset({"first", "1st", "last"})
_CYCLE_LABELS = frozenset({"ST_FIRST", "ST_RETAKE", "INTERVIEW", "CYCLE", "CYCLE_NONE"})
_ZERO = {"zero": 0, "none": 0, "nothing": 0, "0": 0}


def cycle_history(r: Reading, mine: list[Clause]) -> None:
    facts = r.out.facts
    seasons = _past_seasons(r, mine)
    if seasons and not facts.get("match_cycles"):
        facts["match_cycles"] = seasons
    _each_time(r, mine)
    _first_time(r, mine)
    _outcome_of_ordinal(r, mine)


def _words(r: Reading, clause: Clause) -> list[str]:
    return [r.doc[i].lower_ for i in range(clause.start, clause.end)]


def _past_seasons(r: Reading, mine: list[Clause]) -> int:
    """Distinct years of the writer's seasons told as past."""
    again = bool({t.lower_ for t in r.doc} & _AGAIN) or _this_time(r)
    years: set[int] = set()
    doc = [t.lower_ for t in r.doc]
    for clause in mine:
        for i in range(clause.start, clause.end):
            word = doc[i]
            if not (word.isascii() and word.isdigit() and len(word) == 4):
                continue
            year = int(word)
            if not r.current_year - _OLDEST_SEASON <= year <= r.current_year:
                continue  # "1890 cycle" is no season of the writer's
            after = doc[i + 1] if i + 1 < len(doc) else ""
            named = after in _SEASON or (i >= 2 and doc[i - 1] == "(" and doc[i - 2] in _SEASON)
            before = set(doc[max(0, i - 6) : i])
            applied = bool(before & _APPLIED) and not before & _NOT_APPLYING
            applied = applied and bool(set(_words(r, clause)) & _RESIDENCY)
            if not (named or applied) or (named and before & {"not", "didn't", "didnt"}):
                continue
            # "Applied DR in the 2026 match" / "the 2026 cycle ... didn't match", then again.
            this_year = year == r.current_year and again and after in {"match", "cycle"}
            if year < r.current_year or (this_year and (after == "match" or _over(r, clause))):
                years.add(year)
    return len(years)


def _over(r: Reading, clause: Clause) -> bool:
    """The sentence tells the season's outcome ("didn't match DR, then SOAP")."""
    words = [r.doc[i].lower_ for c in r.clauses if c.sentence == clause.sentence
             for i in range(c.start, c.end)]  # fmt: skip
    return bool(set(words) & {"unmatched", "matched", "soap"}) or negated_match(words)


def _this_time(r: Reading) -> bool:
    words = [t.lower_ for t in r.doc]
    return any(a == "this" and b == "time" for a, b in pairwise(words))


def _each_time(r: Reading, mine: list[Clause]) -> None:
    """ "1 interview each time", "got 1 interview each" after M earlier cycles: N*M."""
    cycles = r.out.facts.get("match_cycles")
    if not isinstance(cycles, int) or cycles < 1:
        return
    for clause in mine:
        words = _words(r, clause)
        for i, word in enumerate(words):
            if word != "each" or not {"interview", "interviews"} & set(words[max(0, i - 3) : i]):
                continue
            after = words[i + 1] if i + 1 < len(words) else ""
            counts = [w for w in words[max(0, i - 5) : i] if w.isascii() and w.isdigit()]
            if after not in _EACH_AFTER or len(counts) != 1:
                continue
            each = int(counts[0])
            if r.out.facts.get("prior_interviews") in (None, each):
                r.out.facts["prior_interviews"] = each * cycles
            return


def _first_time(r: Reading, mine: list[Clause]) -> None:
    """ "(2nd time applying, first time I got zero)": the one earlier cycle's interviews, when
    the message speaks of interviews and the clause tells one count and nothing else."""
    facts = r.out.facts
    if facts.get("match_cycles") != 1 or "prior_interviews" in facts:
        return
    if not any(m.label == "INTERVIEW" for m in r.mentions):
        return
    told: list[int] = []
    for clause in mine:
        words = _words(r, clause)
        if not any(_ordinal(a) and b in {"time", "cycle"} for a, b in pairwise(words)):
            continue
        labels = {m.label for m in r.within(clause, r.mentions)}
        if not {"got", "had", "get"} & set(words) or labels - _CYCLE_LABELS:
            continue
        found = [n for n in map(_count, words) if n is not None]
        if len(found) != 1:
            return
        first = any(a in _FIRST and b in {"time", "cycle"} for a, b in pairwise(words))
        told.append(found[0] if first else -1)  # "second cycle got 3": another cycle's
    if len(told) == 1 and 0 <= told[0] < 40:
        facts["prior_interviews"] = told[0]


def _count(word: str) -> int | None:
    if word in _ZERO:
        return _ZERO[word]
    return int(word) if word.isascii() and word.isdigit() else None


def _outcome_of_ordinal(r: Reading, mine: list[Clause]) -> None:
    """ "unmatched again (3rd cycle)", "didn't match in my 2nd cycle": N-1 is not sure. The
    ordinal follows the outcome closely and is not this attempt's ("2nd time applying")."""
    stored = r.out.facts.get("match_cycles")
    doc = [t.lower_ for t in r.doc]
    for clause in mine:
        words = _words(r, clause)
        if not ("unmatched" in words or negated_match(words)):
            continue
        for p in range(clause.start, clause.end):
            if doc[p] not in {"unmatched", "match"}:
                continue
            end = min(p + 7, _sentence_end(r, clause))
            window = doc[p + 1 : end]
            for i, word in enumerate(window[:-1]):
                value = _ordinal(word)
                rest = window[i + 2 : i + 3]
                if value is None or value < 2 or window[i + 1] not in {"cycle", "time", "attempt"}:
                    continue
                if not set(rest) & {"applying", "applicant", "apply"} and stored == value - 1:
                    r.out.facts.pop("match_cycles")
                return


def _sentence_end(r: Reading, clause: Clause) -> int:
    return max(c.end for c in r.clauses if c.sentence == clause.sentence)


def _ordinal(word: str) -> int | None:
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    match = re.fullmatch(r"(\d+)(st|nd|rd|th)", word)
    return int(match.group(1)) if match else None
