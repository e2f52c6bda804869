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
from bot.extraction.stage_words import (
    ANSWER_WORDS,
    APP_WORDS,
    CYCLE_WORDS,
    HOLD,
    INTERVIEW,
    INTERVIEW_TOPIC,
    ME,
    NEG,
    NOT_APPLIED_TAIL,
    NOT_ME_AFTER,
    NOT_RESIDENCY,
    NOW,
    PAST,
    PRELIM,
    RANK_WORDS,
    SEASON,
    SUPPOSE,
    WILL,
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
    for clause in r.clauses:
        words = _words(r, clause)
        if clause.sentence != previous_sentence:
            time, told, others, previous_sentence = "none", False, False, clause.sentence
        time = _time(words, r.current_year) or time
        # "My friend got 260 and matched IR": the clause after keeps the friend as its subject.
        others = about_others(r, clause) or (others and not set(words) & ME)
        if others:
            continue
        if time == "past" or (earlier_cycle and time != "now"):
            past_interviews |= bool(INTERVIEW & set(words))
            continue
        # "I applied, 2 interviews so far": after a stage, the sentence's counts are this season's.
        stage = _clause_stage(words, loose=answering or time == "now" or told)
        if stage is not None:
            stages.append(stage)
            told = stage is not CycleStage.PREPARING
            present_interviews |= bool(INTERVIEW & set(words))
    if answering and not stages:
        stages = _bare(r)
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


def _tells_earlier_cycle(r: Reading) -> bool:
    """An unmatched cycle told without "this year/season" (or SOAP): an earlier one."""
    if any(t.lower_ == "soap" and t.i not in r.asked for t in r.doc):
        return False  # SOAP is this season's
    if (r.out.facts.get("match_cycles") or 0) >= 2:
        return True  # "applied in 2 cycles": at least one of them is an earlier one
    for clause in r.clauses:
        words = _words(r, clause)
        if _time(words, r.current_year) == "now" or "soap" in words:
            continue
        unmatched = "unmatched" in words or _negated_match(words)
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


def _negated_match(words: list[str]) -> bool:
    for i, word in enumerate(words):
        if word in {"match", "matched"} and set(words[max(0, i - 3) : i]) & (NEG | {"failed"}):
            return True
    return False


def _clause_stage(words: list[str], *, loose: bool) -> CycleStage | None:
    """The stage one clause tells, most specific first; ``loose``: this season is named (or
    asked), so "didn't match" and a bare interview count are enough."""
    found = set(words)
    if not words or found & {"if", "whether", "unless"}:
        return None
    if _plans_to_apply(words):
        return CycleStage.PREPARING
    infinitive = any(a == "to" and b in {"match", "apply", "matching"} for a, b in pairwise(words))
    if found & SUPPOSE or infinitive:
        return None
    if "soap" in found and _near(words, "soap", {"in", "into", "doing", "entering", "through"}):
        return CycleStage.UNMATCHED
    if ("unmatched" in found or _negated_match(words)) and (loose or "soap" in found):
        return CycleStage.UNMATCHED
    if "matched" in found and not found & (NEG | PRELIM) and _about_me(words, "matched"):
        return CycleStage.MATCHED
    if _ranked(words):
        return CycleStage.RANKED
    interviews = _interviews(words, loose=loose)
    if interviews is not None:
        return interviews
    if _applied(words, loose=loose):
        return CycleStage.APPLIED
    return None


def _plans_to_apply(words: list[str]) -> bool:
    """ "haven't applied yet", "never applied", "will apply next year", "applying next cycle"."""
    for i, word in enumerate(words):
        if word not in {"apply", "applied", "applying"}:
            continue
        before, after = set(words[max(0, i - 3) : i]), words[i + 1 : i + 5]
        if word != "applying" and before & NEG:
            # Not applied at all ("haven't applied yet"), not only somewhere ("not to IR").
            return set(after) <= NOT_APPLIED_TAIL
        timed = set(after[:3]) & {"next", "september", "later"}
        if word != "applied" and timed and (before & (WILL | {"to"}) or word == "applying"):
            return True
        if word == "apply" and {"yet", "to"} <= before:  # "yet to apply"
            return True
    found = set(words)
    return bool("preparing" in found and found & APP_WORDS)


def _ranked(words: list[str]) -> bool:
    found = set(words)
    if found & NEG or found & WILL:
        return False
    if "certified" in found and found & (RANK_WORDS | {"list"}):
        return True
    if "submitted" in found and found & RANK_WORDS:
        return True
    ranked = _near(words, "ranked", {"i", "'ve", "ve", "have", "already", "just"})
    return ranked and bool(found & {"programs", "program", "them", "all", "list", "everything"})


def _interviews(words: list[str], *, loose: bool) -> CycleStage | None:
    """Interviews held this season; "no interviews yet" is applied, waiting."""
    found = set(words)
    if not found & INTERVIEW or found & (WILL - {"going"}) or found & INTERVIEW_TOPIC:
        return None
    if found & NEG:
        so_far = "yet" in found or ("so", "far") in set(pairwise(words))
        return CycleStage.APPLIED if so_far or loose else None
    if "interviewed" in found or "interviewing" in found:
        return CycleStage.INTERVIEWING if _about_me(words, "interview") else None
    counted = any(w.isdigit() or w in {"an", "a", "one", "two", "three", "few"} for w in words)
    if found & HOLD or (loose and counted):
        return CycleStage.INTERVIEWING
    return None


def _applied(words: list[str], *, loose: bool) -> bool:
    """ "I've applied to 80 programs", "submitted my ERAS", "applications are out"; a bare
    "I applied to 80 programs" may be an earlier cycle's, so it needs this season named."""
    found = set(words)
    if found & NEG or found & NOT_RESIDENCY or found & WILL:
        return False
    perfect = bool(found & {"'ve", "ve", "have", "has"})
    if "applied" in found and _about_me(words, "applied") and (loose or perfect):
        return True
    if found & {"submitted", "sent"} and found & APP_WORDS:
        return True
    return any(
        first in {"applications", "apps", "eras"}
        and second in {"are", "is", "were"}
        and third in {"out", "in", "submitted", "sent", "done"}
        for first, second, third in zip(words, words[1:], words[2:], strict=False)
    )


def _about_me(words: list[str], word: str) -> bool:
    """The word has the writer as its subject ("I applied", "I've just matched", "matched!")."""
    i = next(index for index, w in enumerate(words) if w.startswith(word))
    before, after = words[max(0, i - 3) : i], words[i + 1 : i + 2]
    if set(after) & NOT_ME_AFTER:  # "matched applicants had ..."
        return False
    return i == 0 or bool(set(before) & {"i", "'ve", "ve", "we", "am", "'m", "m", "im"})


def _near(words: list[str], word: str, neighbours: set[str]) -> bool:
    i = words.index(word) if word in words else -1
    return i >= 0 and bool(set(words[max(0, i - 2) : i]) & neighbours)


def _bare(r: Reading) -> list[CycleStage]:
    """The answer to the stage question in a word: "yes", "not yet", "interviewing"."""
    if "SKIP" in r.labels():  # "not sure", "skip": declines the question
        return []
    words = [t.lower_ for t in r.doc]
    stages = [ANSWER_WORDS[w] for w in words if w in ANSWER_WORDS]
    if stages:
        return stages
    if r.free("NEG") or {"no", "not", "nope", "nah", "never"} & set(words):
        return [CycleStage.PREPARING]
    if r.free("YES") or {"yes", "yeah", "yep", "yup", "sure"} & set(words):
        return [CycleStage.APPLIED]
    return []
