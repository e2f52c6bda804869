"""Plans and advice: "I will get an IR letter next month", "hoping for 3 months of USCE", "my
mentor says I should take a research position for a year" tell something not done yet; the
fact goes to ``uncertain`` with a short confirming question.
"""

from __future__ import annotations

from itertools import pairwise

from bot.extraction.not_yet import not_done_yet
from bot.extraction.plan_heads import dated_later, under_plan_heading
from bot.extraction.prospects import asked_to_get, continued_prospect, prospect_words
from bot.extraction.reading import Clause, Reading

# Plans and hopes: the thing is not done yet.
FUTURE_WORDS = frozenset(
    {"will", "'ll", "ll", "gonna", "planning", "plan", "plans", "hope", "hoping", "expect",
     "expecting", "soon", "upcoming", "later", "pending", "awaiting", "waiting", "might",
     "may", "want", "wanna", "aiming", "aim", "target", "targeting", "scheduled", "would",
     "trying", "promised", "supposed", "future", "tomorrow", "coming", "incoming", "gon", "planned",
     "offering", "offered", "considering", "thinking"}
)  # fmt: skip
_FUTURE_PAIRS = frozenset(
    {
        ("going", "to"),
        ("next", "month"),
        ("next", "week"),
        ("next", "year"),
        ("yet", "to"),
        ("can", "get"),
        ("could", "get"),
    }
)
# Where a later part of the sentence stops speaking of the fact ("... which will help").
_TAIL_STOPS = frozenset({"which", "that", "so", "because", "since", "but"})
# Fields a plan can't make true yet. Graduation years, visas and cycles are often future
# ("graduating 2027", "will need a J1", "will be my 3rd time") and stay facts.
PLANNED_FIELDS = frozenset(
    {"step2ck_score", "usce_months", "observership_weeks", "ir_elective_weeks",
     "research_years", "us_ir_letters", "us_dr_letters", "us_other_letters",
     "ir_publications", "ir_abstracts", "prior_interviews"}
)  # fmt: skip


def planned(r: Reading, clause: Clause, start: int, end: int) -> bool:
    """Whether the clause holding tokens [start, end) speaks of a plan, not a fact."""
    words = [r.doc[i].lower_ for i in range(clause.start, clause.end)]
    stop = next(
        (i for i, word in enumerate(words) if word in _TAIL_STOPS and clause.start + i >= end),
        len(words),
    )
    words = words[:stop]
    if _judged(words):
        words = [word for word in words if word not in {"will", "would"}]
    if any(word in FUTURE_WORDS for word in words) or prospect_words(words):
        return True
    if continued_prospect(r, clause) or asked_to_get(r, clause) or advised(r, clause):
        return True
    if under_plan_heading(r, clause) or dated_later(r, clause) or not_done_yet(r, clause):
        return True  # "Plan for next months: 4 week IR elective", "IR elective in Feb 2027"
    return any(pair in _FUTURE_PAIRS for pair in pairwise(words))


# "will my 2 IR letters be enough?": whether what the writer has suffices, not a plan.
_JUDGED = frozenset(
    {"enough", "sufficient", "ok", "okay", "fine", "good", "competitive", "bad", "low",
     "considered"}
)  # fmt: skip
_JUDGING = frozenset({"hurt", "matter", "count", "suffice", "affect"})
# "will CK 239 filter me out?", "will they consider me with ...": the writer judged.
_JUDGING_ME = frozenset({"filter", "screen", "disqualify", "kill", "consider", "reject", "accept"})


def _judged(words: list[str]) -> bool:
    for i, word in enumerate(words):
        if word in {"will", "would"}:
            rest = words[i + 1 :]
            if rest[:1] and rest[0] in _SOME:
                return False  # "would a letter from my IM PD hurt me?": one asked about
            judged = any(a == "be" and b in _JUDGED for a, b in pairwise(rest))
            me = any(a in _JUDGING_ME and b in {"me", "out"} for a, b in pairwise(rest))
            return judged or me or bool(set(rest) & _JUDGING)
    return False


# "would a letter from my IM PD hurt me?", "will another year of research help?": a thing
# asked about, not the writer's.
_SOME = frozenset({"a", "an", "another"})
_ADVISING = frozenset({"should", "shall", "ought"})
_ADVISED = frozenset({"i", "you", "u", "we"})
_AND = frozenset({"and", "&", "then"})


def advised(r: Reading, clause: Clause) -> bool:
    """ "my mentor says I should take a research position for a year", "you should do 2 more
    months": advice to the writer, also in a clause joined to it by "and" ("I should stop
    applying and take a research year"); not "should I ...?" (a question read elsewhere)."""
    index = r.clauses.index(clause)
    while True:
        words = [r.doc[i].lower_ for i in range(clause.start, clause.end)]
        if any(a in _ADVISED and b in _ADVISING for a, b in pairwise(words)):
            return True
        before = r.doc[clause.start - 1].lower_ if clause.start > 0 else ""
        previous = r.clauses[index - 1] if index > 0 else None
        if previous is None or before not in _AND or previous.sentence != clause.sentence:
            return False
        index, clause = index - 1, previous
