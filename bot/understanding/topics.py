"""The keyword topic model: ``topics.yml`` (patterns and weights per answer topic), read once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

OUT_OF_SCOPE = "out_of_scope"
# A clause needs this much pattern weight to be placed on a topic (one strong word is enough).
MIN_TOPIC_SCORE = 2


@dataclass(frozen=True)
class TopicPattern:
    topic: str
    pattern: re.Pattern[str]
    weight: int


class TopicDataError(ValueError):
    """``topics.yml`` is malformed: names the topic and the entry."""


@lru_cache(maxsize=1)
def topic_patterns() -> tuple[TopicPattern, ...]:
    raw = yaml.safe_load(resources.files("bot.understanding").joinpath("topics.yml").read_text())
    patterns: list[TopicPattern] = []
    for topic, entries in (raw or {}).get("topics", {}).items():
        for entry in entries:
            try:
                expression, weight = entry
                patterns.append(TopicPattern(topic, re.compile(expression, re.I), int(weight)))
            except (TypeError, ValueError, re.error) as error:
                raise TopicDataError(f"topics.yml, {topic}: bad entry {entry!r}: {error}") from None
    return tuple(patterns)


@lru_cache(maxsize=1)
def refinements() -> dict[str, str]:
    """Finer topic -> the NLU intent it refines (``refines`` in ``topics.yml``)."""
    raw = yaml.safe_load(resources.files("bot.understanding").joinpath("topics.yml").read_text())
    return {str(k): str(v) for k, v in ((raw or {}).get("refines") or {}).items()}


def coarse(topic: str) -> str:
    """The NLU intent a topic refines, or the topic itself."""
    return refinements().get(topic, topic)


_FIELD_KEYS = (
    "other_specialty",
    "our_field",
    "immigration",
    "specialty_setting",
    "plan_b",
    "off_topic",
)


@lru_cache(maxsize=1)
def _field_patterns() -> dict[str, re.Pattern[str]]:
    """The scope patterns of ``topics.yml`` (``_FIELD_KEYS``) by name."""
    raw = yaml.safe_load(resources.files("bot.understanding").joinpath("topics.yml").read_text())
    try:
        return {key: re.compile(raw[key], re.I) for key in _FIELD_KEYS}
    except (KeyError, TypeError, re.error) as error:
        raise TopicDataError(f"topics.yml: {'/'.join(_FIELD_KEYS)}: {error}") from None


def about_another_specialty(clause: str) -> bool:
    """The clause names another specialty and nothing of radiology or IR, or asks about a
    fellowship in another specialty ("can I do a cardiology fellowship after IR?"). A specialty
    named as the place of the applicant's work ("a scribe in a cardiology clinic") does not
    count, nor does one asked as radiology's plan B ("should I switch to IM or pathology?")."""
    fields = _field_patterns()
    named = next(
        (
            found
            for found in fields["other_specialty"].finditer(clause)
            if not fields["specialty_setting"].search(clause[found.end() :])
        ),
        None,
    )
    if not named:
        return False
    specialty = re.escape(named.group(0))
    fellowship = re.search(
        rf"{specialty}\W+(?:\w+\W+)?fellowships?\b|\bfellowships?\W+(?:in|of)\W+{specialty}",
        clause,
        re.I,
    )
    # "I did a cardiology fellowship abroad, can I apply IR?" is a fact about the applicant.
    done = re.search(r"\b(did|done|completed?|finished|trained)\b", clause[: named.start()], re.I)
    if fellowship and not done:
        return True
    # "is anesthesia easier than rads?": the other specialty weighed against ours (round 17)
    if re.search(
        rf"{specialty}\W+(?:\w+\W+){{0,2}}(?:easier|harder|less|more)\b[^?.]*\bthan\b", clause, re.I
    ):
        return True
    # "switching to anesthesia instead, what CK do IMGs need for gas?" asks what the other
    # specialty requires: no longer radiology's plan B ("should I switch to IM?" still is)
    plan_b = fields["plan_b"].search(clause) and not _ITS_NEEDS.search(clause[named.end() :])
    # "if IR doesn't work out, is anesthesia easier to match?": our field named only as the
    # condition asks about the other specialty ("..., should I switch to anesthesia?" is plan B)
    return not fields["our_field"].search(_OURS_FAILING.sub(" ", clause)) and not plan_b


# "if IR (really) doesn't work out", "if radiology fails": our field only as a failed condition
_OURS_FAILING = re.compile(
    r"\bif (?:\w+ ){0,2}(?:ir|dr|radiology|rads|interventional)\b (?:\w+ ){0,2}?"
    r"(?:does ?n[o']?t|does not|did ?n[o']?t|won'?t|will not|fails?|falls? through|"
    r"(?:is|goes) nowhere)\b(?: (?:work|pan) out| happen| work)?",
    re.I,
)


# What a specialty named before requires: "what CK do IMGs need for gas?", "how high a score is
# needed for it?"
_ITS_NEEDS = re.compile(
    r"\b(?:what|which|how (?:much|many|high|good))\b[^?.]*\b(?:need|needs|needed|required|require|"
    r"requires|requirements?|expect|expected)\b[^?.]*\b(?:for|in|into)\b",
    re.I,
)


def asks_immigration(clause: str) -> bool:
    """The clause seeks a green card, citizenship or a waiver job: immigration law."""
    return bool(_field_patterns()["immigration"].search(clause))


def off_topic(clause: str) -> bool:
    """The clause asks what no answer of ours covers whatever it names: a resident's salary,
    side jobs, a spouse's work rights, a cover letter for a job, USMLE study resources."""
    return bool(_field_patterns()["off_topic"].search(clause))


# "Is my CK killing me despite all the research?", "is H1B possible since I have step 3?":
# what a concession or a reason already held names is not asked
_CONCESSION = re.compile(
    r"\b(?:despite|in spite of|regardless of|(?:since|as|now that) i (?:already )?(?:have|passed|"
    r"took|did))\s+(?:all\s+)?(?:the\s+|my\s+|of\s+)?(?:\w+\s+)?"
    r"(?:research|pubs?|publications?|papers?|letters?|lors?|usce|scores?|step ?[123]|ck|s[123])\b",
    re.I,
)


# "Is 251 enough for integrated IR with no research?": a lack held as the condition of a judged
# score or route is not asked ("can I match with no research?" still names it)
_HELD_LACK = re.compile(
    r"(\b(?:enough|ok|okay|good|competitive|possible|realistic)\b[^?,;]{0,30}?)\s*"
    r"\b(?:with (?:no|zero|0)|without(?: any)?)\s+(?:research|pubs?|publications?|papers?)\b",
    re.I,
)


# "how do I answer the 'what if you don't match' question": an interviewer's question quoted
_QUOTED_QUESTION = re.compile(r"['\"\u2018\u201c].{3,80}?['\"\u2019\u201d]\s+(?=questions?\b)")


# "which DR progs sponsor J1?": the forum's short "prog(s)" read as "program(s)" (round 17)
_TERSE_PROGRAMS = re.compile(r"\bprog(?=s?\b)", re.IGNORECASE)


def topic_scores(clause: str) -> dict[str, int]:
    """Total pattern weight per topic found in ``clause`` (a concession and an interviewer's
    question quoted left out)."""
    clause = _QUOTED_QUESTION.sub(" ", _CONCESSION.sub(" ", _HELD_LACK.sub(r"\1 ", clause)))
    clause = _TERSE_PROGRAMS.sub("program", clause)
    scores: dict[str, int] = {}
    for item in topic_patterns():
        if item.pattern.search(clause):
            scores[item.topic] = scores.get(item.topic, 0) + item.weight
    return scores


def ranked_topics(clause: str) -> list[str]:
    """The clause's topics over ``MIN_TOPIC_SCORE``, best first; out of scope only when alone,
    or when the clause is about another specialty (``about_another_specialty``), immigration
    law (``asks_immigration``) or something else off our topics (``off_topic``).

    Ties keep the order of ``topics.yml`` (specific topics are listed first).
    """
    if about_another_specialty(clause) or asks_immigration(clause) or off_topic(clause):
        return [OUT_OF_SCOPE]
    scores = topic_scores(clause)
    order = {item.topic: index for index, item in enumerate(topic_patterns())}
    placed = sorted(
        (topic for topic, score in scores.items() if score >= MIN_TOPIC_SCORE),
        key=lambda topic: (-scores[topic], order[topic]),
    )
    in_scope = [topic for topic in placed if topic != OUT_OF_SCOPE]
    return in_scope or placed
