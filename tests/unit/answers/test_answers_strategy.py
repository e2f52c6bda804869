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
    assert "Source: domain guide, Step 2 CK, letters; NRMP Charting Outcomes 2026" in first


def test_upside_option_is_named_as_a_bonus_shot() -> None:
    messages = strategy_messages(
        report(pathway="integrated_ir_plus_dr", integrated_ir="upside_option"), STRONG
    )
    assert "apply to Integrated IR and to DR" in messages[0].text
    assert "bonus shot" in messages[0].text


def test_top_three_gaps_with_targets_only() -> None:
    text = _texts(strategy_messages(report(), PARTIAL))
    assert "Your top 3 gaps to close:" in text
    assert "Target: One US IR letter after a 4-8 week US IR elective" in text
    assert "Target: Step 2 CK in the upper quartile (257+)" in text
    assert "Target: 3-10 IR abstracts and 2-5 IR publications" in text
    assert "Apply to 70 DR programs" not in text  # fourth action stays out


def test_gaps_follow_priority_not_list_order() -> None:
    base = report()
    shuffled = list(reversed(base.actions))
    text = _texts(strategy_messages(base.model_copy(update={"actions": shuffled}), PARTIAL))
    assert "Apply to 70 DR programs" not in text
    assert text.index("1. Get a letter") < text.index("2. Strengthen your Step 2 CK")


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
    assert "Applications this cycle: none" in text
    assert "strengthen your profile first" in text


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
    assert "Step 2 CK" not in last.text


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
