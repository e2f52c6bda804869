"""One message being read: the doc, its mentions, numbers and clauses, and what was found
(``Collected``).

``Reading`` is the shared state the reading steps (``clauses``, ``exams``, ``categorical``,
``places``, ``bare``, ``context``) work on; it holds no rules of its own beyond storing a
number as a checked fact (the message is cut into clauses by ``clause_cuts``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from spacy.tokens import Doc

from bot.extraction.clause_cuts import Clause as Clause  # re-exported: the steps import it here
from bot.extraction.clause_cuts import cut_clauses
from bot.extraction.collected import Collected
from bot.extraction.failed_again import failed_retakes
from bot.extraction.fields import SPECS, SUMMED_FIELDS, check, convert, range_reason
from bot.extraction.labels import CUES, EXAMS
from bot.extraction.negation import negated_fails
from bot.extraction.normalise import normalise
from bot.extraction.number_context import span_of_years
from bot.extraction.numbers import NumberMention, find_numbers
from bot.extraction.pipeline import Mention, get_pipeline
from bot.extraction.questions import personal_tokens, question_tokens
from bot.extraction.running_totals import duration_total, running_total

_Located = TypeVar("_Located", Mention, NumberMention)


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
    text: str = ""
    origin: int = -1  # where the anchor's words are (a carried anchor: in an earlier clause)

    def __post_init__(self) -> None:
        if self.origin < 0:
            self.origin = self.start


# Told plainly also inside a question about oneself: an applicant type, work now ("... now
# doing research fellowship in IR at Stanford?").
_TYPES = frozenset({"TYPE_NON_US_IMG", "TYPE_US_IMG", "TYPE_US_MD", "TYPE_US_DO", "ACTIVE_TRUE"})


class Reading:
    """The parsed message and the running result of reading it."""

    def __init__(
        self,
        text: str,
        expected_field: str | None,
        current_year: int,
        *,
        read_questions: bool = False,
    ) -> None:
        """``read_questions``: read questions about the domain as if they were statements."""
        pipeline = get_pipeline()
        self.expected = expected_field
        self.current_year = current_year
        self.doc: Doc = pipeline.nlp(normalise(text))
        mentions = pipeline.main_mentions(self.doc)
        aux = pipeline.aux_mentions(self.doc)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        numbers = find_numbers(self.doc, covered)
        # A question ("Do programs sponsor H1B?") asks about the domain; it states no facts.
        mentions = failed_retakes(self.doc, negated_fails(self.doc, mentions))
        self.asked = set() if read_questions else question_tokens(self.doc)
        self.program_question = read_questions and bool(
            {t.lower_ for t in self.doc} & {"program", "programs", "programmes"}
        )
        self.mentions = [m for m in mentions if m.start not in self.asked or m.label in CUES]
        self.asked_mentions = [m for m in mentions if m not in self.mentions]
        # A question about oneself tells numbers and an explicit applicant type; a word like
        # "IMG" or "gap" in it ("as an IMG, ...?", "how do I explain my gap?") is no fact.
        personal = set() if read_questions else personal_tokens(self.doc)
        self.personal = personal
        self.aux = [
            m
            for m in aux
            if m.start not in self.asked
            and (m.start not in personal or m.label in _TYPES or self._from_country(m))
        ]
        self.numbers = [n for n in numbers if n.start not in self.asked]
        self.claimed: set[int] = set()  # ids of NumberMention / Mention objects used
        self.out = Collected()
        self.loose_statuses: list[Mention] = []
        self.exam_statuses: dict[str, set[str]] = {label: set() for label in EXAMS}
        self.clauses = cut_clauses(self.doc, self.numbers, self.mentions)

    def _from_country(self, mention: Mention) -> bool:
        """ "as an IMG from Egypt?": a country the writer is from is explicit, also in a
        question about oneself."""
        before = self.doc[mention.start - 1].lower_ if mention.start > 0 else ""
        return mention.label == "COUNTRY" and before == "from"

    # ---- looking things up --------------------------------------------------------------------

    @staticmethod
    def within(clause: Clause, items: Iterable[_Located]) -> list[_Located]:
        return [item for item in items if clause.start <= item.start < clause.end]

    def span_text(self, start: int, end: int) -> str:
        return self.doc[min(start, end - 1) : end].text if end > start else ""

    def labels(self) -> set[str]:
        return {m.label for m in self.mentions}

    def clause_of(self, position: int) -> Clause | None:
        return next((c for c in self.clauses if c.start <= position < c.end), None)

    def sentence_words(self, position: int) -> set[str]:
        clause = self.clause_of(position)
        sentence = clause.sentence if clause else None
        return {
            self.doc[i].lower_
            for c in self.clauses
            if c.sentence == sentence
            for i in range(c.start, c.end)
        }

    def free_numbers(self) -> list[NumberMention]:
        return [n for n in self.numbers if not n.discarded and id(n) not in self.claimed]

    def free(self, label: str) -> list[Mention]:
        return [m for m in self.mentions if m.label == label and id(m) not in self.claimed]

    # ---- storing ------------------------------------------------------------------------------

    def store_number(
        self,
        name: str,
        number: NumberMention,
        raw: str,
        *,
        doubtful: bool = False,
        summed: bool = False,
    ) -> None:
        """Store ``number`` as ``name`` in the field's unit (``doubtful``: only as a candidate to
        confirm), or reject it with the valid range."""
        spec = SPECS[name]
        if number.kind in {"range", "vague"} and not span_of_years(self.doc, number):
            self.out.reject(name, raw, range_reason(name))
            return
        value = number.value
        if name == "graduation_year" and span_of_years(self.doc, number):
            value = number.high or value  # "MBBS from 2012 to 2018": finished in 2018
        elif name == "graduation_year" and number.ago:
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
        if doubtful:
            self.out.doubt(name, stored, raw or number.text)
        else:
            total = running_total(self.doc, number)  # "(now 2 IR and 1 IM)"
            whole = spec.kind == "duration" and duration_total(self.doc, number)
            summed = (summed or name in SUMMED_FIELDS) and not total
            own_question = number.start in self.personal
            self.out.add(name, stored, summed=summed, total=whole, in_question=own_question)
