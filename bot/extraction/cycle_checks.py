"""A last look at ``match_cycles`` and ``prior_interviews`` once the whole message is read.

The clause-by-clause pairing may take any number near a cycle or interview word; long posts
often say the count of earlier cycles another way, and a wrong count is worse than none:

- an ordinal of the attempt ("this will be my 3rd time applying", "this is my second attempt
  at the match", "I'm on my 4th cycle") means N-1 earlier cycles, whatever ordinals name the
  earlier cycles after it ("first cycle zero interviews, second cycle 2");
- a cardinal count of cycles ("I applied to DR in 4 cycles", "applied 3 times") is N;
- a message that tells of no earlier cycle of the writer's at all ("writing my PS for next
  cycle", "she has 14 interviews this cycle, I have 3") has no earlier cycles; with a word of
  this season or ahead ("5 interviews now", "tips for a virtual interview") no earlier
  interviews either (a bare "got 2 interviews" stays). Someone else's season ("a friend
  matched DR last year") is no evidence of the writer's.

Answering the cycles or interviews question, the bare answer stands.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.extraction.context import others_speak
from bot.extraction.cycle_history import cycle_history
from bot.extraction.number_words import ORDINAL_WORDS
from bot.extraction.reading import Clause, Reading
from bot.extraction.stage_clause import negated_match

_FIELDS = ("match_cycles", "prior_interviews")
_ATTEMPT_NOUNS = frozenset({"time", "attempt", "try", "go", "cycle", "round", "application"})
_APPLYING = frozenset({"applying", "applicant", "apply", "applied", "match", "cycle"})
# "this is my 3rd time", "this will be my third cycle", "I'm on my 4th attempt"
_BEING = frozenset({"is", "be", "'s", "s", "on", "its", "it's"})
_COUNTED = frozenset({"cycles", "times", "seasons", "matches", "rounds"})
_APPLIED = frozenset({"applied", "reapplied", "apply", "applying"})
# Words that tell of an earlier cycle of the writer's.
_EARLIER_WORDS = frozenset(
    {"applied", "reapplied", "reapplying", "reapply", "reapplicant", "re-applying",
     "unmatched", "soap", "soaped", "again", "twice", "times", "cycles", "previously",
     "ago", "before", "attempts", "matched"}
)  # fmt: skip
_PAST = frozenset({"last", "previous", "prior", "past", "earlier"})
_PAST_NOUNS = frozenset(
    {"year", "cycle", "season", "match", "time", "application", "applications", "cycles",
     "march", "spring", "round"}
)  # fmt: skip


def check_cycles(r: Reading) -> None:
    if r.expected in _FIELDS:
        return
    mine = [c for c in r.clauses if not others_speak(r, c) and not _theirs(_words(r, c))]
    attempt = _attempt_ordinal(r, mine)
    if attempt is not None and attempt >= 2:
        r.out.facts["match_cycles"] = attempt - 1
    counted = _cycles_counted(r, mine)
    if counted is not None:
        r.out.facts["match_cycles"] = counted
    cycle_history(r, mine)
    if _tells_earlier(r, mine):
        return
    if (r.out.facts.get("match_cycles") or 0) > 0:
        r.out.facts.pop("match_cycles")
    if {t.lower_ for t in r.doc} & _THIS_SEASON:
        r.out.facts.pop("prior_interviews", None)  # a bare "got 2 interviews" stays


# Words that set interviews in this season or ahead ("5 interviews now", "rank list due").
_THIS_SEASON = frozenset(
    {"this", "now", "currently", "next", "upcoming", "tomorrow", "rank", "deadline", "tips",
     "already", "will"}
)  # fmt: skip


def _words(r: Reading, clause: Clause) -> list[str]:
    return [r.doc[i].lower_ for i in range(clause.start, clause.end)]


def ordinal(word: str) -> int | None:
    word = word.rstrip("-")
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    match = re.fullmatch(r"(\d+)(st|nd|rd|th)", word)
    return int(match.group(1)) if match else None


def _attempt_ordinal(r: Reading, mine: list[Clause]) -> int | None:
    """ "this will be my 3rd time applying", "my second attempt at the match", "2nd-time
    applicant", "this is my 4th cycle": the ordinal of this attempt."""
    for clause in mine:
        words = _words(r, clause)
        if _exam(r, clause, words):
            continue  # "Step 1 passed on my second attempt"
        for i, word in enumerate(words):
            value = ordinal(word)
            rest = [w for w in words[i + 1 : i + 5] if w != "-"]
            if value is None or not rest or rest[0] not in _ATTEMPT_NOUNS:
                continue
            before = words[max(0, i - 3) : i]
            if _outcome_before(words[:i]):
                continue  # "unmatched for the 2nd time": read by the fixed phrases
            being = bool(set(before) & _BEING) and "my" in before
            if being or set(rest[1:]) & _APPLYING or rest[0] == "applicant":
                return value
    return None


def _outcome_before(words: list[str]) -> bool:
    return "unmatched" in words or negated_match(words)


def _cycles_counted(r: Reading, mine: list[Clause]) -> int | None:
    """ "I applied to DR in 4 cycles", "applied 3 times": the count of cycles after the
    writer's past application verb in one clause."""
    for clause in mine:
        words = _words(r, clause)
        if not {"applied", "reapplied"} & set(words):
            continue
        for number in r.within(clause, r.numbers):
            if number.year_like or number.kind != "cardinal" or not number.is_whole:
                continue
            after = r.doc[number.end].lower_ if number.end < len(r.doc) else ""
            applied = any(r.doc[i].lower_ in _APPLIED for i in range(clause.start, number.start))
            if after in _COUNTED and applied and number.start - clause.start < 12:
                return int(number.value)
    return None


def _tells_earlier(r: Reading, mine: list[Clause]) -> bool:
    """Any word of the writer's that tells of an earlier cycle."""
    for clause in mine:
        words = _words(r, clause)
        if set(words) & _SUPPOSING:
            continue  # "if I don't match", "hoping not to go unmatched"
        if set(words) & _EARLIER_WORDS or negated_match(words):
            return True
        if any(a in _PAST and b in _PAST_NOUNS for a, b in pairwise(words)):
            return True
        if _ordinal_cycle(r, clause, words):
            return True
        if any(w.isdigit() and len(w) == 4 and int(w) < r.current_year for w in words) and set(
            words
        ) & {"cycle", "match", "interview", "interviews", "applied"}:
            return True
    return False


_EXAMS = frozenset({"STEP1", "STEP2", "STEP3", "STEPS_ALL"})


def _exam(r: Reading, clause: Clause, words: list[str]) -> bool:
    """An exam's attempt ("Step 1 passed on my second attempt"), not an application's."""
    if not {"attempt", "try", "go"} & set(words):
        return False
    labels = {m.label for m in r.within(clause, r.mentions)}
    return bool(labels & _EXAMS) or bool({"step", "ck", "usmle", "exam"} & set(words))


def _ordinal_cycle(r: Reading, clause: Clause, words: list[str]) -> bool:
    """ "first cycle zero interviews", "2nd time applying"; not an exam's attempt ("Step 1 on
    the first attempt")."""
    if _exam(r, clause, words):
        return False
    for i, word in enumerate(words):
        value = ordinal(word)
        noun = words[i + 1] if i + 1 < len(words) else ""
        if value is not None and (noun == "cycle" or (value >= 2 and noun in _ATTEMPT_NOUNS)):
            return True
    return False


_SUPPOSING = frozenset({"if", "unless", "hope", "hoping", "worried", "afraid", "scared", "case"})
_PEOPLE = frozenset(
    {"friend", "friends", "colleague", "colleagues", "senior", "seniors", "batchmate",
     "classmate", "sister", "brother", "cousin", "husband", "wife", "he", "she", "they",
     "someone", "people", "mentor", "roommate", "coworker", "guy", "girl"}
)  # fmt: skip


def _theirs(words: list[str]) -> bool:
    """ "A friend of mine matched DR last year", "she has 14 interviews this cycle": a
    clause whose first words name someone else as its subject."""
    head = words[:5]
    if not set(head) & _PEOPLE:
        return False
    return not {"i", "i'm", "im", "i've", "ive", "me", "we"} & set(head)
