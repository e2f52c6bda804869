"""Turn one user message into profile facts (the public entry point is ``extract_facts``).

How it reads a message:
1. light normalisation of glued forms ("step1", "3months", "s2ck248");
2. spaCy tokenises; the Matchers find anchors ("step 2", "LoRs", "USCE"), statuses ("first
   try"), cues (skip, correction) and, in a second layer, applicant type, countries, regions;
3. numbers are read from the tokens no anchor uses, with their units and ranges;
4. the message is cut into clauses (at punctuation, "and", "but"); inside a clause each anchor
   takes the nearest compatible number; a clause with a number but no anchor inherits the
   previous clause's anchor ("2 LoRs from IR, 1 from DR");
5. when the bot asked for a field (``expected_field``) a bare answer ("two", "no", "6 weeks")
   fills it;
6. every value is checked against the profile's ranges: impossible ones go to ``rejected``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Token

from bot.extraction.fields import (
    LETTER_FIELDS,
    SPECS,
    SUMMED_FIELDS,
    check,
    convert,
    range_reason,
)
from bot.extraction.models import Extraction, RejectedFact
from bot.extraction.numbers import ORDINAL_WORDS, NumberMention, find_numbers
from bot.extraction.patterns import (
    AMBIGUOUS_STATE_CODES,
    EXCEPT_CUES,
    PREFERENCE_CUES,
)
from bot.extraction.pipeline import Mention, get_pipeline
from bot.profile import (
    ApplicantType,
    ProfileError,
    Region,
    Step1Result,
    Step3Result,
    VisaNeed,
    parse_profile,
)
from bot.regions import region_of_state
from bot.strategy import default_current_year

ANCHOR_FIELDS: dict[str, str] = {
    "STEP2": "step2ck_score",
    "GRAD": "graduation_year",
    "USCE": "usce_months",
    "OBSERVERSHIP": "observership_weeks",
    "IR_ELECTIVE": "ir_elective_weeks",
    "RESEARCH": "research_years",
    "PUB": "ir_publications",
    "ABSTRACT": "ir_abstracts",
    "INTERVIEW": "prior_interviews",
    "CYCLE": "match_cycles",
}
EXAMS = frozenset({"STEP1", "STEP2", "STEP3"})
ANCHORS = frozenset({*ANCHOR_FIELDS, *EXAMS, "LETTER"})
STATUSES = frozenset(
    {"ST_PASS", "ST_FAIL", "ST_FIRST", "ST_RETAKE", "ST_NOT_RETAKEN", "ST_NOT_TAKEN"}
)
SOURCES: dict[str, str] = {
    "SRC_IR": "us_ir_letters",
    "SRC_DR": "us_dr_letters",
    "SRC_OTHER": "us_other_letters",
}
# Anchors a following clause inherits even after they got a value: letters split by source,
# exams whose status comes a clause later ("step 2 251, first attempt").
ALWAYS_CARRIED = frozenset({"LETTER", *EXAMS})
CLAUSE_BREAKS = frozenset(
    {".", ";", ",", "!", "?", "and", "but", "&", "+", "/", "(", ")", "also", "plus", "while",
     "whereas", "then", "\n"}
)  # fmt: skip
SENTENCE_BREAKS = frozenset({".", ";", "!", "?", "\n"})
QUESTION_OPENERS = frozenset(
    {"how", "what", "whats", "what's", "which", "should", "does", "can", "could", "is", "are",
     "why", "when", "where", "who", "do"}
)  # fmt: skip
CUES = frozenset({"SKIP", "CORRECTION"})
SCORE_CUES = frozenset({"score", "scored", "got", "get", "was", "is"})
# "No US letters": a letter word qualified like this means every source, not the one asked.
GENERAL_LETTER_WORDS = frozenset({"us", "u.s.", "u.s", "usa", "american", "any"})
ALL_REGIONS = tuple(region.value for region in Region)

_NORMALISE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(step|stp|usmle)(?=\d)", re.IGNORECASE), r"\1 "),
    # "'19" is 2019, "'98" is 1998.
    (re.compile(r"(?<!\w)['‘’]([0-3]\d)\b"), r"20\1"),
    (re.compile(r"(?<!\w)['‘’]([5-9]\d)\b"), r"19\1"),
    (re.compile(r"\b(\d)(ck|cs)\b", re.IGNORECASE), r"\1 \2"),
    (re.compile(r"\b(s2ck|ck)(\d{2,3})\b", re.IGNORECASE), r"\1 \2"),
    (
        re.compile(
            r"(\d)(months?|mos?|mths?|weeks?|wks?|years?|yrs?|ish|\+)(?=\W|$)", re.IGNORECASE
        ),
        r"\1 \2",
    ),
    (re.compile(r"(?<=\s)ish\b", re.IGNORECASE), ""),
    (re.compile(r":(?=\S)"), ": "),
    (re.compile(r"~"), " "),
)


def normalise(text: str) -> str:
    """Split the glued forms users type so that tokens line up with the patterns."""
    for pattern, replacement in _NORMALISE:
        text = pattern.sub(replacement, text)
    return text


@dataclass
class Anchor:
    label: str
    start: int
    end: int
    carried: bool = False
    filled: bool = False
    statuses: set[str] = field(default_factory=set)
    letter_field: str | None = None  # a letter anchor placed on its source ("2 IR, 1 DR")
    reach: float = 99.0  # how far from the anchor its number may sit


@dataclass
class Clause:
    start: int
    end: int
    sentence: int


@dataclass
class Collected:
    """Facts and rejections gathered while reading; later mentions replace earlier ones."""

    facts: dict[str, Any] = field(default_factory=dict)
    rejected: dict[str, RejectedFact] = field(default_factory=dict)

    def add(self, name: str, value: Any, *, summed: bool = False) -> None:
        if summed and name in self.facts:
            value = self.facts[name] + value
        self.facts[name] = value
        self.rejected.pop(name, None)

    def reject(self, name: str, raw: str, reason: str) -> None:
        if name not in self.facts:
            self.rejected[name] = RejectedFact(field=name, raw=raw, reason=reason)

    def has(self, name: str) -> bool:
        return name in self.facts or name in self.rejected


def extract_facts(
    text: str, *, expected_field: str | None = None, current_year: int | None = None
) -> Extraction:
    """The profile facts in ``text``.

    ``expected_field`` is the profile field the bot just asked for (Rasa's
    ``requested_slot``); a bare answer ("251", "two", "no", "6 weeks") then fills it. A name
    that is not a profile field is ignored. ``current_year`` (default: this calendar year)
    turns "graduated 5 years ago" into a year.
    """
    if expected_field not in SPECS:
        expected_field = None
    year = current_year if current_year is not None else default_current_year()
    reader = _Reader(text, expected_field, year)
    return reader.run()


class _Reader:
    """One message being read. Keeps the doc, mentions and numbers together."""

    def __init__(self, text: str, expected_field: str | None, current_year: int) -> None:
        pipeline = get_pipeline()
        self.expected = expected_field
        self.current_year = current_year
        self.doc: Doc = pipeline.nlp(normalise(text))
        self.mentions = pipeline.main_mentions(self.doc)
        self.aux = pipeline.aux_mentions(self.doc)
        covered = {i for m in self.mentions for i in range(m.start, m.end)}
        self.numbers = find_numbers(self.doc, covered)
        # A question ("Do programs sponsor H1B?") asks about the domain; it states no facts.
        asked = _question_tokens(self.doc)
        self.mentions = [m for m in self.mentions if m.start not in asked or m.label in CUES]
        self.aux = [m for m in self.aux if m.start not in asked]
        self.numbers = [n for n in self.numbers if n.start not in asked]
        self.claimed: set[int] = set()  # ids of NumberMention / Mention objects used
        self.out = Collected()
        self.loose_statuses: list[Mention] = []
        self.exam_statuses: dict[str, set[str]] = {label: set() for label in EXAMS}
        self.clauses = self._clauses()

    # ---- structure ------------------------------------------------------------------------

    def _clauses(self) -> list[Clause]:
        inside = {i for n in self.numbers for i in range(n.start, n.end)}
        inside |= {i for m in self.mentions for i in range(m.start, m.end)}
        clauses: list[Clause] = []
        start, sentence = 0, 0
        for token in self.doc:
            if token.i in inside or token.lower_ not in CLAUSE_BREAKS:
                continue
            if token.i > start:
                clauses.append(Clause(start, token.i, sentence))
            start = token.i + 1
            if token.lower_ in SENTENCE_BREAKS or "\n" in token.text:
                sentence += 1
        if start < len(self.doc):
            clauses.append(Clause(start, len(self.doc), sentence))
        return clauses

    def _in(self, clause: Clause, items: Iterable[Any]) -> list[Any]:
        return [item for item in items if clause.start <= item.start < clause.end]

    def _span_text(self, start: int, end: int) -> str:
        return self.doc[min(start, end - 1) : end].text if end > start else ""

    # ---- main loop ------------------------------------------------------------------------

    def run(self) -> Extraction:
        previous: Anchor | None = None
        previous_sentence = -1
        for clause in self.clauses:
            if clause.sentence != previous_sentence:
                previous, previous_sentence = None, clause.sentence
            anchors = self._anchors(clause, previous)
            self._pair(clause, anchors)
            self._relative_graduation(clause, anchors)
            self._assign_statuses(clause, anchors)
            if anchors:
                previous = anchors[-1]
        self._fixed_cycles()
        self._exams()
        self._visa()
        self._applicant_type()
        self._clinically_active()
        self._regions()
        labels = self._labels()
        # A skip ("skip this one", "not sure") declines the asked field: no bare answer.
        if self.expected and not self.out.has(self.expected) and "SKIP" not in labels:
            self._bare_answer(self.expected)
        self._loose_score()
        facts, rejected = self._validated()
        return Extraction(
            facts=facts,
            rejected=rejected,
            skipped="SKIP" in labels or self._undecided_without_visa(),
            correction="CORRECTION" in labels,
        )

    def _anchors(self, clause: Clause, previous: Anchor | None) -> list[Anchor]:
        mentions = self._in(clause, self.mentions)
        found = [Anchor(m.label, m.start, m.end) for m in mentions if m.label in ANCHORS]
        sources = [m for m in mentions if m.label in SOURCES]
        carried: list[Anchor] = []
        inherits = previous is not None and (
            not previous.filled or previous.label in ALWAYS_CARRIED
        )
        if not found and previous is not None and inherits:
            carried = [
                Anchor(
                    previous.label, clause.start, clause.start, carried=True, filled=previous.filled
                )
            ]
        if not found and not carried:
            found = self._ir_time_anchor(clause, sources)
        letters = any(a.label == "LETTER" for a in found + carried)
        # "2 IR + 1 DR LORs": the letter word comes later in the sentence.
        letters_later = not found and not carried and clause.sentence in self._letter_sentences()
        if letters or letters_later or self.expected in LETTER_FIELDS:
            # Each source in a letter clause can take its own count ("lors: 2 IR 1 DR"); next
            # to a letter word it must be adjacent ("1 LOR from an IR doc" is one letter).
            reach = 1.0 if any(a.label == "LETTER" for a in found) else 3.0
            found += [
                Anchor("LETTER", m.start, m.end, letter_field=SOURCES[m.label], reach=reach)
                for m in sources
            ]
            if found:
                carried = [a for a in carried if a.label != "LETTER"]
        return sorted(found + carried, key=lambda a: a.start)

    def _letter_sentences(self) -> set[int]:
        return {
            c.sentence
            for c in self.clauses
            if any(m.label == "LETTER" for m in self._in(c, self.mentions))
        }

    def _ir_time_anchor(self, clause: Clause, sources: list[Mention]) -> list[Anchor]:
        """ "6 weeks of IR": a duration next to "IR" alone is an IR elective."""
        ir = [m for m in sources if m.label == "SRC_IR"]
        timed = [n for n in self._in(clause, self.numbers) if n.unit in {"week", "month"}]
        if ir and timed:
            return [Anchor("IR_ELECTIVE", ir[0].start, ir[0].end)]
        return []

    # ---- numbers to anchors ---------------------------------------------------------------

    def _pair(self, clause: Clause, anchors: list[Anchor]) -> None:
        numbers = [
            n
            for n in self._in(clause, self.numbers)
            if not n.discarded and id(n) not in self.claimed
        ]
        negations = [m for m in self._in(clause, self.mentions) if m.label == "NEG"]
        candidates: list[tuple[float, int, Anchor, NumberMention | Mention]] = []
        for anchor in anchors:
            for number in numbers:
                distance = self._distance(anchor, number.start, number.end)
                if self._accepts(anchor, number, distance):
                    candidates.append((distance, number.start, anchor, number))
            for negation in negations:
                before = negation.end <= anchor.start and anchor.start - negation.end <= 3
                after = negation.start >= anchor.end and negation.start - anchor.end <= 2
                if (before or after) and not anchor.carried and anchor.label != "STEP2":
                    distance = self._distance(anchor, negation.start, negation.end)
                    candidates.append((distance, negation.start, anchor, negation))
        candidates.sort(key=lambda c: (c[0], c[1]))
        for _distance, _start, anchor, item in candidates:
            if anchor.filled and not (anchor.carried and anchor.label == "LETTER"):
                continue
            if id(item) in self.claimed:
                continue
            if isinstance(item, NumberMention):
                self._apply_number(clause, anchor, item)
            else:
                self._apply_negation(clause, anchor, item)
            self.claimed.add(id(item))
            anchor.filled = True
        self._single_letters(clause, anchors)

    def _single_letters(self, clause: Clause, anchors: list[Anchor]) -> None:
        """ "letter from IM", "IR LOR": a singular letter word with a source and no count."""
        if any(a.label == "LETTER" and a.filled for a in anchors):
            return
        for anchor in anchors:
            if anchor.label != "LETTER" or anchor.carried or anchor.letter_field is not None:
                continue
            word = self.doc[anchor.start : anchor.end].text.lower()
            if word.endswith("s") or any(m.label == "NEG" for m in self._in(clause, self.mentions)):
                continue
            name = self._letter_field(clause, anchor.start)
            has_source = any(m.label in SOURCES for m in self._in(clause, self.mentions))
            if name is not None and has_source:
                self.out.add(name, 1, summed=True)
                anchor.filled = True

    def _relative_graduation(self, clause: Clause, anchors: list[Anchor]) -> None:
        """ "graduated last year", "graduating next year"."""
        grads = [a for a in anchors if a.label == "GRAD" and not a.filled and not a.carried]
        relative = [m for m in self._in(clause, self.mentions) if m.label == "YEAR_RELATIVE"]
        if grads and relative:
            offset = {"last": -1, "this": 0, "next": 1}[relative[0].text.split()[0].lower()]
            self.out.add("graduation_year", self.current_year + offset)
            grads[0].filled = True

    @staticmethod
    def _distance(anchor: Anchor, start: int, end: int) -> float:
        if anchor.carried:
            return float(start - anchor.start)
        if end <= anchor.start:
            return float(anchor.start - end)
        return float(start - anchor.end) + 0.5  # a number after its anchor loses ties

    @staticmethod
    def _accepts(anchor: Anchor, number: NumberMention, distance: float) -> bool:
        label = anchor.label
        if label in {"STEP3"}:
            return False
        if label == "STEP1":  # an old three-digit Step 1 score means it was passed
            return number.kind == "cardinal" and 100 <= number.value < 1000
        if label == "STEP2":
            return (
                number.unit is None
                and number.kind in {"cardinal", "range"}
                and not number.times  # "failed CK once"
                and not (number.year_like and number.value >= 1000)
            )
        if label == "GRAD":
            if number.ago:  # "graduated 5 years ago"
                return number.unit == "year" and number.kind == "cardinal"
            return (
                number.unit is None
                and number.kind in {"cardinal", "range"}
                and (number.year_like or abs(number.value) >= 1000)
            )
        field_name = ANCHOR_FIELDS.get(label)
        kind = SPECS[field_name].kind if field_name else "count"
        if kind == "duration":
            if number.unit is None:
                return False
            return number.kind != "vague" or distance <= 3
        if label == "CYCLE":
            return number.unit is None and not number.year_like and number.kind != "vague"
        # counts: letters, publications, abstracts, interviews
        if number.unit is not None or number.year_like or number.kind == "ordinal":
            return False
        if anchor.letter_field is not None:
            return number.kind in {"cardinal", "range"} and distance <= anchor.reach
        if number.kind in {"article", "vague"}:
            return not anchor.carried and number.end <= anchor.start and distance <= 3
        return True

    def _letter_field(self, clause: Clause, near: int) -> str | None:
        sources = [m for m in self._in(clause, self.mentions) if m.label in SOURCES]
        if not sources:
            return self.expected if self.expected in LETTER_FIELDS else None
        closest = min(sources, key=lambda m: abs(m.start - near))
        return SOURCES[closest.label]

    def _apply_number(self, clause: Clause, anchor: Anchor, number: NumberMention) -> None:
        raw = self._span_text(min(anchor.start, number.start), max(anchor.end, number.end))
        if anchor.label == "STEP1":
            anchor.statuses.add("ST_PASS")
            return
        if anchor.label == "LETTER":
            name = anchor.letter_field or self._letter_field(clause, number.start)
            if name is None:
                return
        else:
            name = ANCHOR_FIELDS[anchor.label]
        if number.each:
            number = self._times_count(clause, anchor, number)
        self._store_number(name, number, raw)

    def _times_count(self, clause: Clause, anchor: Anchor, number: NumberMention) -> NumberMention:
        """ "3 observerships of 4 weeks each": the count right before the anchor multiplies."""
        for count in self._in(clause, self.numbers):
            if (
                id(count) not in self.claimed
                and count.kind == "cardinal"
                and count.unit is None
                and not count.year_like
                and 0 <= anchor.start - count.end <= 1
            ):
                self.claimed.add(id(count))
                return replace(number, value=number.value * count.value)
        return number

    def _store_number(self, name: str, number: NumberMention, raw: str) -> None:
        spec = SPECS[name]
        if number.kind in {"range", "vague"}:
            self.out.reject(name, raw, range_reason(name))
            return
        value = number.value
        if name == "graduation_year" and number.ago:
            value = self.current_year - value
        if name == "match_cycles" and number.kind == "ordinal":
            value -= 1  # "my 2nd cycle": one earlier cycle
        if spec.kind == "duration" and spec.unit is not None:
            value = convert(value, number.unit or spec.unit, spec.unit)
        problem = check(name, value)
        if problem:
            self.out.reject(name, raw or number.text, problem)
            return
        stored: Any = float(value) if spec.kind == "duration" else int(value)
        self.out.add(name, stored, summed=name in SUMMED_FIELDS)

    def _apply_negation(self, clause: Clause, anchor: Anchor, negation: Mention) -> None:
        if anchor.label in {"STEP1", "STEP3"}:
            anchor.statuses.add("ST_NOT_TAKEN")
            return
        if anchor.label == "LETTER":
            name = anchor.letter_field or self._letter_field(clause, anchor.start)
            if self._no_letters_at_all(clause, anchor):
                name = None
            for letter_field in [name] if name else list(LETTER_FIELDS):
                self.out.add(letter_field, 0)
            return
        name = ANCHOR_FIELDS[anchor.label]
        self.out.add(name, 0.0 if SPECS[name].kind == "duration" else 0)

    def _no_letters_at_all(self, clause: Clause, anchor: Anchor) -> bool:
        """ "No US letters yet" answers every letter question, also when one source was asked.

        A plain "none" or "no letters" to "how many from US IRs?" stays that one answer. A
        letter word with no source (IR, DR, ...) in its clause is general when its sentence
        also says "US", "any" or "at all".
        """
        if anchor.letter_field is not None or anchor.carried:
            return False
        if any(m.label in SOURCES for m in self._in(clause, self.mentions)):
            return False
        words = self._sentence_words(anchor.start)
        return bool(words & GENERAL_LETTER_WORDS) or {"at", "all"} <= words

    # ---- exams ----------------------------------------------------------------------------

    def _assign_statuses(self, clause: Clause, anchors: list[Anchor]) -> None:
        exams = [a for a in anchors if a.label in EXAMS]
        for status in self._in(clause, self.mentions):
            if status.label not in STATUSES:
                continue
            if not exams:
                self.loose_statuses.append(status)
                continue
            nearest = min(
                exams, key=lambda a: min(abs(status.start - a.end), abs(a.start - status.end))
            )
            nearest.statuses.add(status.label)
        for exam in exams:
            self.exam_statuses[exam.label] |= exam.statuses

    def _exams(self) -> None:
        step1 = _step1_result(self.exam_statuses["STEP1"])
        if step1:
            self.out.add("step1", step1.value)
        step3 = _step3_result(self.exam_statuses["STEP3"])
        if step3:
            self.out.add("step3", step3.value)
        first = _first_attempt(self.exam_statuses["STEP2"])
        if first is not None:
            self.out.add("step2ck_first_attempt", first)

    def _fixed_cycles(self) -> None:
        labels = [m.label for m in self.mentions]
        if "CYCLE_NONE" in labels:
            self.out.add("match_cycles", 0)
        elif "CYCLE_ONE" in labels and "match_cycles" not in self.out.facts:
            self.out.add("match_cycles", 1)
        elif "LAST_CYCLE" in labels and "match_cycles" not in self.out.facts:
            # "applied to DR last cycle": at least that one cycle.
            applied = {"applied", "apply", "applying", "unmatched", "match"}
            if any(
                m.label == "CYCLE" and m.text.lower().split()[-1] in applied for m in self.mentions
            ):
                self.out.add("match_cycles", 1)
        if "match_cycles" in self.out.facts or not any(m.label == "CYCLE" for m in self.mentions):
            return
        # "this will be my 3rd time applying": the ordinal sits in a status phrase.
        for status in self.loose_statuses:
            ordinal = _ordinal_of(status)
            if ordinal is not None:
                self.out.add("match_cycles", ordinal - 1)
                return

    # ---- whole-message facts --------------------------------------------------------------

    def _labels(self) -> set[str]:
        return {m.label for m in self.mentions}

    def _visa_context(self) -> bool:
        words = {t.lower_ for t in self.doc}
        labels = self._labels()
        return (
            self.expected == "visa_need"
            or bool(labels & {"VISA_J1", "VISA_H1B", "VISA_NEED", "VISA_NONE"})
            or bool(words & {"visa", "visas", "sponsorship"})
        )

    def _undecided_without_visa(self) -> bool:
        return (
            any(m.label == "UNDECIDED" and m.text.lower() == "undecided" for m in self.mentions)
            and not self._visa_context()
        )

    def _visa(self) -> None:
        labels = self._labels()
        need: VisaNeed | None = None
        if {"VISA_J1", "VISA_H1B"} <= labels:
            need = VisaNeed.UNDECIDED
        elif "VISA_J1" in labels:
            need = VisaNeed.J1
        elif "VISA_H1B" in labels:
            need = VisaNeed.H1B
        elif "VISA_NONE" in labels:
            need = VisaNeed.NONE
        elif ("UNDECIDED" in labels and self._visa_context()) or "VISA_NEED" in labels:
            need = VisaNeed.UNDECIDED
        if need is not None:
            self.out.add("visa_need", need.value)

    def _applicant_type(self) -> None:
        labels = {m.label for m in self.aux}
        found: ApplicantType | None = None
        if "TYPE_NON_US_IMG" in labels:
            found = ApplicantType.NON_US_IMG
        elif "TYPE_US_IMG" in labels:
            found = ApplicantType.US_IMG
        elif labels & {"SCHOOL_ABROAD", "COUNTRY"}:
            us_status = self.out.facts.get("visa_need") == VisaNeed.NONE.value
            found = ApplicantType.US_IMG if us_status else ApplicantType.NON_US_IMG
        elif "TYPE_US_MD" in labels:
            found = ApplicantType.US_MD
        elif "TYPE_US_DO" in labels or (
            "TYPE_US_DO_WEAK" in labels and self.expected == "applicant_type"
        ):
            found = ApplicantType.US_DO
        if found is not None:
            self.out.add("applicant_type", found.value)

    def _clinically_active(self) -> None:
        states = [m for m in self.aux if m.label in {"ACTIVE_TRUE", "ACTIVE_FALSE"}]
        if states:
            self.out.add("clinically_active", states[-1].label == "ACTIVE_TRUE")

    def _regions(self) -> None:
        asked = self.expected == "preferred_regions"
        places = [m for m in self.aux if m.label in {"REGION", "STATE"}]
        wanted: set[str] = set()
        excluded: set[str] = set()
        for place in places:
            sentence = self._sentence_words(place.start)
            cue = bool(sentence & PREFERENCE_CUES)
            if not (asked or cue or place.value == "anywhere"):
                continue
            regions = self._regions_of(place, asked)
            if self._excluded(place.start):
                excluded |= regions
            else:
                wanted |= regions
        words = {token.lower_ for token in self.doc}
        if (excluded and not wanted) or (asked and not wanted and words & {"all", "any"}):
            wanted = set(ALL_REGIONS)
        chosen = [r for r in ALL_REGIONS if r in wanted - excluded]
        if chosen:
            self.out.add("preferred_regions", chosen)

    def _regions_of(self, place: Mention, asked: bool) -> set[str]:
        if place.label == "REGION":
            if place.value == "anywhere":
                return set(ALL_REGIONS)
            if place.value == "east_coast":
                return {Region.NORTHEAST.value, Region.SOUTHEAST.value}
            return {str(place.value)}
        code, is_code = place.value
        if is_code and not asked and (place.text != code or code in AMBIGUOUS_STATE_CODES):
            return set()
        return {region_of_state(code).value}

    def _sentence_words(self, position: int) -> set[str]:
        sentence = next((c.sentence for c in self.clauses if c.start <= position < c.end), None)
        tokens = [
            self.doc[i].lower_
            for c in self.clauses
            if c.sentence == sentence
            for i in range(c.start, c.end)
        ]
        return set(tokens)

    def _excluded(self, position: int) -> bool:
        """A place after "except", "excluding", "anywhere but", "not"."""
        for i in range(max(0, position - 4), position):
            word = self.doc[i].lower_
            if word in {"except", "excluding", "not"}:
                return True
            if word in EXCEPT_CUES and i > 0 and self.doc[i - 1].lower_ == "anywhere":
                return True
        return False

    # ---- bare answers to the requested field ----------------------------------------------

    def _free_numbers(self) -> list[NumberMention]:
        return [n for n in self.numbers if not n.discarded and id(n) not in self.claimed]

    def _free(self, label: str) -> list[Mention]:
        return [m for m in self.mentions if m.label == label and id(m) not in self.claimed]

    def _bare_answer(self, name: str) -> None:
        spec = SPECS[name]
        numbers = self._free_numbers()
        yes, no = bool(self._free("YES")), bool(self._free("NEG"))
        statuses = {m.label for m in self.loose_statuses}
        raw = self.doc.text
        if spec.kind in {"score", "year"}:
            for number in numbers:
                if number.unit is None and number.kind in {"cardinal", "range", "vague"}:
                    self._store_number(name, number, number.text)
                    return
            if name == "graduation_year":
                self._bare_relative_year()
        elif spec.kind == "duration":
            for number in numbers:
                if number.unit is None and number.year_like:
                    continue  # "2019" is a date, not 2019 months of experience
                if number.kind != "article" or number.unit is not None:
                    self._store_number(name, number, number.text)
                    return
            if no:
                self.out.add(name, 0.0)
        elif spec.kind == "count":
            if name == "match_cycles":
                self._bare_cycles(numbers, no)
                return
            for number in numbers:
                if number.unit is None and number.kind != "article" and not number.year_like:
                    if number.kind == "ordinal":
                        continue
                    self._store_number(name, number, raw)
                    return
            if no:
                self.out.add(name, 0)
        elif name == "step2ck_first_attempt":
            ordinals = [n.value for n in numbers if n.kind == "ordinal"]  # "second"
            if yes or "ST_FIRST" in statuses or ordinals[:1] == [1]:
                self.out.add(name, True)
            elif no or statuses & {"ST_RETAKE", "ST_FAIL"} or ordinals:
                self.out.add(name, False)
        elif name == "clinically_active":
            weak = any(m.label == "ACTIVE_WEAK" for m in self.aux)  # "working"
            if yes or no or weak:
                self.out.add(name, yes or (weak and not no))
        elif name == "step1":
            result = _step1_result(statuses) or (Step1Result.PASS_FIRST_ATTEMPT if yes else None)
            if result:
                self.out.add(name, result.value)
        elif name == "step3":
            result3 = _step3_result(statuses)
            if result3 is None and (yes or no):
                result3 = Step3Result.PASSED if yes else Step3Result.NOT_TAKEN
            if result3:
                self.out.add(name, result3.value)
        elif name == "visa_need":
            if self._weak_citizen() or no:
                self.out.add(name, VisaNeed.NONE.value)
            elif yes:
                self.out.add(name, VisaNeed.UNDECIDED.value)

    def _weak_citizen(self) -> bool:
        """ "citizen", "gc" as the answer to the visa question (not "citizen of India")."""
        if any(m.label == "COUNTRY" for m in self.aux):
            return False
        for mention in self.aux:
            if mention.label == "VISA_NONE_WEAK":
                nxt = self.doc[mention.end].lower_ if mention.end < len(self.doc) else ""
                if nxt != "of":
                    return True
        return False

    def _bare_relative_year(self) -> None:
        """ "next year" as the answer to the graduation-year question."""
        for mention in self.mentions:
            if mention.label == "YEAR_RELATIVE":
                offset = {"last": -1, "this": 0, "next": 1}[mention.text.split()[0].lower()]
                self.out.add("graduation_year", self.current_year + offset)
                return

    def _bare_cycles(self, numbers: list[NumberMention], no: bool) -> None:
        for number in numbers:
            if number.unit is None and number.kind in {"cardinal", "ordinal", "range"}:
                self._store_number("match_cycles", number, number.text)
                return
        for status in self.loose_statuses:
            ordinal = _ordinal_of(status)
            if ordinal is not None:
                self.out.add("match_cycles", ordinal - 1)
                return
        if no:
            self.out.add("match_cycles", 0)

    def _loose_score(self) -> None:
        """ "actually it was 248", "I got 251": a lone three-digit number is a Step 2 CK score."""
        if self.out.has("step2ck_score"):
            return
        correction = "CORRECTION" in self._labels()
        for number in self._free_numbers():
            if number.unit is not None or number.kind != "cardinal" or number.year_like:
                continue
            if not 100 <= number.value < 1000:
                continue
            words = {self.doc[i].lower_ for i in range(max(0, number.start - 3), number.start)}
            if correction or words & SCORE_CUES:
                self._store_number("step2ck_score", number, number.text)
                self.claimed.add(id(number))
                return

    # ---- final check ----------------------------------------------------------------------

    def _validated(self) -> tuple[dict[str, Any], list[RejectedFact]]:
        """Keep only facts the profile model accepts (a last guard; rules should not fail it)."""
        facts = dict(self.out.facts)
        rejected = dict(self.out.rejected)
        while facts:
            try:
                parse_profile(facts)
                break
            except ProfileError as error:
                value = facts.pop(error.field)
                rejected[error.field] = RejectedFact(
                    field=error.field, raw=str(value), reason=error.message
                )
        return facts, list(rejected.values())


def _question_tokens(doc: Doc) -> set[int]:
    """Positions of the tokens that ask rather than tell.

    A sentence that opens like a question ("Do programs sponsor H1B") is one; in a sentence
    ending in "?" the question starts at the last clause that opens like one ("My CK is 245,
    what are my chances?" keeps the score), or covers the whole sentence.
    """
    asked: set[int] = set()
    start = 0
    for token in doc:
        last = token.i == len(doc) - 1
        if not (token.lower_ in SENTENCE_BREAKS or "\n" in token.text or last):
            continue
        openers = [
            t.i
            for t in doc[start : token.i + 1]
            if _opens_question(t)
            and (t.i == start or doc[t.i - 1].lower_ in {",", "but", "and", "so", "-"})
        ]
        if token.text.endswith("?"):
            asked.update(range(openers[-1] if openers else start, token.i + 1))
        elif openers and openers[0] == start:
            asked.update(range(start, token.i + 1))
        start = token.i + 1
    return asked


def _opens_question(token: Token) -> bool:
    # "DO student" is the degree, not a question.
    return token.lower_ in QUESTION_OPENERS and token.text != "DO"


def _ordinal_of(status: Mention) -> int | None:
    first = status.text.split()[0].lower().rstrip("-")
    if first in ORDINAL_WORDS:
        return ORDINAL_WORDS[first]
    match = re.match(r"^(\d+)(st|nd|rd|th)$", first)
    return int(match.group(1)) if match else None


def _step1_result(statuses: set[str]) -> Step1Result | None:
    passed = bool(statuses & {"ST_PASS", "ST_FIRST"})
    if "ST_NOT_RETAKEN" in statuses:
        return Step1Result.FAILED
    if "ST_RETAKE" in statuses or ("ST_FAIL" in statuses and passed):
        return Step1Result.PASS_AFTER_RETAKE
    if "ST_FAIL" in statuses:
        return Step1Result.FAILED
    if passed:
        return Step1Result.PASS_FIRST_ATTEMPT
    if "ST_NOT_TAKEN" in statuses:
        return Step1Result.NOT_TAKEN
    return None


def _step3_result(statuses: set[str]) -> Step3Result | None:
    if statuses & {"ST_PASS", "ST_FIRST", "ST_RETAKE"}:
        return Step3Result.PASSED
    if "ST_FAIL" in statuses:
        return Step3Result.FAILED
    if "ST_NOT_TAKEN" in statuses:
        return Step3Result.NOT_TAKEN
    return None


def _first_attempt(statuses: set[str]) -> bool | None:
    if statuses & {"ST_RETAKE", "ST_FAIL"}:
        return False
    if "ST_FIRST" in statuses:
        return True
    return None
