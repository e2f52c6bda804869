"""Forum and chat phrasing (dev_tune_2.yml): whose number it is, typed codes, unusual wording."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Someone else's clause, also the part joined to it by "and".
        (
            "My friend matched DR with 230 and no research, im at 245 with 2 IR pubs.",
            {"step2ck_score": 245, "ir_publications": 2},
        ),
        ("what is a good CK score for IR? my colleague got 265 and still didnt match", {}),
        (
            "Average matched IMG in DR has like 250 right? I have 238, is it hopeless",
            {"step2ck_score": 238},
        ),
        # Typed codes: a letter O for zero, "P" for pass, a full stop glued to a visa code.
        (
            "YOG 19, CK 24O first attempt",
            {"graduation_year": 2019, "step2ck_score": 240, "step2ck_first_attempt": True},
        ),
        ("S1 P, S2 250", {"step1": "pass_first_attempt", "step2ck_score": 250}),
        ("step 1 was P. CK 251", {"step1": "pass_first_attempt", "step2ck_score": 251}),
        ("I need H1B. what do programs want?", {"visa_need": "h1b"}),
        ("Visa: J1. YOG: 2023.", {"visa_need": "j1", "graduation_year": 2023}),
        # Working now, said without an article or as "been ...".
        ("I'm radiologist from Iran", {"clinically_active": True, "applicant_type": "non_us_img"}),
        ("I have been practicing as a GP since 2019", {"clinically_active": True}),
        (
            "Been doing IR research fellowship in US for 1.5 yrs",
            {"clinically_active": True, "research_years": 1.5},
        ),
        ("I'm carribean grad", {"applicant_type": "non_us_img"}),
        (
            "US IMG (citizen), CK 221",
            {"applicant_type": "us_img", "visa_need": "none", "step2ck_score": 221},
        ),
    ],
)
def test_forum_phrasing(text: str, facts: dict[str, object]) -> None:
    assert extract_facts(text).facts == facts


@pytest.mark.parametrize(
    "text",
    [
        "I'm a US IMG",  # the type alone says nothing of the visa
        "US IMG, not a citizen yet",
        "applied at 120 programs",  # a count of programs is no score
        "I have 150 programs on my list",
    ],
)
def test_no_visa_or_score_read_into_it(text: str) -> None:
    facts = extract_facts(text).facts
    assert "step2ck_score" not in facts
    assert facts.get("visa_need") != "none"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "which programs in Texas sponsor J1",
            {"visa_need": "j1", "preferred_regions": ["southwest"]},
        ),
        (
            "DR programs that sponsor h1b in texas?",
            {"visa_need": "h1b", "preferred_regions": ["southwest"]},
        ),
        (
            "CK 229. any programs in the southeast that would take me?",
            {"step2ck_score": 229, "preferred_regions": ["southeast"]},
        ),
        ("can you tell me which programs sponsor H1B for DR", {"visa_need": "h1b"}),
    ],
)
def test_a_request_for_programs_tells_what_the_writer_looks_for(
    text: str, facts: dict[str, object]
) -> None:
    assert extract_facts(text).facts == facts


@pytest.mark.parametrize(
    "text",
    [
        "is 60 programs enough for DR?",
        "how many programs sponsor H1B?",
        "Do programs in the northeast sponsor H1B?",
        "is H1B sponsorship common in DR programs?",
        "what if programs in the west don't take J1?",
    ],
)
def test_a_question_about_programs_stores_no_search(text: str) -> None:
    assert extract_facts(text).facts == {}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Counts by source right after a sentence with a letter word.
        (
            "is 5 letters too many? I have 2 from IR, 2 from DR and one from surgery, all US",
            {"us_ir_letters": 2, "us_dr_letters": 2, "us_other_letters": 1},
        ),
        ("How many LORs do I need? I have 2 from IR", {"us_ir_letters": 2}),
        ("How many LORs do I need? I have 2 IR pubs", {"ir_publications": 2}),
        # "mine" answers one's own question, also a sentence later.
        ("Do programs filter by YOG? some say 5 yrs max. Mine is 2018", {"graduation_year": 2018}),
    ],
)
def test_a_fact_answering_ones_own_question(text: str, facts: dict[str, object]) -> None:
    assert extract_facts(text).facts == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "my senior matched IR with 250 and 3 IR pubs, and i have 247 with 1 IR pub.",
            {"step2ck_score": 247, "ir_publications": 1},
        ),
        (
            "Im resident of Canada, graduated from Ireland 2020",
            {"graduation_year": 2020, "applicant_type": "non_us_img"},
        ),
        ("I have 100, 200 hours of volunteering in US hospitals", {}),
        ("will applying with no CK score hurt me?", {}),
        (
            "Hi everyone and thanks in advance. CK 245, 2 IR letters",
            {"step2ck_score": 245, "us_ir_letters": 2},
        ),
    ],
)
def test_probes_of_the_forum_rules(text: str, facts: dict[str, object]) -> None:
    assert extract_facts(text).facts == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Are 3 letters enough? I have 1 from IR and 1 from IM, plus 2 IR pubs",
            {"us_ir_letters": 1, "us_other_letters": 1, "ir_publications": 2},
        ),
        ("I have 2 IR LORs. Sent apps to 30 IR and 60 DR programs", {"us_ir_letters": 2}),
        ("Letters matter a lot I heard. My friend got 3 from IR and matched", {}),
    ],
)
def test_letters_by_source_need_count_from_source(text: str, facts: dict[str, object]) -> None:
    got = extract_facts(text).facts
    assert {k: v for k, v in got.items() if k != "cycle_stage"} == facts


def test_a_question_telling_ones_own_history_states_it() -> None:
    facts = extract_facts("how do I explain I failed CK once? passed second time with 235").facts
    assert facts == {"step2ck_first_attempt": False, "step2ck_score": 235}
    assert extract_facts("what if I failed CK?").facts == {}  # a supposition


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("USCE: 3 months IM, 2 months FM. CK 245", {"usce_months": 5.0, "step2ck_score": 245}),
        ("observerships: 1 month at Mayo, 2 weeks at Emory", {"observership_weeks": 6.0}),
        ("USCE 3 months total, 1 month of it in FM", {"usce_months": 3.0}),
        (
            "4 months USCE in IM, 2 weeks observership in rads",
            {"usce_months": 4.0, "observership_weeks": 2.0},
        ),
    ],
)
def test_stints_listed_after_one_word_add_up(text: str, facts: dict[str, object]) -> None:
    assert extract_facts(text).facts == facts
