"""Which topic a told fact belongs to: what "is that a problem?" asks about after it.

"I have 2 LORs from IM attendings and no IR or DR letters. Is that a problem for DR?" asks
about the letters, though the sentence's words ("IR or DR") would place it on the route. The
facts a sentence states say what it is about more surely than its keywords.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.extraction import extract_facts

# Profile field -> the answer topic about it. Fields that say who the writer is rather than
# what a question could judge (applicant type) have none.
FIELD_TOPICS: Mapping[str, str] = {
    "graduation_year": "ask_gaps",
    "clinically_active": "ask_gaps",
    "step1": "ask_usmle",
    "step2ck_score": "ask_usmle",
    "step2ck_first_attempt": "ask_usmle",
    "step3": "ask_usmle",
    "usce_months": "ask_clinical_experience",
    "observership_weeks": "ask_clinical_experience",
    "ir_elective_weeks": "ask_clinical_experience",
    "us_ir_letters": "ask_letters",
    "us_dr_letters": "ask_letters",
    "us_other_letters": "ask_letters",
    "ir_publications": "ask_research",
    "ir_abstracts": "ask_research",
    "research_years": "ask_research",
    "prior_interviews": "ask_interview",
    "visa_need": "ask_visa",
    "preferred_regions": "ask_programs",
}


def told_topic(sentence: str) -> str | None:
    """The one topic every fact ``sentence`` states belongs to; None when it states none or
    facts of several topics."""
    stated = extract_facts(sentence).facts
    topics = {FIELD_TOPICS[field] for field in stated if field in FIELD_TOPICS}
    return topics.pop() if len(topics) == 1 else None
