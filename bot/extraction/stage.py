"""This season's stage (``cycle_stage``) from a message: "I applied this cycle", "I have 2
interviews", "I certified my rank list", "going into SOAP", "I matched!", "haven't applied yet".

A stage is stored only when the message says it plainly about this season; a wrong stage is
worse than none (it turns an application plan into interview advice), so:

- a clause that speaks of an earlier cycle ("last year", "previous cycle", "2024") or a
  supposition ("if I don't match", "hope to get interviews") tells no stage; a clause without
  a time word takes the one of the clause before it in the sentence ("applied last year and
  didn't match");
- a message that tells of an earlier unmatched cycle ("didn't match", "unmatched IMG", without
  "this year") stores a stage only from a clause that names this season ("this year I have 2
  interviews"), since its other verbs may all be about that earlier cycle;
- "I didn't match" alone may be last season's: it counts as this season's only with "this
  year/cycle/season", "now" or SOAP, or as the answer to the stage question;
- contradictions (not applied and interviewing) store nothing.

Interviews this season are not interviews of earlier cycles: a ``prior_interviews`` count read
from the same present-tense clause is dropped (the stage carries it).
Answering the stage question (``expected_field == "cycle_stage"``), bare words count too:
"yes" (applied), "not yet" (preparing), "2 interviews", "SOAP", "matched".
"""

from __future__ import annotations

from itertools import pairwise

from bot.extraction.context import about_others
from bot.extraction.reading import Clause, Reading
from bot.extraction.skips import declines
from bot.extraction.stage_clause import clause_stage, negated_match
from bot.extraction.stage_words import (
    ANSWER_WORDS,
    CYCLE_WORDS,
    INTERVIEW,
    ME,
    NOW,
    PAST,
    SEASON,
)
from bot.profile import CycleStage

FIELD = "cycle_stage"
# Later in the season wins when clauses tell several stages ("applied ... have 2 interviews").
ORDER = tuple(CycleStage)


def cycle_stage(r: Reading) -> None:
    """Store this season's stage when the message tells it plainly (see the module doc)."""
    answering = r.expected == FIELD
    if r.expected == "prior_interviews":
        return  # "I got 3 interviews" answers the question about earlier cycles
    earlier_cycle = not answering and _tells_earlier_cycle(r)
    stages: list[CycleStage] = []
    present_interviews = past_interviews = False
    time, told, others = "none", False, False  # the sentence so far: time, stage, subject
    previous_sentence = -1
    now_sentences = _told_now(r)
    theirs: set[int] = set()  # tokens of clauses about someone else
    for clause in r.clauses:
        words = _words(r, clause)
        if clause.sentence != previous_sentence:
            time, told, others, previous_sentence = "none", False, False, clause.sentence
            time = "now" if clause.sentence in now_sentences else time
        time = _time(words, r.current_year) or time
        # "My friend got 260 and matched IR": the clause after keeps the friend as its subject.
        others = about_others(r, clause) or (others and not set(words) & ME)
        if others:
            theirs.update(range(clause.start, clause.end))
            continue
        if time == "past" or (earlier_cycle and time != "now"):
            past_interviews |= bool(INTERVIEW & set(words))
            continue
        # "I applied, 2 interviews so far": after a stage, the sentence's counts are this season's.
        stage = clause_stage(words, loose=answering or time == "now" or told)
        if stage is not None:
            stages.append(stage)
            told = stage is not CycleStage.PREPARING
            present_interviews |= bool(INTERVIEW & set(words))
    if answering and not stages:
        stages = _bare(r, theirs)
    if not stages or (CycleStage.PREPARING in stages and len(set(stages)) > 1):
        return  # nothing plain, or a contradiction: store nothing
    r.out.add(FIELD, max(stages, key=ORDER.index).value)
    if present_interviews and not past_interviews and r.expected != "prior_interviews":
        r.out.facts.pop("prior_interviews", None)  # this season's, not an earlier cycle's


def _words(r: Reading, clause: Clause) -> list[str]:
    """The clause's words, lower case, without the parts that ask about the domain."""
    return [r.doc[i].lower_ for i in range(clause.start, clause.end) if i not in r.asked]


def _time(words: list[str], current_year: int) -> str | None:
    """ "past" (an earlier cycle), "now" (this season named), or None (not said)."""
    for first, second in pairwise(words):
        if first in PAST and second in SEASON | {"year", "years"}:
            return "past"
        if (first in {"this", "current"} and second in SEASON) or (first, second) == ("so", "far"):
            return "now"
    if set(words) & {"ago", "previously"}:
        return "past"
    # "applied in 2024" is an earlier cycle; "graduated in 2019" says nothing of the season.
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    if set(words) & CYCLE_WORDS and any(year < current_year for year in years):
        return "past"
    return "now" if set(words) & NOW else None


def _told_now(r: Reading) -> set[int]:
    """Sentences that name this season in a later clause and no earlier one anywhere ("Had 2
    IR interviews and 5 DR so far this season"): their first clauses are this season's too."""
    times: dict[int, set[str | None]] = {}
    for clause in r.clauses:
        times.setdefault(clause.sentence, set()).add(_time(_words(r, clause), r.current_year))
    return {sentence for sentence, found in times.items() if "now" in found and "past" not in found}


def _tells_earlier_cycle(r: Reading) -> bool:
    """An unmatched cycle told without "this year/season" (or SOAP): an earlier one."""
    if _reapplying_now(r):
        return True  # "Reapplying DR this cycle": the SOAP and interviews told were earlier
    if any(t.lower_ == "soap" and t.i not in r.asked for t in r.doc):
        return False  # SOAP is this season's
    if (r.out.facts.get("match_cycles") or 0) >= 2:
        return True  # "applied in 2 cycles": at least one of them is an earlier one
    for clause in r.clauses:
        words = _words(r, clause)
        if _time(words, r.current_year) == "now" or "soap" in words:
            continue
        if _cycles_counted(words):
            return True  # "I applied to DR in 4 cycles"
        unmatched = "unmatched" in words or negated_match(words)
        if unmatched or set(words) & {
            "reapply",
            "reapplying",
            "reapplied",
            "again",
            "times",
            "twice",
        }:
            return True
    return False


_REAPPLYING = frozenset({"reapplying", "reapply", "re-applying", "re-apply"})


def _reapplying_now(r: Reading) -> bool:
    """ "Reapplying DR this cycle", "I'm reapplying this year": a new attempt this season."""
    for clause in r.clauses:
        words = _words(r, clause)
        if set(words) & _REAPPLYING and _time(words, r.current_year) == "now":
            return True
    return False


_MANY = frozenset({"two", "three", "four", "five", "six", "several", "multiple"})


def _cycles_counted(words: list[str]) -> bool:
    """ "applied in 4 cycles", "over three seasons": more than one cycle, so earlier ones."""
    for before, word in pairwise(words):
        number = before.isascii() and before.isdigit() and 2 <= int(before) < 20
        many = before in _MANY or number
        if many and word in {"cycles", "seasons"}:
            return True
    return False


def _bare(r: Reading, theirs: set[int]) -> list[CycleStage]:
    """The answer to the stage question in a word: "yes", "not yet", "interviewing"; not a
    word of someone else's clause ("my friend matched DR, so I am hoping")."""
    if declines(r):  # "not sure", "skip": declines the question
        return []
    words = [t.lower_ for t in r.doc if t.i not in theirs]
    stages = [ANSWER_WORDS[w] for w in words if w in ANSWER_WORDS]
    if stages:
        return stages
    if r.free("NEG") or {"no", "not", "nope", "nah", "never"} & set(words):
        return [CycleStage.PREPARING]
    if r.free("YES") or {"yes", "yeah", "yep", "yup", "sure"} & set(words):
        return [CycleStage.APPLIED]
    return []
