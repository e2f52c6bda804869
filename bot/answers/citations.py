"""Short "Source:" lines for the answers, from guide section and data row ids.

``bot.sources`` holds the full citation of every id (title, value, label, URL); a chat bubble
has room only for a short name of the publication and how solid it is, so ``cite_one`` (the
single place that turns an id into words) shortens it; ``source_line`` groups and trims.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.answers.messages import clip
from bot.sources import SOURCES

_GUIDE_SECTIONS: dict[str, str] = {
    "challenge": "why IR is hard for IMGs",
    "pathways.integrated": "Integrated IR",
    "pathways.dr_independent": "DR to Independent IR",
    "pathways.on_ramps": "on-ramps",
    "usmle.step1": "Step 1",
    "usmle.step2ck": "Step 2 CK",
    "usmle.step3": "Step 3",
    "school_performance": "school performance",
    "older_graduates": "older graduates",
    "letters": "letters",
    "ir_exposure": "IR exposure",
    "research": "research",
    "targeting": "targeting",
    "dual_application": "dual application",
    "personal_statement": "personal statement",
    "interview": "interview",
    "contingency.no_integrated": "no Integrated IR match",
    "contingency.no_dr": "no DR match",
    "contingency.recalibrate": "recalibrating",
    "faq.integrated_or_dr": "Integrated IR or DR",
    "faq.publications": "publications",
    "faq.ir_in_dr_application": "IR in a DR application",
    "faq.older_graduate": "older graduates",
}

_DATA_FILES: dict[str, str] = {
    "charting_outcomes_radiology": "NRMP Charting Outcomes 2026 (secondary transcription)",
    "nrmp_main_match_radiology": "NRMP Main Match results (secondary reports)",
    "facts": "USMLE and NRMP figures (secondary sources)",
    "application_logistics_radiology": "AAMC/ERAS application figures (mixed sources)",
    "ir_integrated_programs_eras2026": "ERAS 2026 program list (public scrape)",
    "dr_programs_eras2026": "ERAS 2026 program list (public scrape)",
    "florida_radiology_nrmp_program_results_2020_2026": "NRMP program results, Florida",
}

# visa_img_pd_facts mixes primary rules and a survey: name them by row key prefix.
_VISA_ROWS: dict[str, str] = {
    "j1": "ECFMG J-1 rules (primary)",
    "h1b": "H-1B rules (secondary, US State Dept manual)",
    "dr_survey": "Acad Radiol 2023 survey of DR programs",
}
_GUIDE = "domain guide"


def cite_one(source_id: str) -> str:
    """One source id in words, e.g. 'NRMP Charting Outcomes 2026 (secondary transcription)'."""
    kind, _, rest = source_id.partition(":")
    known = SOURCES.get(source_id)
    if kind == "guide":
        fallback = known.title if known else rest.replace("_", " ")
        return f"{_GUIDE}, {_GUIDE_SECTIONS.get(rest, fallback)}"
    if kind == "data":
        stem, _, key = rest.partition(":")
        if stem == "visa_img_pd_facts":
            prefix = key.split(".", 1)[0]
            if prefix in _VISA_ROWS:
                return _VISA_ROWS[prefix]
        if stem in _DATA_FILES:
            return _DATA_FILES[stem]
        if known:
            return f"{known.title} ({known.label})"
        return stem.replace("_", " ")
    return known.title if known else source_id


def source_line(source_ids: Iterable[str], limit: int = 220, max_guide_sections: int = 4) -> str:
    """'Source: domain guide, Step 2 CK, letters; NRMP Charting Outcomes 2026 (...)'.

    Guide sections are merged into one clause (just counted when there are more than
    ``max_guide_sections``); repeated sources appear once; the line is kept under ``limit``
    characters so it never pushes a message over the size limit.
    """
    guide_sections: list[str] = []
    others: list[str] = []
    for source_id in source_ids:
        words = cite_one(source_id)
        if words.startswith(f"{_GUIDE}, "):
            section = words.removeprefix(f"{_GUIDE}, ")
            if section not in guide_sections:
                guide_sections.append(section)
        elif words not in others:
            others.append(words)
    if len(guide_sections) > max_guide_sections:
        guide = [f"{_GUIDE} ({len(guide_sections)} sections)"]
    elif guide_sections:
        guide = [f"{_GUIDE}, " + ", ".join(guide_sections)]
    else:
        guide = []
    parts = guide + others
    if not parts:
        return ""
    return clip("Source: " + "; ".join(parts), limit)
