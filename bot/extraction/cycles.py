"""Earlier match cycles said through their years or through last year's season.

- "Applied DR in 2024 and 2025 match", "applied in 2023 and 2024": one cycle per past year
  named beside an application word;
- "2 interviews last year", "I matched prelim last year but not DR", "unmatched last cycle":
  a season last year means at least that one earlier cycle (as "applied last year" does).

Only when the message gives no count of its own, never for someone else's season, a plan, or
a year next to a graduation word ("graduated 2019 and applied 2023").
"""

from __future__ import annotations

from itertools import pairwise

from bot.extraction.context import others_speak
from bot.extraction.plans import planned
from bot.extraction.reading import Clause, Reading
from bot.extraction.stage_clause import negated_match

_SEASON_WORDS = frozenset(
    {"applied", "apply", "applying", "reapplied", "application", "applications", "cycle",
     "cycles", "match", "matched", "unmatched", "season", "eras", "soap", "soaped"}
)  # fmt: skip
_LAST = frozenset({"last", "previous", "prior", "past"})
_LAST_NOUNS = frozenset({"year", "cycle", "season", "match", "time"})
_INTERVIEWED = frozenset({"INTERVIEW"})
_SPAN_WORDS = frozenset({"since", "from", "till", "until", "by", "before", "after"})
_LIST_FILLER = frozenset(
    {"in", "the", "also", "both", "again", *("cycle", "cycles", "match", "matches", "seasons")}
)
_ME = frozenset({"i", "i'm", "im", "me", "my", "we", "i've", "ive", "our"})
_SEASON_VERBS = frozenset({"applied", "reapplied", "matched", "unmatched", "got", "had"})
# A past year this many years back at most is a match cycle, not a date of something else.
_YEARS_BACK = 15


def earlier_cycles(r: Reading) -> None:
    if r.out.has("match_cycles"):
        return
    years: set[int] = set()
    last_season = False
    listing = False  # "applied in 2023 and 2024": the years listed after the first
    heading = -1  # "Previous cycles: 2023 (no interviews), 2024 (...)": a sentence of cycles
    for clause in r.clauses:
        words = [r.doc[i].lower_ for i in range(clause.start, clause.end)]
        if clause.sentence == heading:
            years |= _past_years(r, clause) if _opens_with_year(r, clause) else set()
            continue
        if _cycle_heading(r, clause, words):
            heading = clause.sentence
            if _opens_with_year(r, clause):  # "2024 cycle: 3 interviews, unmatched"
                years |= _past_years(r, clause)
            continue
        if listing and set(words) <= _LIST_FILLER | {w for w in words if w.isdigit()}:
            years |= _past_years(r, clause)
            continue
        listing = False
        if _not_the_writers_season(r, clause) or _applied_for_else(words):
            continue
        labels = {m.label for m in r.within(clause, r.mentions)}
        seasonal = bool(set(words) & _SEASON_WORDS) or bool(labels & _INTERVIEWED)
        if not seasonal or not _the_writers(r, clause, words):
            continue
        found = _past_years(r, clause)
        years |= found
        listing = bool(found)
        last_season = last_season or any(
            first in _LAST and second in _LAST_NOUNS for first, second in pairwise(words)
        )
    if years:
        r.out.add("match_cycles", len(years))
    elif last_season:
        r.out.add("match_cycles", 1)


def _not_the_writers_season(r: Reading, clause: Clause) -> bool:
    """Someone else's season, a plan, or a clause that dates a graduation or an exam."""
    labels = {m.label for m in r.within(clause, r.mentions)}
    if labels & {"GRAD", "STEP1", "STEP2", "STEP3", "RESEARCH"}:
        return True
    return others_speak(r, clause) or planned(r, clause, clause.start, clause.end)


_FILLER = frozenset({"for", "to", "my", "a", "an", "the", "our", "some", "j-1"})
_ELSE = frozenset(
    {"visa", "j1", "h1b", "h1", "observership", "observerships", "externship", "research",
     "job", "jobs", "position", "positions", "fellowship", "passport", "ecfmg", "school"}
)  # fmt: skip


def _applied_for_else(words: list[str]) -> bool:
    """ "applied for my J1 visa in 2025", "applied to research positions in 2024": what was
    applied for is not a residency, so the year is no match cycle."""
    for i, word in enumerate(words):
        if word not in {"applied", "apply", "applying", "reapplied"}:
            continue
        rest = [w for w in words[i + 1 : i + 5] if w not in _FILLER]
        if rest and rest[0] in _ELSE:
            return True
    return False


def _the_writers(r: Reading, clause: Clause, words: list[str]) -> bool:
    """The writer's own season ("I applied in 2024", "Applied DR in 2024", "2 interviews last
    year"), not a statement about the match ("last year's match rate for IMGs")."""
    if r.sentence_words(clause.start) & _ME or (words[:1] and words[0] in _SEASON_VERBS):
        return True
    interviews = [m for m in r.within(clause, r.mentions) if m.label in _INTERVIEWED]
    return any(n.end <= m.start for m in interviews for n in r.within(clause, r.numbers))


def _past_years(r: Reading, clause: Clause) -> set[int]:
    found: set[int] = set()
    for number in r.within(clause, r.numbers):
        if not number.year_like or number.kind != "cardinal" or number.unit is not None:
            continue
        if number.start > 0 and r.doc[number.start - 1].lower_ in _SPAN_WORDS:
            return set()  # "applying since 2023": a span, not a count of cycles
        year = int(number.value)
        if r.current_year - _YEARS_BACK <= year < r.current_year or _over(r, clause, number.end):
            found.add(year)
    return found


def _over(r: Reading, clause: Clause, end: int) -> bool:
    """ "Applied in the 2025 and 2026 matches: 3 interviews total, no match": this calendar
    year's match is an earlier cycle when its outcome is told (Match Day is in March)."""
    if end >= len(r.doc) or r.doc[end].lower_ not in {"match", "matches"}:
        return False
    words = [r.doc[i].lower_ for c in r.clauses if c.sentence == clause.sentence
             for i in range(c.start, c.end)]  # fmt: skip
    return bool(set(words) & {"unmatched", "matched", "soap"}) or negated_match(words)


_HEADING_WORDS = frozenset(
    {"cycle", "cycles", "application", "applications", "applied", "attempts", "matches"}
)


def _cycle_heading(r: Reading, clause: Clause, words: list[str]) -> bool:
    """ "Previous cycles:", "Applied:": a heading of the writer's cycles before a colon."""
    colon = clause.end < len(r.doc) and r.doc[clause.end].text == ":"
    return colon and bool(set(words) & _HEADING_WORDS) and not others_speak(r, clause)


def _opens_with_year(r: Reading, clause: Clause) -> bool:
    return any(n.start == clause.start and n.year_like for n in r.within(clause, r.numbers))


# After "haven't applied": what makes it "never applied" rather than not this season / not
# there ("I havent applied this cycle", "haven't applied to IR, only DR", "anywhere" yet).
_NEVER_AFTER = frozenset({"yet", "before", "previously", "ever", "so", "till", "until"})
_ENDS = frozenset({".", "!", "?", ",", ";", "\n", "and", "but", "so"})


def not_applied_here(r: Reading, mention_start: int, mention_end: int) -> bool:
    """ "haven't applied this cycle / to IR / anywhere": says nothing of earlier cycles."""
    if r.doc[mention_start].lower_ not in {"not", "n't", "nt"}:
        return False  # "never applied" is none at all
    if r.doc[mention_end - 1].lower_ != "applied" or mention_end >= len(r.doc):
        return False
    following = r.doc[mention_end]
    return following.lower_ not in _NEVER_AFTER | _ENDS and "\n" not in following.text
