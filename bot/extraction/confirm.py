"""The short question that confirms an uncertain fact, in our words."""

from __future__ import annotations

from typing import Any

_COUNTED: dict[str, tuple[str, str, str]] = {
    # field: (question start, singular noun, plural noun)
    "us_ir_letters": ("Do you already have", "letter from a US interventional radiologist",
                      "letters from US interventional radiologists"),
    "us_dr_letters": ("Do you already have", "letter from a US diagnostic radiologist",
                      "letters from US diagnostic radiologists"),
    "us_other_letters": ("Do you already have", "letter from a US physician",
                         "letters from US physicians"),
    "ir_publications": ("Do you have", "published IR or radiology paper",
                        "published IR or radiology papers"),
    "ir_abstracts": ("Have you already presented", "abstract or poster", "abstracts or posters"),
    "prior_interviews": ("Did you get", "DR or IR interview in an earlier cycle",
                         "DR or IR interviews in earlier cycles"),
    "match_cycles": ("Have you applied in", "earlier match cycle", "earlier match cycles"),
    "usce_months": ("Have you already done", "month of hands-on US clinical experience",
                    "months of hands-on US clinical experience"),
    "observership_weeks": ("Have you already done", "week of US observership",
                           "weeks of US observerships"),
    "ir_elective_weeks": ("Have you already done", "week of US IR electives",
                          "weeks of US IR electives"),
    "research_years": ("Have you already spent", "year in research", "years in research"),
}  # fmt: skip
_PLAIN: dict[str, str] = {
    "step2ck_score": "Is {value} your own Step 2 CK score?",
    "graduation_year": "Is {value} your graduation year?",
}
_VISA: dict[str, str] = {
    "j1": "Will you need a J-1 visa for residency?",
    "h1b": "Will you need an H-1B visa for residency?",
    "none": "So you won't need a visa (US citizen or green card)?",
    "undecided": "Will you need a visa for residency?",
}


def confirming_question(field: str, value: Any) -> str:
    """One yes/no question that confirms ``value`` for ``field``."""
    if field == "ir_publications" and value == 0:
        return "So none of your papers is published in IR or radiology yet?"
    if field in _COUNTED:
        start, one, many = _COUNTED[field]
        amount = "one" if value == 1 else f"{value:g}" if isinstance(value, float) else str(value)
        noun = one if value == 1 else many
        return f"{start} {amount} {noun}?"
    if field in _PLAIN:
        return _PLAIN[field].format(value=value)
    if field == "visa_need":
        return _VISA.get(str(value), _VISA["undecided"])
    if field == "applicant_type":
        return "Did you go to medical school outside the US?"
    if field == "preferred_regions":
        return f"Would you like programs in the {' and '.join(value)}?"
    return f"Just to check: {field.replace('_', ' ')} {value}?"
