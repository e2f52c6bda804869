"""Issue 11's corrected claims in the FAQ answers, one row per claim (each row fails on the
wording the answers had before: "about 31-66%"/"~48%" beside DR, "barely separated", "every
program is open", "before rank lists are due", "scores won't hold you back", "53th")."""

from __future__ import annotations

import re

import pytest
from answers_samples import CURRENT_YEAR, EMPTY, PARTIAL, STRONG, WEAK, report

from bot.answers import faq_answer
from bot.profile import ApplicantProfile, Step3Result, VisaNeed
from bot.strategy import advise
from bot.strategy.rules import STEP3_TIMING_H1B


def _text(intent: str, profile: ApplicantProfile, *, engine: bool = False) -> list[str]:
    chosen = advise(profile) if engine else report()
    return [m.text for m in faq_answer(intent, profile, chosen, current_year=CURRENT_YEAR)]


H1B = PARTIAL.model_copy(update={"visa_need": VisaNeed.H1B, "step3": Step3Result.NOT_TAKEN})
NO_VISA = PARTIAL.model_copy(update={"visa_need": VisaNeed.NONE})
TOP_SCORE = PARTIAL.model_copy(update={"step2ck_score": 262})
SCORE_252 = PARTIAL.model_copy(update={"step2ck_score": 252})  # ~63rd percentile

# (claim, intent, profile, must appear, must not appear)
CLAIMS = [
    ("1 IR as a count", "ask_chances", PARTIAL,
     r"14 of 29 non-US IMGs who ranked Integrated IR first matched in 2026",
     r"\d+-\d+%.{0,40}Integrated IR|~\d+%, a tiny sample|14 of 29 \(~"),
    ("1 IR count for the engine's report", "ask_chances", STRONG.model_copy(update={"step3": None}),
     r"14 of 29", r"Integrated IR: about \d+-\d+%"),
    ("2 Step 2 CK critical", "ask_application_count", WEAK,
     r"Step 2 CK is the critical number programs screen on.*says nothing about the score's "
     r"effect on getting interviews",
     r"barely|interviews, so a broad list, matter most|medians were alike"),
    ("5 no visa need", "ask_visa", NO_VISA,
     r"many Integrated IR programs have historically taken few",
     r"every program is open|real edge"),
    ("6 Step 3 for H-1B (USMLE)", "ask_usmle", H1B, re.escape(STEP3_TIMING_H1B),
     r"before rank lists are due|before programs rank"),
    ("6 Step 3 for H-1B (visa)", "ask_visa", H1B, re.escape(STEP3_TIMING_H1B),
     r"before rank lists are due|before programs rank"),
    ("6 Step 3 when the visa is not known", "ask_usmle", EMPTY, re.escape(STEP3_TIMING_H1B),
     r"before rank lists are due"),
    ("7 no overconfidence at 260+", "ask_usmle", TOP_SCORE,
     r"Not matching Integrated IR is still common even for strong applicants",
     r"won't hold you back"),
    ("7 ordinals", "ask_usmle", SCORE_252, r"roughly the 63rd percentile", r"\d(1th|2th|3th)\b"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("intent", "profile", "present", "absent"),
    [row[1:] for row in CLAIMS],
    ids=[row[0] for row in CLAIMS],
)
def test_corrected_claim(intent: str, profile: ApplicantProfile, present: str, absent: str) -> None:
    for engine in (False, True):
        joined = "\n".join(_text(intent, profile, engine=engine))
        assert re.search(present, joined, re.S), (engine, joined)
        assert not re.search(absent, joined), (engine, joined)


def test_integrated_ir_count_never_shares_a_message_with_the_dr_rate() -> None:
    for profile in (EMPTY, PARTIAL, WEAK, STRONG):
        for engine in (False, True):
            for text in _text("ask_chances", profile, engine=engine):
                if "14 of 29" in text:
                    assert "102 of 175" not in text, text
