"""Round 12 (issue 10 item 6, "a wrong fact is worse than none"): facts from long posts read in
their context. Work told as present over a past or talked-about gap, a research post held now,
"doesn't work for us" as no job; an IR count not undone by a paper in another field, papers "in
the pipeline" not yet out; plans under a "Plan:" heading or dated in a later year; a score asked
about in a numbered question; letters named by their writers. Each rule with the tune example,
paraphrases, and near misses that must keep the plain reading."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _field(text: str, name: str) -> object:
    return extract_facts(text, current_year=2026).facts.get(name)


def _doubt(text: str, name: str) -> object:
    found = {u.field: u.value for u in extract_facts(text, current_year=2026).uncertain}
    return found.get(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The present wins over the past and over a gap only talked about.
        (
            "I graduated in 2017, then from 2021 to 2024 I was not in medicine at all. Since "
            "March 2025 I'm working again as a medical officer in Islamabad. How should I "
            "explain the 3 year business gap in ERAS?",
            True,
        ),
        ("Had a 2 year gap after internship. Now working as a GP again. Will my gap hurt?", True),
        (
            "Since Jan 2026 I'm working as a medical officer in Lahore. How do I explain the gap?",
            True,
        ),
        # A research post held now is work in medicine.
        (
            "Since Dec 2025 I'm in a full time research position in radiology at a Chicago "
            "hospital. I will need H1B because the J1 home rule doesn't work for our family.",
            True,
        ),
        ("Currently I am a research associate in a radiology lab.", True),
        # Near misses: a gap told as now, a post looked for, work in the past only.
        ("Working as GP until 2023, gap since then. How do I explain it?", False),
        ("I'm looking for a research position since June", None),
        ("I have been applying for research positions since March", None),
        ("not working since 2020", False),
        ("currently working as a GP", True),
    ],
)
def test_work_now(text: str, expected: object) -> None:
    assert _field(text, "clinically_active") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An IR count is not undone by a paper in another field with an aside.
        (
            "I have 2 IR case reports published and 1 cardiology paper (nothing to do with "
            "radiology). how much research do I need?",
            2,
        ),
        ("3 radiology papers published and 1 ortho paper (nothing to do with IR).", 3),
        # Papers in the pipeline are not out yet.
        ("1 case report published in a radiology journal, 2 more in the pipeline.", 1),
        ("2 IR pubs, 3 more in the pipeline", 2),
        # Near misses: the plain counts.
        ("I have 1 cardiology paper (nothing to do with radiology).", 0),
        ("2 pubs, but in cardiology", None),  # no IR papers only inferred: asked
        ("I have 2 IR case reports published and 1 cardiology paper.", 2),
        ("3 IR pubs", 3),
    ],
)
def test_publications_in_context(text: str, expected: object) -> None:
    assert _field(text, "ir_publications") == expected


@pytest.mark.parametrize(
    ("text", "stored", "doubted"),
    [
        # Under a plan heading, or dated in a later year: a plan to confirm.
        (
            "Plan for next months: 4 week IR elective in Feb-March 2027, get the LOR, step 3 in "
            "May, then apply Sept 2027.",
            None,
            4.0,
        ),
        ("Next steps: a 4 week IR elective and then ERAS.", None, 4.0),
        ("Doing a 4 week IR elective in March 2027", None, 4.0),
        # Near misses: a heading with no future word, a past date, a plan in an earlier sentence.
        ("USCE: 6 weeks IR elective in Ohio.", 6.0, None),
        ("I did a 4 week IR elective in March 2025.", 4.0, None),
        ("Step 3 planning for next year. IR elective: 4 weeks in Ohio.", 4.0, None),
    ],
)
def test_plans_by_heading_or_date(text: str, stored: object, doubted: object) -> None:
    assert _field(text, "ir_elective_weeks") == stored
    assert _doubt(text, "ir_elective_weeks") == doubted


def test_letters_under_a_plan_heading_in_another_sentence_stay() -> None:
    text = "1 more planned in October. Letters: 2 from IR attendings, 1 from my DR rotation."
    assert _field(text, "us_ir_letters") == 2
    assert _field(text, "us_dr_letters") == 1


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        # A bare score judged in a (numbered) question is asked about, not the writer's.
        (
            "Questions: 1) how many months of USCE should I aim for? 2) is 250+ CK needed for "
            "integrated IR or is 240 enough if I have research?",
            None,
        ),
        ("Q2) is 245 enough for IR if I have 2 pubs?", None),
        ("is 238 good enough for DR if I have a US letter?", None),
        # Near misses: the writer's own score.
        ("is my 245 enough for IR?", 245),
        ("is 240 on CK enough for me?", 240),
        ("Is 245 ok for DR as IMG?", 245),
        ("CK 245, is that enough?", 245),
    ],
)
def test_score_asked_about(text: str, stored: object) -> None:
    assert _field(text, "step2ck_score") == stored


def test_a_second_question_after_or_is_asked_on_its_own() -> None:
    text = "Questions: 1) is 241 enough for DR as IMG or do I need step 3 to compensate?"
    assert _field(text, "step2ck_score") == 241
    assert _field(text, "step3") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I already have letters from my IR PI and one more IR attending, plus one from the "
            "IM sub-I attending.",
            {"us_ir_letters": 2, "us_other_letters": 1},
        ),
        ("LORs from my DR chair and another DR attending.", {"us_dr_letters": 2}),
        ("I have letters from my IR PI and my DR chair.", {"us_ir_letters": 1, "us_dr_letters": 1}),
        # Near misses: someone else's letters, sources with no writer, a plain count.
        ("My friend has letters from his IR PI and one more IR attending.", {}),
        ("Letters from IR and DR.", {}),
        (
            "I have letters from 2 IR attendings and one DR attending.",
            {"us_ir_letters": 2, "us_dr_letters": 1},
        ),
    ],
)
def test_letters_named_by_writer(text: str, expected: dict[str, int]) -> None:
    found = extract_facts(text, current_year=2026).facts
    letters = {k: v for k, v in found.items() if k.endswith("_letters")}
    assert {k: v for k, v in letters.items() if k in expected or v} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An aside with a smaller count, or a part told by its status only, describes the total.
        ("2 case reports published (one in CVIR Endovascular), 1 original article submitted.", 2),
        ("3 IR papers published (one in JVIR)", 3),
        ("2 pubs in interventional radiology, 1 in press.", 2),
        ("3 radiology papers, 1 accepted", 3),
        # Near misses: parts with fields, a plain total with parts in brackets.
        ("4 pubs total (2 in IR, 2 in ortho)", 2),
        ("1 IR pub, 2 in neuro", 1),
        ("2 pubs in JVIR (1 accepted, 1 published)", 2),
    ],
)
def test_publication_total_described(text: str, expected: object) -> None:
    assert _field(text, "ir_publications") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A letter asked about with its writers offered as choices: none told.
        ("And should my new letter come from my prelim PD or from the radiology dept here?", {}),
        ("should my next letter be from the IR attending or from the DR chair?", {}),
        # Near misses: the writer's letter, asked about.
        ("is my IR letter enough?", {"us_ir_letters": 1}),
        (
            "I have a DR letter from my observership, is that enough or do I need more?",
            {"us_dr_letters": 1},
        ),
    ],
)
def test_letter_choices_asked(text: str, expected: dict[str, int]) -> None:
    found = extract_facts(text, current_year=2026).facts
    assert {k: v for k, v in found.items() if k.endswith("_letters")} == expected
