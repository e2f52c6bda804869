"""Fact extraction: turn a user's message into applicant-profile facts (spaCy rules).

``extract_facts(text, expected_field=None) -> Extraction`` is the whole public interface; the
spaCy pipeline is built on the first call and cached for the process.
"""

from bot.extraction.extract import extract_facts
from bot.extraction.models import Extraction, RejectedFact, UncertainFact

__all__ = ["Extraction", "RejectedFact", "UncertainFact", "extract_facts"]
