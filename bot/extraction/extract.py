"""Turn one user message into profile facts (the public entry point is ``extract_facts``).

How it reads a message (each step is its own module, working on one ``Reading``):
1. ``normalise``: light normalisation of glued forms ("step1", "3months", "s2ck248");
2. ``pipeline``: spaCy tokenises; the Matchers find anchors ("step 2", "LoRs", "USCE"),
   statuses ("first try"), cues (skip, correction) and, in a second layer, applicant type,
   countries, regions; ``numbers`` reads numbers with their units and ranges; ``questions``
   marks the clauses that ask rather than tell;
3. ``clauses``: the message is cut into clauses (at punctuation, "and", "but"); inside a clause
   each anchor takes the nearest compatible number (``pairing``); ``exams`` reads statuses;
4. ``categorical`` and ``places``: whole-message facts (visa, applicant type, working, regions);
5. ``bare``: when the bot asked for a field (``expected_field``) a bare answer fills it;
6. ``context``: facts the message does not state plainly (a future letter, a paper in another
   field, a number inside a question) move to ``uncertain`` with a confirming question;
7. every value is checked against the profile's ranges: impossible ones go to ``rejected``.
"""

from __future__ import annotations

from typing import Any

from bot.extraction import (
    attempts,
    bare,
    categorical,
    corrected,
    corrections_inline,
    count_brackets,
    cycle_checks,
    cycles,
    each_source,
    exams,
    fixed_cycles,
    grad_relations,
    letter_lists,
    loose_scores,
    negated_sources,
    of_them,
    places,
    proxies,
    school_year,
    seasons,
    skips,
    sourced_counts,
    stage,
    stated_totals,
    status_heads,
    theirs_then_mine,
    us_students,
    working,
)
from bot.extraction.clauses import read_clauses
from bot.extraction.fields import SPECS
from bot.extraction.models import Extraction, RejectedFact
from bot.extraction.normalise import normalise
from bot.extraction.program_searches import program_searches
from bot.extraction.reading import Reading
from bot.profile import ProfileError, parse_profile
from bot.strategy import default_current_year

__all__ = ["extract_facts", "normalise"]


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
    text = proxies.as_applicant(text)  # a parent or spouse writing for the applicant
    r = _read(Reading(text, expected_field, year))
    labels = r.labels()
    declined = skips.declines(r)
    # A skip ("skip this one", "not sure") declines the asked field: no bare answer.
    if r.expected and not r.out.has(r.expected) and not declined:
        bare.bare_answer(r, r.expected)
    loose_scores.loose_score(r)
    if r.asked:
        whole = _read(Reading(text, None, year, read_questions=True))
        loose_scores.loose_score(whole)  # "Is 245 enough for IR?": asked about, never stored
        _question_doubts(r, whole)
    facts, rejected = _validated(r)
    return Extraction(
        facts=facts,
        rejected=rejected,
        uncertain=list(r.out.uncertain.values()),
        skipped=declined or categorical.undecided_without_visa(r),
        correction="CORRECTION" in labels,
    )


# What a question about the domain may still tell about the writer ("Is 240 on CK enough?",
# "Which programs in Texas take H1B?"): asked about, never stored.
QUESTION_DOUBT_FIELDS = frozenset(
    {"step2ck_score", "graduation_year", "usce_months", "observership_weeks",
     "ir_elective_weeks", "research_years", "us_ir_letters", "us_dr_letters",
     "us_other_letters", "ir_publications", "ir_abstracts", "visa_need", "preferred_regions",
     "applicant_type"}
)  # fmt: skip


def _read(r: Reading) -> Reading:
    """Every reading step but the bare answer: clauses, exams, categorical facts, places."""
    letter_lists.listed_sources(r)
    sourced_counts.publications_by_field(r)
    stated_totals.totals_before_brackets(r)
    count_brackets.bracketed_totals(r)
    grad_relations.years_placed_by_graduation(r)
    read_clauses(r)
    negated_sources.denied_source_lists(r)
    corrected.corrected_values(r)
    stated_totals.totals_after_parts(r)
    stated_totals.corrected_by_value(r)
    corrections_inline.inline_corrections(r)
    stated_totals.elapsed_so_far(r)
    theirs_then_mine.writers_own(r)
    each_source.each_source(r)
    of_them.parts_of_counts(r)
    sourced_counts.publication_parts(r)
    fixed_cycles.fixed_cycles(r)
    cycles.earlier_cycles(r)
    attempts.times_taken(r)
    status_heads.status_headings(r)
    exams.exam_facts(r)
    categorical.visa(r)
    categorical.applicant_type(r)
    school_year.year_after_school(r)
    us_students.own_clerkships(r)
    working.clinically_active(r)
    places.preferred_regions(r)
    stage.cycle_stage(r)
    seasons.earlier_interviews(r)
    r.out.settle_asked()
    cycle_checks.check_cycles(r)
    return r


# What a request for programs names is the writer's search ("which programs in the midwest
# sponsor J1?"): stored, not asked about.
SEARCH_FIELDS = ("visa_need", "preferred_regions")


def _question_doubts(r: Reading, whole: Reading) -> None:
    """Facts only the questions gave become candidates to confirm; a request for programs
    tells the visa and the places the writer looks for."""
    for question in program_searches(r.doc):
        text = r.doc[question.start : question.end].text
        search = _read(Reading(text, None, r.current_year, read_questions=True))
        for name in SEARCH_FIELDS:
            if name in search.out.facts and not r.out.has(name):
                r.out.add(name, search.out.facts[name])
    candidates = {**{k: u.value for k, u in whole.out.uncertain.items()}, **whole.out.facts}
    for name, value in candidates.items():
        if name in QUESTION_DOUBT_FIELDS and not r.out.has(name) and value not in (0, 0.0):
            r.out.doubt(name, value, r.doc.text)


def _validated(r: Reading) -> tuple[dict[str, Any], list[RejectedFact]]:
    """Keep only facts the profile model accepts (a last guard; rules should not fail it)."""
    facts = dict(r.out.facts)
    rejected = dict(r.out.rejected)
    while facts:
        try:
            parse_profile(facts)
            break
        except ProfileError as error:
            value = facts.pop(error.field)
            rejected[error.field] = RejectedFact(
                field=error.field, raw=str(value), reason=error.message
            )
    # A field the message also gave an impossible value for is not stored: the reply names the
    # rejected value and asks again rather than keep a value beside it ("-3 1890 cycle").
    for name in rejected:
        facts.pop(name, None)
    return facts, list(rejected.values())
