"""program_messages, profile_summary, acknowledge_facts, rejection_message."""

from __future__ import annotations

import pytest
from answers_samples import EMPTY, PARTIAL, STRONG, WEAK, program

from bot.answers import (
    MAX_MESSAGE_CHARS,
    FactChange,
    Message,
    acknowledge_facts,
    profile_summary,
    program_messages,
    rejection_message,
)
from bot.profile import parse_profile


def _all(messages: list[Message]) -> str:
    return "\n".join(m.text for m in messages)


def _payloads(messages: list[Message]) -> list[str]:
    return [b.payload for m in messages for b in m.buttons]


# ---- programs


def test_first_page_numbers_programs_and_offers_more() -> None:
    fits = [program(i) for i in range(1, 6)]
    messages = program_messages(fits, offset=0, page_size=5, total=12)
    text = _all(messages)
    assert text.startswith("Programs 1-5 of 12, best fit first.")
    for i in range(1, 6):
        assert f"{i}. Sample University Diagnostic Radiology Program {i} (Boston, MA)" in text
        assert f"Why: Reason number {i}" in text
    assert "DR · target · J-1 yes · H-1B unknown" in text
    assert "Visa 'unknown': verify on the program's site" in text
    assert "/more" in _payloads(messages)
    assert messages[-1].buttons[0].title == "More programs (7 left)"
    assert all(not m.buttons for m in messages[:-1])  # buttons only under the last bubble


def test_a_program_outside_the_chosen_regions_says_so() -> None:
    fits = [
        program(1, region="west", city="San Francisco", state="CA"),
        program(2),  # Boston, northeast
    ]
    profile = parse_profile({"preferred_regions": ["northeast", "midwest"]})
    text = _all(program_messages(fits, offset=0, page_size=5, total=2, profile=profile))
    first, second = text.split("\n2. ")
    assert "Note: outside the regions you chose (West)" in first
    assert "outside the regions" not in second
    # Without chosen regions there is nothing to note.
    assert "outside" not in _all(program_messages(fits, offset=0, page_size=5, total=2))


def test_last_page_has_no_more_button_and_numbers_continue() -> None:
    fits = [program(i) for i in range(11, 13)]
    messages = program_messages(fits, offset=10, page_size=5, total=12)
    text = _all(messages)
    assert "Programs 11-12 of 12" in text
    assert "11. Sample" in text and "12. Sample" in text
    assert "/more" not in _payloads(messages)


def test_whole_list_is_sliced_to_the_page() -> None:
    fits = [program(i) for i in range(1, 13)]
    text = _all(program_messages(fits, offset=5, page_size=5, total=12))
    assert "6. Sample University Diagnostic Radiology Program 6" in text
    assert "10. Sample University Diagnostic Radiology Program 10" in text
    assert "Program 11" not in text and "Program 5 " not in text


def test_known_visa_status_has_no_verify_note() -> None:
    fits = [program(1, visa_h1b="no"), program(2, visa_h1b="yes", track="integrated_ir")]
    text = _all(program_messages(fits, offset=0, page_size=5, total=2))
    assert "verify" not in text
    assert "Integrated IR · target · J-1 yes · H-1B yes" in text


def test_empty_list_because_of_visa_and_regions() -> None:
    messages = program_messages([], offset=0, page_size=5, total=0, profile=WEAK)
    text = _all(messages)
    assert "programs known not to sponsor H-1B are left out" in text
    assert "Northeast only" in text
    assert "/ask_visa" in _payloads(messages)


def test_empty_knowledge_base() -> None:
    text = _all(program_messages([], offset=0, page_size=5, total=0, knowledge_base_empty=True))
    assert "no programs loaded" in text


def test_paging_past_the_end() -> None:
    messages = program_messages([], offset=15, page_size=5, total=12)
    assert "whole list: all 12 programs" in _all(messages)
    assert "/more" not in _payloads(messages)


def test_long_names_and_reasons_stay_under_the_limit() -> None:
    fits = [program(i, name="N" * 300, reasons=["r " * 400]) for i in range(1, 11)]
    messages = program_messages(fits, offset=0, page_size=10, total=30)
    assert all(len(m.text) <= MAX_MESSAGE_CHARS for m in messages)
    assert "/more" in _payloads(messages)


def test_a_reason_with_its_derived_source_is_shown_whole() -> None:
    # The longest reason the ranking writes: the IR-affiliation one with its derivation.
    reason = (
        "Same institution has an IR residency, which helps the DR -> Independent IR route "
        "(derived: same sponsoring institution has Integrated IR program 4160100001 in the "
        "ERAS 2026 list)"
    )
    text = _all(program_messages([program(1, reasons=[reason])], offset=0, page_size=5, total=1))
    assert f"Why: {reason}" in text


def test_bad_paging_arguments() -> None:
    with pytest.raises(ValueError, match="page_size"):
        program_messages([], offset=0, page_size=0, total=0)
    with pytest.raises(ValueError, match="offset"):
        program_messages([], offset=-1, page_size=5, total=0)


# ---- profile summary


def test_summary_lists_known_facts_with_labels() -> None:
    messages = profile_summary(PARTIAL)
    text = _all(messages)
    assert "- Applicant type: US IMG (US citizen or resident, foreign school)" in text
    assert "- Step 2 CK: 251" in text
    assert "- IR/radiology publications: 1 publication" in text
    assert "- Letters from US IR doctors: 1 letter" in text
    assert "Not told yet:" in text and "Visa need" in text and "Step 3" in text
    assert "my Step 2 is 251" in text
    assert "forget me" in text
    assert "/ask_pathway" in _payloads(messages)


def test_summary_full_profile_has_no_unknowns() -> None:
    text = _all(profile_summary(WEAK))
    assert "Not told yet" not in text
    assert "- Step 1: passed after a retake" in text
    assert "- Preferred regions: Northeast" in text
    assert "- Working in medicine now: no" in text
    assert "- Earlier match cycles: 3 cycles" in text


def test_summary_of_empty_profile() -> None:
    messages = profile_summary(EMPTY)
    assert len(messages) == 1
    assert "I don't know anything about you yet" in messages[0].text
    assert "forget me" in messages[0].text


# ---- confirmations and refusals


def test_new_fact() -> None:
    assert acknowledge_facts([FactChange(field="step2ck_score", new=251)]).text == (
        "Got it: Step 2 CK 251."
    )


def test_correction_says_old_and_new() -> None:
    message = acknowledge_facts([FactChange(field="step2ck_score", old=251.0, new=248.0)])
    assert message.text == "Updated Step 2 CK: 248 (was 251)."


def test_several_facts_at_once_with_raw_slot_values() -> None:
    text = acknowledge_facts(
        [
            FactChange(field="step2ck_score", new=251.0),
            FactChange(field="step1", new="pass_first_attempt"),
            FactChange(field="visa_need", old="h1b", new="j1"),
            FactChange(field="clinically_active", new=True),
        ]
    ).text
    assert text.startswith(
        "Got it: Step 2 CK 251; Step 1 passed on the first attempt; working in medicine now."
    )
    assert "Updated Visa need: J-1 (was H-1B)." in text


def test_cleared_and_unchanged_facts() -> None:
    assert (
        acknowledge_facts([FactChange(field="ir_publications", old=2)]).text
        == "Cleared IR/radiology publications (was 2 publications)."
    )
    assert "already had that: Step 2 CK 251" in (
        acknowledge_facts([FactChange(field="step2ck_score", old=251, new=251)]).text
    )
    assert "didn't catch a fact" in acknowledge_facts([]).text


def test_rejection_names_field_reason_and_range() -> None:
    assert rejection_message("step2ck_score", "320 is above the maximum").text == (
        "I can't use that for Step 2 CK: 320 is above the maximum. I need a score from 1 to 300."
    )
    text = rejection_message("graduation_year", "").text
    assert text == "I can't use that for Graduation year. I need a year from 1970 to 2035."


def test_rejection_reuses_profile_error_text() -> None:
    with pytest.raises(ValueError) as caught:
        parse_profile({"step2ck_score": 320})
    for reason in (caught.value.message, str(caught.value)):  # type: ignore[attr-defined]
        text = rejection_message("step2ck_score", reason).text
        assert text.startswith("I can't use that for Step 2 CK: got 320")
        assert "from 1 to 300" in text
        assert text.count("300") == 1  # the range is not repeated
        assert "step2ck_score" not in text


def test_rejection_does_not_repeat_a_range_the_reason_states() -> None:
    text = rejection_message("step2ck_score", "Step 2 CK scores run from 1 to 300").text
    assert text == "I can't use that for Step 2 CK: Step 2 CK scores run from 1 to 300."
    text = rejection_message("ir_publications", "a whole number, 0 or more").text
    assert text.count("0 or more") == 1


def test_summary_and_acks_for_strong_profile_stay_small() -> None:
    assert all(len(m.text) <= MAX_MESSAGE_CHARS for m in profile_summary(STRONG))
    changes = [FactChange(field=f, new=v) for f, v in STRONG if v is not None]
    assert len(acknowledge_facts(changes).text) <= MAX_MESSAGE_CHARS


def test_unknown_field_name_is_shown_readably() -> None:
    assert "Some new field" in acknowledge_facts([FactChange(field="some_new_field", new=3)]).text
