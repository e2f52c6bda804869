"""Token patterns for spaCy's Matcher and phrase lists for the PhraseMatcher, one module a topic.

Two layers, matched separately so a word can play a role in each: ``MAIN_PATTERNS`` (exams,
visa, experience, letters, counts, statuses, skip/correction cues; their tokens are never read
as numbers) and ``AUX_PATTERNS`` (applicant type, working now, school abroad) with the
phrase lists of ``places`` (countries, regions, states). Adding phrasing usually means adding
one pattern to a list in the module of its topic.
"""

from bot.extraction.patterns.applicant import AUX_PATTERNS as _APPLICANT_PATTERNS
from bot.extraction.patterns.cities import CITY_PATTERNS
from bot.extraction.patterns.counts import COUNT_PATTERNS
from bot.extraction.patterns.cues import CUE_PATTERNS
from bot.extraction.patterns.exams import EXAM_PATTERNS
from bot.extraction.patterns.experience import EXPERIENCE_PATTERNS
from bot.extraction.patterns.letters import LETTER_PATTERNS
from bot.extraction.patterns.places import (
    AMBIGUOUS_STATE_CODES,
    CITY_STATES,
    COUNTRIES,
    EXCEPT_CUES,
    PREFERENCE_CUES,
    REGION_PHRASES,
    STATE_PHRASES,
    WORD_STATE_CODES,
)
from bot.extraction.patterns.roles import ROLE_PATTERNS
from bot.extraction.patterns.schools import SCHOOL_PATTERNS
from bot.extraction.patterns.tokens import Pattern, TokenSpec, exact, rx, w
from bot.extraction.patterns.visa import VISA_PATTERNS

# The second layer: applicant type, countries' cues, working now (with the training years and
# roles of ``roles``, the schools abroad of ``schools``, the cities abroad of ``cities``).
AUX_PATTERNS: dict[str, list[Pattern]] = {
    label: [
        *_APPLICANT_PATTERNS.get(label, []),
        *ROLE_PATTERNS.get(label, []),
        *SCHOOL_PATTERNS.get(label, []),
    ]
    for label in [*_APPLICANT_PATTERNS, *ROLE_PATTERNS]
} | CITY_PATTERNS

# The main layer, in the order the labels were always added to the Matcher.
MAIN_PATTERNS: dict[str, list[Pattern]] = {
    **EXAM_PATTERNS,
    **VISA_PATTERNS,
    **EXPERIENCE_PATTERNS,
    **LETTER_PATTERNS,
    **COUNT_PATTERNS,
    **CUE_PATTERNS,
}

__all__ = [
    "AMBIGUOUS_STATE_CODES",
    "AUX_PATTERNS",
    "CITY_STATES",
    "COUNTRIES",
    "EXCEPT_CUES",
    "MAIN_PATTERNS",
    "PREFERENCE_CUES",
    "REGION_PHRASES",
    "STATE_PHRASES",
    "WORD_STATE_CODES",
    "Pattern",
    "TokenSpec",
    "exact",
    "rx",
    "w",
]
