"""strategy_messages: the report as a few phone-sized messages."""

from __future__ import annotations

from answers_samples import PARTIAL, STRONG, WEAK, report

from bot.answers import MAX_MESSAGE_CHARS, Message, strategy_messages


def _texts(messages: list[Message]) -> str:
    return "\n".join(message.text for message in messages)


def test_dr_route_says_pathway_stance_reason_and_sources() -> None:
    messages = strategy_messages(report(), PARTIAL)
    first = messages[0].text
    assert "DR" in first and "Independent IR" in first
    assert "Integrated IR: not worth applications this cycle" in first
    assert "Step 2 CK 245 is below" in first  # the engine's main reason
    assert "Integrated IR low, DR moderate" in first
    last = messages[-1].text
    assert "Source: domain guide, Step 2 CK, letters; NRMP Charting Outcomes 2026" in last


def test_reasons_shown_are_the_leading_ones_without_assumptions() -> None:
    first = strategy_messages(
        report(
            reasons=[
                "Assumption: weights are ours.",
                "First real reason.",
                "Second real reason.",
                "Third real reason.",
            ]
        ),
        PARTIAL,
    )[0].text
    assert "Why: First real reason." in first and "Why: Second real reason." in first
    assert "Assumption" not in first and "Third" not in first


def test_upside_option_is_named_as_a_bonus_shot() -> None:
    messages = strategy_messages(
        report(pathway="integrated_ir_plus_dr", integrated_ir="upside_option"), STRONG
    )
    assert "apply to Integrated IR and to DR" in messages[0].text
    assert "bonus shot" in messages[0].text


def test_top_three_gaps_with_targets_only() -> None:
    text = _texts(strategy_messages(report(), PARTIAL))
    assert "Your top 3 next steps:" in text
    assert (
        "1. Get a letter from a US interventional radiologist: "
        "One US IR letter after a 4-8 week US IR elective" in text
    )
    assert "Why: You have no letter from a US interventional radiologist." in text
    assert "2. Strengthen your Step 2 CK signal: Step 2 CK in the upper quartile (257+)" in text
    assert "3. Build IR research output: 3-10 IR abstracts and 2-5 IR publications" in text
    assert "Apply to 70 DR programs" not in text  # fourth action stays out


def test_gaps_follow_priority_not_list_order() -> None:
    base = report()
    shuffled = list(reversed(base.actions))
    text = _texts(strategy_messages(base.model_copy(update={"actions": shuffled}), PARTIAL))
    assert "Apply to 70 DR programs" not in text
    assert text.index("1. Get a letter") < text.index("2. Strengthen your Step 2 CK")


def test_whys_give_way_to_targets_when_space_runs_out() -> None:
    why = "A reason that runs on. " * 5  # about 115 characters
    target = "T" * 100
    actions = [
        {"code": "raise_step2ck", "priority": i, "why": why, "target": target} for i in (1, 2, 3)
    ]
    text = strategy_messages(report(actions=actions), PARTIAL)[1].text
    assert len(text) <= MAX_MESSAGE_CHARS
    assert text.count(target) == 3  # every target whole
    assert 0 < text.count("Why:") < 3  # the first whys kept, the last dropped


def test_application_numbers() -> None:
    text = _texts(
        strategy_messages(report(applications={"integrated_ir": 12, "dr": 85, "pgy1": 30}), PARTIAL)
    )
    assert "Integrated IR: 12" in text
    assert "(DR): 85" in text
    assert "PGY-1 (prelim/transitional): 30" in text


def test_no_applications_this_cycle_is_said_plainly() -> None:
    text = _texts(
        strategy_messages(
            report(
                pathway="strengthen_then_apply",
                applications={"integrated_ir": 0, "dr": 0, "pgy1": 0},
            ),
            WEAK,
        )
    )
    assert "Applications this cycle: none. Your plan is to build the profile first" in text
    assert "strengthen your profile first" in text
    text = _texts(
        strategy_messages(
            report(pathway="recalibrate", applications={"integrated_ir": 0, "dr": 0, "pgy1": 0}),
            WEAK,
        )
    )
    assert "none until you have decided" in text


def test_contingency_is_one_message_with_every_item() -> None:
    messages = strategy_messages(report(), PARTIAL)
    plan_b = [m for m in messages if m.text.startswith("If it doesn't work out:")]
    assert len(plan_b) == 1
    for item in ("No Integrated IR match", "No DR match", "Two cycles without interviews"):
        assert item in plan_b[0].text


def test_chances_from_the_engine_extra_key() -> None:
    messages = strategy_messages(
        report(
            chances={
                "dr": {"summary": "about 40-60% (n=175, 2026)"},
                "integrated_ir": "under 20% (n=29)",
            }
        ),
        PARTIAL,
    )
    text = _texts(messages)
    assert "DR: about 40-60% (n=175, 2026)" in text
    assert "Integrated IR: under 20% (n=29)" in text
    assert "not built to predict" in text
    payloads = [b.payload for b in messages[-1].buttons]
    assert "/ask_chances" not in payloads  # already shown


def test_no_chances_key_no_chances_message_but_a_button() -> None:
    messages = strategy_messages(report(), PARTIAL)
    assert "Rough chances" not in _texts(messages)
    assert "/ask_chances" in [b.payload for b in messages[-1].buttons]


def test_structured_engine_estimates_are_shown_compactly() -> None:
    estimate = {
        "estimate_percent": {"low": 51, "high": 65},
        "sample": {"matched": 102, "unmatched": 73},
        "basis": "non-US IMGs who preferred DR (NRMP Charting Outcomes 2026)",
        "summary": "a long summary " * 30,
        "sources": ["data:charting_outcomes_radiology:dr.non_us_img.all.match_rate"],
    }
    no_number = {"estimate_percent": None, "summary": "no estimate: the sample is too small."}
    messages = strategy_messages(report(chances={"dr": estimate, "integrated_ir": no_number}), WEAK)
    text = _texts(messages)
    assert (
        "- DR: about 51-65% (102 of 175 non-US IMGs who preferred DR "
        "(NRMP Charting Outcomes 2026) matched)" in text
    )
    assert "- Integrated IR: the sample is too small." in text
    assert "a long summary" not in text
    assert "Source: NRMP Charting Outcomes 2026 (secondary transcription)" in text


def test_same_no_estimate_reason_is_said_once() -> None:
    no_number = {"estimate_percent": None, "summary": "no estimate: your plan is to wait."}
    text = _texts(
        strategy_messages(report(chances={"dr": no_number, "integrated_ir": no_number}), WEAK)
    )
    assert "Chances: no number for you yet." in text
    assert "- DR and Integrated IR: your plan is to wait." in text
    assert text.count("your plan is to wait") == 1


def test_malformed_chances_are_ignored() -> None:
    text = _texts(strategy_messages(report(chances=[1, 2, 3]), PARTIAL))
    assert "Rough chances" not in text
    text = _texts(strategy_messages(report(chances={"dr": {"low": 0.4}}), PARTIAL))
    assert "Rough chances" not in text


def test_final_message_buttons_lead_to_programs_and_the_first_step() -> None:
    last = strategy_messages(report(), PARTIAL)[-1]
    payloads = [b.payload for b in last.buttons]
    assert payloads[0] == "/ask_programs"
    assert "/ask_letters" in payloads  # first action: get a US IR letter
    assert "/ask_personal_statement" in payloads
    assert "/ask_contingency" in payloads


def test_missing_facts_are_asked_for_by_name() -> None:
    last = strategy_messages(report(missing=["ir_abstracts", "visa_need"]), PARTIAL)[-1]
    assert "Abstracts and posters" in last.text
    assert "Visa need" in last.text
    # A fact the profile already has is not asked for again.
    last = strategy_messages(report(missing=["step2ck_score"]), PARTIAL)[-1]
    assert "Step 2 CK" not in last.text.split("\nSource:")[0]


def test_buttons_are_not_repeated() -> None:
    actions = [
        {"code": "consider_alternatives", "priority": 1, "why": "w", "target": "t"},
    ]
    last = strategy_messages(report(pathway="recalibrate", actions=actions), WEAK)[-1]
    payloads = [b.payload for b in last.buttons]
    assert payloads.count("/ask_contingency") == 1


def test_long_engine_texts_stay_under_the_limit() -> None:
    long = "word " * 400
    messages = strategy_messages(
        report(
            reasons=[long],
            contingency=[long] * 6,
            actions=[
                {"code": "raise_step2ck", "priority": i, "why": long, "target": long}
                for i in range(1, 6)
            ],
            sources=[f"guide:section{i}" for i in range(40)],
            chances={"dr": {"summary": long}, "integrated_ir": {"summary": long}},
        ),
        PARTIAL,
    )
    assert all(len(m.text) <= MAX_MESSAGE_CHARS for m in messages)
    assert len(messages) <= 6
