"""Values the extractor would only infer go to ``uncertain`` with a confirming question (issue
10 item 6): no IR papers read from papers in another field or not yet out, a visa the writer
only guesses at, and an applicant type where a held green card outweighs the status the writer
came on. Each rule with the tune example, paraphrases, and the plain statements it must keep."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _read(text: str, expected: str | None = None) -> tuple[dict[str, object], dict[str, object]]:
    found = extract_facts(text, expected_field=expected, current_year=2026)
    facts = {k: v for k, v in found.facts.items() if k in {"ir_publications", "visa_need"}}
    return facts, {u.field: u.value for u in found.uncertain}


# (text, stored, to confirm)
PAPERS = [
    # Tune examples: papers only in another field or not yet published.
    ("I have 240 and 1 pub (cardiology)", {}, {"ir_publications": 0}),
    ("2 abstracts at RSNA, 1 paper under review.", {}, {"ir_publications": 0}),
    # Paraphrases.
    ("I have 3 case reports in nephrology", {}, {"ir_publications": 0}),
    ("got 2 first author papers, but in orthopedics", {}, {"ir_publications": 0}),
    ("1 manuscript submitted to JVIR, fingers crossed", {}, {"ir_publications": 0}),
    # Near misses: a zero the writer says, and IR papers told beside the others.
    ("2 case reports but nothing in radiology", {"ir_publications": 0}, {}),
    ("i have 10 pubs but none in radiology", {"ir_publications": 0}, {}),
    ("0 pubs yet (2 under review)", {"ir_publications": 0}, {}),
    ("No publications but 2 case reports submitted.", {"ir_publications": 0}, {}),
    ("no IR pubs", {"ir_publications": 0}, {}),
    ("4 publications, all in orthopedics, and 0 in radiology", {"ir_publications": 0}, {}),
    ("3 papers in cardiology, zero in IR", {"ir_publications": 0}, {}),
    ("3 pubs in cardiology and 2 IR pubs", {"ir_publications": 2}, {}),
    ("4 pubs total (2 in IR, 2 in ortho)", {"ir_publications": 2}, {}),
]


@pytest.mark.parametrize(("text", "stored", "doubted"), PAPERS)
def test_no_ir_papers_inferred_is_asked(
    text: str, stored: dict[str, object], doubted: dict[str, object]
) -> None:
    facts, uncertain = _read(text)
    assert facts == stored
    assert {k: v for k, v in uncertain.items() if k == "ir_publications"} == doubted


def test_papers_given_as_the_answer_to_the_question_stay() -> None:
    assert _read("2, but in cardiology", "ir_publications")[0] == {"ir_publications": 0}


VISAS = [
    # Tune examples: a code guessed at.
    ("Need a visa, probably J1.", {}, {"visa_need": "j1"}),
    ("I need a visa - probably H1b bc I dont want the J1 home rule", {}, {"visa_need": "h1b"}),
    # Paraphrases.
    ("I think J1", {}, {"visa_need": "j1"}),
    ("visa: H1B most likely", {}, {"visa_need": "h1b"}),
    ("I'll need J1 I guess", {}, {"visa_need": "j1"}),
    # Near misses: plain needs, a guess about something else, and a writer unsure of the code.
    ("need J1", {"visa_need": "j1"}, {}),
    ("I will need a J1 visa.", {"visa_need": "j1"}, {}),
    ("J1 is probably easier for me, so need J1", {"visa_need": "j1"}, {}),
    ("need visa, probably J1 but not sure.", {"visa_need": "undecided"}, {}),
]


@pytest.mark.parametrize(("text", "stored", "doubted"), VISAS)
def test_a_guessed_visa_is_asked(
    text: str, stored: dict[str, object], doubted: dict[str, object]
) -> None:
    facts, uncertain = _read(text)
    assert facts == stored
    assert {k: v for k, v in uncertain.items() if k == "visa_need"} == doubted


def test_a_visa_answering_the_question_stays() -> None:
    assert _read("probably J1", "visa_need")[0] == {"visa_need": "j1"}


TYPES = [
    # Tune example and paraphrases: a green card or citizenship held now, school abroad.
    ("Syrian IMG from Aleppo University. came to the US on asylum, I have a green card now.",
     "us_img"),
    ("Egyptian grad, came as a refugee, now a US citizen.", "us_img"),
    ("MBBS from Kabul; arrived on asylum years ago and I'm a green card holder since 2022.",
     "us_img"),
    # Near misses: residence only pending, a relative's citizenship.
    ("Egyptian grad, I'm an asylee, green card in process.", "non_us_img"),
    ("MBBS India, I'm on H4, my husband is a US citizen", "non_us_img"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), TYPES)
def test_a_held_green_card_outweighs_the_status_come_on(text: str, kind: str) -> None:
    assert extract_facts(text, current_year=2026).facts.get("applicant_type") == kind
