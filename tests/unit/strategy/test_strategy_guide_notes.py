"""The guide advice issue 11 brought into the report rests on ``knowledge/guide.yaml``: each
rule cites the section whose summary or points say the same thing (so removing it there, or
citing the wrong section, fails here)."""

from __future__ import annotations

import pytest

from bot.guide import get_section
from bot.strategy import rules

# rule name -> words its cited guide section must contain (the fact the rule carries over)
GUIDE_BACKED = {
    "ir_recruits_own_dr_residents": ("own DR residents",),
    "school_unknown_to_programs": ("class rank", "honours", "trend"),
    "picking_integrated_programs": ("matched IMGs", "smaller or less famous", "regions"),
    "kinds_of_research": ("case reports", "educational projects", "chart reviews"),
    "why_us_training": ("why US training",),
    "repeated_cycles": ("visa barriers", "not affordable"),
    "interviewed_but_unmatched_again": ("growth",),
}
_RULES = {rule.name: rule for rule in (*rules.NOTE_RULES, *rules.CONTINGENCY_RULES)}


@pytest.mark.parametrize(("name", "words"), sorted(GUIDE_BACKED.items()))
def test_guide_note_rests_on_its_cited_section(name: str, words: tuple[str, ...]) -> None:
    rule = _RULES[name]
    section = get_section(rule.section)
    text = " ".join([section.summary, *section.points]).lower()
    for word in words:
        assert word.lower() in text, (name, rule.section, word)
