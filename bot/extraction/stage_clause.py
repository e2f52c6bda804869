"""One clause's stage, from its words (``bot/extraction/stage.py`` reads the message and
decides which clauses count): "applied", "have 2 interviews", "certified my rank list",
"going into SOAP", "matched", "haven't applied yet"."""

from __future__ import annotations

from itertools import pairwise

from bot.extraction.stage_words import (
    APP_WORDS,
    HOLD,
    INTERVIEW,
    INTERVIEW_TOPIC,
    NEG,
    NOT_APPLIED_TAIL,
    NOT_ME_AFTER,
    NOT_RESIDENCY,
    PRELIM,
    RANK_WORDS,
    SUPPOSE,
    WILL,
)
from bot.profile import CycleStage


def clause_stage(words: list[str], *, loose: bool) -> CycleStage | None:
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
    if ("unmatched" in found or negated_match(words)) and (loose or "soap" in found):
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


def negated_match(words: list[str]) -> bool:
    """ "didn't match", "failed to match": a match told as not happening."""
    for i, word in enumerate(words):
        if word in {"match", "matched"} and set(words[max(0, i - 3) : i]) & (NEG | {"failed"}):
            return True
    return False
