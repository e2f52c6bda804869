"""Round 10d (new writers, dev_tune_10/11): a parent or spouse writing for the applicant,
a Step 1 fail not yet passed, interviews held now. Each rule with the near misses it must not
catch."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts
from bot.extraction.proxies import applicant_gender


def _facts(text: str) -> dict[str, object]:
    return extract_facts(text, current_year=2026).facts


# (text, facts that must be stored as given, fields that must be absent)
CASES: list[tuple[str, dict[str, object], set[str]]] = [
    # Written for the applicant: their facts are told in the third person, the writer's not.
    (
        "I am writing for my son, he is the applicant. He graduated in Egypt in 2018. "
        "He got 231 in Step 2 CK. I myself am a pharmacist in Cairo.",
        {"graduation_year": 2018, "step2ck_score": 231},
        set(),
    ),
    (
        "My wife is the applicant, I'm just typing for her. I'm a US citizen myself and she "
        "has her green card now. She's a Caribbean grad, CK 252.",
        {"step2ck_score": 252, "visa_need": "none"},
        set(),
    ),
    (
        "Dad here, my daughter is applying DR this cycle. She is a US citizen, Step 2 CK 261.",
        {"step2ck_score": 261, "visa_need": "none"},
        set(),
    ),
    # Near misses: no declared proxy, the post stays someone else's.
    (
        "Asking for my cousin: he's 2015 grad, CK 226, no USCE. Any chance in DR?",
        {},
        {"step2ck_score"},
    ),
    (
        "A friend now has 6 pubs, he's applying with 6 pubs, not me haha. I have 0 pubs.",
        {},
        {"step2ck_score"},
    ),
    ("my husband is a US citizen, I'm on H4. CK 240", {"step2ck_score": 240}, set()),
    # A Step 1 fail not yet passed is failed; a pass after it is a retake.
    ("I failed Step 1 once in March and have not passed it yet", {"step1": "failed"}, set()),
    ("failed step 1 once, passed it on the second try", {"step1": "pass_after_retake"}, set()),
    ("I haven't passed step 1 yet", {}, {"step1"}),
    # Interviews held now are this season's, not earlier cycles'.
    ("I have 5 interviews now and the rank list is due soon", {}, {"prior_interviews"}),
    ("I only have 2 DR interviews + 3 prelim interviews", {}, {"prior_interviews"}),
    ("last cycle I had 3 interviews", {"prior_interviews": 3}, set()),
]


@pytest.mark.parametrize(("text", "stored", "absent"), CASES)
def test_round10d(text: str, stored: dict[str, object], absent: set[str]) -> None:
    facts = _facts(text)
    for name, value in stored.items():
        assert facts.get(name) == value, (name, facts)
    assert not absent & set(facts), facts


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Mom here. My son is US born", "m"),
        ("I translate for him", "m"),
        ("she's the one applying", "f"),
        ("she's applying with 6 pubs", None),
        ("asking for my cousin", None),
    ],
)
def test_applicant_gender(text: str, gender: str | None) -> None:
    assert applicant_gender(text) == gender
