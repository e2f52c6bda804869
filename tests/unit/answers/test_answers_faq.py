"""faq_answer: each FAQ answered for this applicant's own facts."""

from __future__ import annotations

from typing import Any

import pytest
from answers_samples import CURRENT_YEAR, EMPTY, PARTIAL, STRONG, WEAK, report

from bot.answers import FAQ_INTENTS, UnknownFaqIntentError, faq_answer
from bot.answers.faq import NOT_LEGAL_ADVICE, step2_percentile
from bot.answers.faq.base import ordinal
from bot.answers.messages import MAX_MESSAGE_CHARS
from bot.profile import ApplicantProfile, VisaNeed
from bot.strategy import advise


def answer(intent: str, profile: ApplicantProfile, with_report: bool = True, **kw: Any) -> str:
    messages = faq_answer(
        intent, profile, report(**kw) if with_report else None, current_year=CURRENT_YEAR
    )
    return "\n".join(message.text for message in messages)


def payloads(intent: str, profile: ApplicantProfile, with_report: bool = True) -> list[str]:
    messages = faq_answer(
        intent, profile, report() if with_report else None, current_year=CURRENT_YEAR
    )
    return [button.payload for message in messages for button in message.buttons]


def test_every_contract_faq_intent_is_answered() -> None:
    expected = {
        "ask_research", "ask_letters", "ask_usmle", "ask_visa", "ask_clinical_experience",
        "ask_personal_statement", "ask_interview", "ask_gaps", "ask_dr_framing",
        "ask_contingency", "ask_application_count", "ask_chances", "ask_pathway",
        # December 2026 (contract section 6) and the issue 10 topics of their own
        "ask_esir", "ask_signals", "ask_timeline", "ask_costs", "ask_prelim",
        "ask_exam_timing", "ask_do_comlex", "ask_switching", "ask_trained_radiologist",
        "ask_research_position", "ask_observership",
    }  # fmt: skip
    assert set(FAQ_INTENTS) == expected


def test_unknown_intent_is_a_clear_error() -> None:
    with pytest.raises(UnknownFaqIntentError, match=r"ask_weather.*ask_research"):
        faq_answer("ask_weather", EMPTY, None)


# ---- research


def test_research_counts_against_the_targets() -> None:
    text = answer("ask_research", PARTIAL)
    assert "You have 1 publication" in text
    assert "2-5 IR publications" in text and "(3-10)" in text
    assert "aim for at least 1 more" in text
    assert "Source: domain guide, research" in text


def test_research_weak_profile_gets_fellowship_and_score_note() -> None:
    text = answer("ask_research", WEAK)
    assert "0 publications and 1 abstract" in text
    assert "at least 2 more" in text
    assert "2 more would reach 3" in text
    assert "research fellowship" in text
    assert "With Step 2 CK 228" in text


def test_research_strong_profile_is_in_range() -> None:
    text = answer("ask_research", STRONG)
    assert "4 publications and 7 abstracts" in text
    assert "you're in the range" in text
    assert "1.5 years of research" in text
    assert "research fellowship" not in text


def test_research_unknown_asks_and_offers_to_collect() -> None:
    text = answer("ask_research", EMPTY)
    assert "I don't know your research output yet" in text
    assert "/ask_pathway" in payloads("ask_research", EMPTY)


# ---- letters


def test_letters_list_what_is_missing() -> None:
    text = answer("ask_letters", WEAK)
    assert "Your US letters: IR 0, DR 0, other 1." in text
    assert "Still missing: a US interventional radiologist (IR) and a US diagnostic" in text
    assert "4-8 week rotations" in text
    assert "4-week US IR elective" in text
    assert "2 weeks of observership" in text


def test_letters_complete_set() -> None:
    text = answer("ask_letters", STRONG)
    assert "IR 2, DR 1, other 1" in text
    assert "You have the core set" in text
    assert "Still missing" not in text


def test_letters_partial_names_the_unknown() -> None:
    text = answer("ask_letters", PARTIAL)
    assert "IR 1, DR ?, other ?" in text
    assert "Not told yet: a US diagnostic radiologist and another US physician" in text


# ---- USMLE


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (228, "Below the DR median by 22"),
        (251, "Around the DR median, 6 short of the upper quartile"),
        (258, "solid for DR, 2 below the IR median"),
        (262, "at or above the Integrated IR matched median"),
    ],
)
def test_usmle_places_the_score(score: int, expected: str) -> None:
    text = answer("ask_usmle", PARTIAL.model_copy(update={"step2ck_score": score}))
    percentile = ordinal(step2_percentile(score))
    assert f"Your Step 2 CK {score} is roughly the {percentile} percentile" in text
    assert "mean ~247, SD ~15" in text
    assert "medians of 250 in DR (n=75) and 260 in Integrated IR (n=11" in text
    assert expected in text
    assert "NRMP Charting Outcomes 2026 (secondary transcription)" in text


def test_percentile_is_monotonic_and_centred() -> None:
    assert step2_percentile(247) == 50
    assert 74 <= step2_percentile(257) <= 76
    assert step2_percentile(200) == 1 and step2_percentile(300) == 99


def test_usmle_step1_retake_step2_retake_and_h1b_step3() -> None:
    text = answer("ask_usmle", WEAK)
    assert "Step 1 passed after a retake" in text
    assert "Step 2 CK retake is a flag" in text
    assert "pass Step 3 before programs screen applications (September" in text


def test_usmle_older_graduate_gets_step3_note() -> None:
    older = PARTIAL.model_copy(update={"graduation_year": 2015, "visa_need": VisaNeed.J1})
    assert "11 years after graduation" in answer("ask_usmle", older)


def test_usmle_unknowns_ask_with_buttons() -> None:
    text = answer("ask_usmle", EMPTY)
    assert "I don't know your Step 2 CK yet" in text
    assert "Step 1: not told yet" in text
    assert '/inform{"step1":"pass_first_attempt"}' in payloads("ask_usmle", EMPTY)


# ---- visa


@pytest.mark.parametrize("need", [None, *VisaNeed])
def test_visa_always_says_it_is_not_legal_advice(need: VisaNeed | None) -> None:
    profile = PARTIAL.model_copy(update={"visa_need": need})
    text = answer("ask_visa", profile)
    assert NOT_LEGAL_ADVICE in text
    assert "ECFMG and an immigration attorney" in text


def test_visa_j1_uses_the_whole_seven_years() -> None:
    text = answer("ask_visa", STRONG)
    assert "ECFMG is the only sponsor" in text
    assert "= 7 years) uses all of it" in text
    assert "2-year home-country requirement" in text
    assert "73% of DR programs" in text
    assert "ECFMG J-1 rules (primary)" in text


def test_visa_h1b_needs_step3_and_licence() -> None:
    text = answer("ask_visa", WEAK)
    assert "including Step 3" in text and "licence" in text
    assert "Your Step 3: not taken yet" in text
    assert "23% of DR programs" in text and "73% J-1" in text


def test_visa_h1b_with_step3_passed_does_not_nag() -> None:
    text = answer("ask_visa", STRONG.model_copy(update={"visa_need": VisaNeed.H1B}))
    assert "Your Step 3: passed" in text
    assert "Take Step 3 early" not in text


def test_visa_unknown_offers_the_choices() -> None:
    found = payloads("ask_visa", EMPTY)
    for value in ("j1", "h1b", "none", "undecided"):
        assert f'/inform{{"visa_need":"{value}"}}' in found


def test_visa_us_img_hint() -> None:
    assert "likely need none" in answer("ask_visa", PARTIAL)  # PARTIAL is a US IMG


def test_visa_undecided_covers_both_and_offers_choice() -> None:
    profile = PARTIAL.model_copy(update={"visa_need": VisaNeed.UNDECIDED})
    text = answer("ask_visa", profile)
    assert "J-1:" in text and "H-1B:" in text and "Decide early" in text
    assert '/inform{"visa_need":"j1"}' in payloads("ask_visa", profile)


def test_visa_none_needed() -> None:
    text = answer("ask_visa", PARTIAL.model_copy(update={"visa_need": VisaNeed.NONE}))
    assert "You told me you need no visa" in text


# ---- clinical experience


def test_clinical_experience_weak() -> None:
    text = answer("ask_clinical_experience", WEAK)
    assert "0 months hands-on, 2 weeks of observerships and 0 weeks of IR electives" in text
    assert "Hands-on US experience is the gap" in text
    assert "4-week IR elective" in text


def test_clinical_experience_strong() -> None:
    text = answer("ask_clinical_experience", STRONG)
    assert "6 months hands-on" in text and "8 weeks of IR electives" in text
    assert "solid" in text
    assert "is the gap" not in text


def test_clinical_experience_unknown_and_prelim_year_for_strengthen() -> None:
    assert "I don't know your US experience yet" in answer("ask_clinical_experience", EMPTY)
    text = answer("ask_clinical_experience", WEAK, pathway="strengthen_then_apply")
    assert "preliminary year" in text


# ---- personal statement, interview, DR framing


def test_personal_statement_uses_their_elective_and_pathway() -> None:
    text = answer("ask_personal_statement", STRONG)
    assert "one page" in text
    assert "your 8 weeks of IR electives" in text
    assert "lead with DR as your foundation" in text
    assert "IR or nothing" in text
    both = answer("ask_personal_statement", STRONG, pathway="integrated_ir_plus_dr")
    assert "IR-led version for Integrated IR and a DR-first version" in both


def test_personal_statement_older_graduate_explains_years() -> None:
    assert "graduated 14 years ago" in answer("ask_personal_statement", WEAK)


def test_interview_for_this_applicant() -> None:
    weak = answer("ask_interview", WEAK)
    assert "If you don't match IR" in weak
    assert "without hands-on US work yet" in weak
    assert "After 3 cycles" in weak
    strong = answer("ask_interview", STRONG)
    assert "Your 6 months of US clinical work" in strong
    assert "from your electives" in strong


def test_dr_framing_depends_on_pathway() -> None:
    dr = answer("ask_dr_framing", PARTIAL)
    assert "backup" in dr and "Independent route" in dr
    assert "DR is your main route" in dr
    both = answer("ask_dr_framing", PARTIAL, pathway="integrated_ir_plus_dr")
    assert "keep the DR application DR-first" in both


# ---- gaps


def test_gaps_older_inactive_graduate() -> None:
    text = answer("ask_gaps", WEAK)
    assert "You graduated in 2012, 14 years ago." in text
    assert "Not working in medicine now is the first thing to fix" in text
    assert "broader specialty first" in text


def test_gaps_recent_graduate_has_none() -> None:
    text = answer("ask_gaps", STRONG)
    assert "2025" in text and "gaps are not a concern" in text


def test_gaps_student() -> None:
    assert "expect to graduate in 2028: no gap" in answer(
        "ask_gaps", PARTIAL.model_copy(update={"graduation_year": 2028})
    )


def test_gaps_lead_with_the_profiles_next_steps_and_targets() -> None:
    messages = faq_answer("ask_gaps", STRONG, report(), current_year=CURRENT_YEAR)
    assert messages[0].text.startswith("Your top")
    assert "1. " in messages[0].text and "Source: domain guide" in messages[0].text
    assert "I don't know your" not in messages[0].text  # STRONG knows every core fact
    assert "gaps are not a concern" in messages[-1].text


def test_gaps_say_which_unknown_facts_the_steps_assume_and_end_with_buttons() -> None:
    messages = faq_answer("ask_gaps", EMPTY, report(), current_year=CURRENT_YEAR)
    assert messages[0].text.startswith("Your top")
    assert "I don't know your Step 2 CK, US IR letters, hands-on US experience" in messages[1].text
    assert "when did you graduate" in messages[-1].text
    assert [b.payload for m in messages for b in m.buttons] == ["/ask_pathway"]
    assert len(messages) == 3
    older = EMPTY.model_copy(update={"graduation_year": 2012})
    messages = faq_answer("ask_gaps", older, report(), current_year=CURRENT_YEAR)
    assert messages[-1].text.rstrip().split("\n")[-2].startswith("Are you working in medicine")
    assert [b.payload for b in messages[1].buttons] == ["/ask_pathway"]
    assert '/inform{"clinically_active":true}' in [b.payload for b in messages[-1].buttons]
    assert all(len(m.text) <= MAX_MESSAGE_CHARS for m in messages)


def test_gaps_unknowns_are_asked() -> None:
    assert "when did you graduate" in answer("ask_gaps", EMPTY)
    assert "when did you graduate" in answer("ask_gaps", EMPTY, with_report=False)
    middle = PARTIAL.model_copy(update={"graduation_year": 2019})
    assert "Are you working in medicine now" in answer("ask_gaps", middle)
    assert '/inform{"clinically_active":true}' in payloads("ask_gaps", middle)


# ---- contingency, application count, chances, pathway


def test_contingency_uses_report_and_recalibration_point() -> None:
    text = answer("ask_contingency", WEAK)
    assert "Your plan B, from your profile:" in text
    assert "No DR match: a prelim year" in text
    assert "3 cycles without a DR or IR interview" in text
    assert "vascular medicine" in text


def test_contingency_without_report_uses_the_guide() -> None:
    text = answer("ask_contingency", EMPTY, with_report=False)
    assert "If you don't match Integrated IR but match DR" in text
    assert "6-12 months" in text
    assert "Source: domain guide, no Integrated IR match, no DR match" in text


def test_application_count_gives_their_numbers() -> None:
    text = answer(
        "ask_application_count", WEAK, applications={"integrated_ir": 0, "dr": 90, "pgy1": 35}
    )
    assert "Integrated IR 0, DR 90, PGY-1 35" in text
    assert "60-100+" in text and "72 applications" in text
    assert "Needing H-1B" in text
    assert "sponsor your visa" in text
    assert "ranked more programs (median 5 vs 1.5) because they had more interviews" in text


def test_application_count_without_report_offers_to_collect() -> None:
    text = answer("ask_application_count", EMPTY, with_report=False)
    assert "I need a few facts" in text
    assert "/ask_pathway" in payloads("ask_application_count", EMPTY, with_report=False)


def test_chances_without_estimate_gives_sourced_ranges() -> None:
    text = answer("ask_chances", PARTIAL)
    assert "102 of 175" in text and "14 of 29" in text
    assert "Your Step 2 CK 251 is above the DR matched median (250)" in text
    assert "below the Integrated IR one (260)" in text
    assert "non-US IMG figures" in text  # PARTIAL is a US IMG
    assert "not built to predict" in text
    assert "Integrated IR low, DR moderate" in text


def test_chances_with_estimate() -> None:
    text = answer("ask_chances", STRONG, chances={"dr": {"summary": "about 60-70%"}})
    assert "DR: about 60-70%" in text
    assert "not built to predict" in text


def test_pathway_short_version() -> None:
    text = answer("ask_pathway", PARTIAL)
    assert text.startswith("In short: match into DR")
    assert "Why: Step 2 CK 245" in text
    assert "/ask_programs" in payloads("ask_pathway", PARTIAL)
    assert "A few quick questions" in answer("ask_pathway", EMPTY, with_report=False)


def test_answers_change_with_the_profile() -> None:
    """The same question gets a different answer for different applicants."""
    for intent in FAQ_INTENTS:
        if intent in ("ask_dr_framing", "ask_pathway", "ask_costs"):
            continue  # these depend on the report, not the profile
        if intent in ("ask_do_comlex", "ask_trained_radiologist"):
            continue  # by applicant type only (WEAK and STRONG are both non-US IMGs) / general
        assert answer(intent, WEAK) != answer(intent, STRONG), intent


def test_costs_follow_the_reports_counts_and_do_comlex_the_applicant_type() -> None:
    few = answer("ask_costs", STRONG, applications={"integrated_ir": 0, "dr": 30, "pgy1": 0})
    many = answer("ask_costs", STRONG, applications={"integrated_ir": 0, "dr": 70, "pgy1": 0})
    assert "DR 30: $330" in few and "DR 70: $1,530" in many
    us_do = STRONG.model_copy(update={"applicant_type": "us_do"})
    assert answer("ask_do_comlex", us_do) != answer("ask_do_comlex", STRONG)


def test_chances_engine_without_number_explains_and_asks_type() -> None:
    no_number = {"estimate_percent": None, "summary": "no estimate: tell me your applicant type."}
    messages = faq_answer(
        "ask_chances",
        EMPTY,
        report(chances={"dr": no_number, "integrated_ir": no_number}),
        current_year=CURRENT_YEAR,
    )
    text = "\n".join(m.text for m in messages)
    assert text.startswith("No personal number for you yet:")
    assert "- DR and Integrated IR: tell me your applicant type." in text
    assert "102 of 175" in text
    found = [b.payload for m in messages for b in m.buttons]
    assert '/inform{"applicant_type":"non_us_img"}' in found


@pytest.mark.parametrize(
    ("need", "phrase"),
    [
        (None, "took IMGs and, if you need a visa, sponsor it."),
        (VisaNeed.J1, "took IMGs and sponsor your visa."),
        (VisaNeed.NONE, "took IMGs."),
    ],
)
def test_signal_advice_follows_visa_need(need: VisaNeed | None, phrase: str) -> None:
    assert phrase in answer("ask_application_count", PARTIAL.model_copy(update={"visa_need": need}))


@pytest.mark.parametrize(
    ("profile", "explained"),
    [
        (ApplicantProfile(applicant_type="non_us_img", step2ck_score=235), True),
        (
            ApplicantProfile(
                applicant_type="non_us_img", step2ck_score=255, graduation_year=2023, visa_need="j1"
            ),
            False,
        ),
    ],
)
def test_a_count_of_zero_dr_programs_says_why(profile: ApplicantProfile, explained: bool) -> None:
    text = faq_answer("ask_application_count", profile, advise(profile))[0].text
    assert ("DR 0 for now because" in text) is explained
    if explained:
        assert "strengthen the profile first" in text and "DR 0," in text
    # asked beside another question, the one-line answer says it too
    [short] = faq_answer("ask_application_count", profile, advise(profile), brief=True)
    assert ("DR 0 for now: my read is to strengthen the profile first." in short.text) is explained


def test_the_pathway_answer_keeps_why_integrated_ir_is_not_worth_it_beside_the_season() -> None:
    # The flagship opening: strong scores, but research and US experience below Integrated IR's.
    profile = ApplicantProfile(
        applicant_type="non_us_img",
        graduation_year=2025,
        step1="pass_first_attempt",
        step2ck_score=266,
        visa_need="j1",
        us_ir_letters=2,
        ir_publications=1,
    )
    messages = faq_answer("ask_pathway", profile, advise(profile))
    assert "Why: Integrated IR is not worth applications yet: IR research" in messages[0].text
    assert messages[0].buttons  # the next steps stay on the answer
    if len(messages) > 1:  # the season's note, when the date puts one
        assert "season" in messages[1].text.lower()


@pytest.mark.parametrize("group", ["us_img", "us_md", "us_do"])
def test_the_brief_chances_answer_says_its_figures_are_another_groups(group: str) -> None:
    profile = ApplicantProfile(applicant_type=group)
    [message] = faq_answer("ask_chances", profile, advise(profile), brief=True)
    assert "non-US IMG figures" in message.text
    non_us = ApplicantProfile(applicant_type="non_us_img")
    [message] = faq_answer("ask_chances", non_us, advise(non_us), brief=True)
    assert "non-US IMG figures" not in message.text


@pytest.mark.parametrize(
    ("profile", "lead"),
    [
        (ApplicantProfile(), "On the little I know so far, my first read:"),
        (ApplicantProfile(step2ck_score=243), "On the little I know so far, my first read:"),
        (
            ApplicantProfile(applicant_type="non_us_img", step2ck_score=243, visa_need="j1"),
            None,  # enough for numbers or an honest read; never "the little I know"
        ),
    ],
)
def test_the_read_of_a_nearly_empty_profile_says_how_little_it_rests_on(
    profile: ApplicantProfile, lead: str | None
) -> None:
    text = "\n".join(m.text for m in faq_answer("ask_chances", profile, advise(profile)))
    if lead is None:
        assert "the little I know" not in text
    else:
        assert lead in text and "My read of your profile" not in text
