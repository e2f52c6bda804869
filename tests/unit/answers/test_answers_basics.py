"""Message model, size helpers, labels and cited figures."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from bot.answers import figures as fig
from bot.answers.citations import cite_one, source_line
from bot.answers.faq import FAQ_INTENTS
from bot.answers.labels import (
    ACTION_FAQ_INTENT,
    ACTION_LABELS,
    FIELD_LABELS,
    PATHWAY_LABELS,
    STANCE_LABELS,
    allowed_text,
    value_label,
)
from bot.answers.messages import (
    MAX_MESSAGE_CHARS,
    Button,
    Message,
    clip,
    clip_sentences,
    fit_list,
    inform_button,
    pack,
)
from bot.answers.profile_texts import SUMMARY_ORDER
from bot.profile import PROFILE_FIELDS, VisaNeed
from bot.report import ActionCode, IntegratedIRStance, Pathway
from bot.sources import SOURCES


def test_payload_over_64_bytes_is_refused() -> None:
    Button(title="ok", payload="/" + "a" * 63)
    with pytest.raises(ValidationError, match="64"):
        Button(title="too long", payload="/" + "a" * 64)


def test_payload_limit_counts_bytes_not_characters() -> None:
    with pytest.raises(ValidationError):
        Button(title="accents", payload="/" + "é" * 32)  # 65 bytes, 33 characters


def test_inform_button_keeps_json_types() -> None:
    assert inform_button("J-1", "visa_need", "j1").payload == '/inform{"visa_need":"j1"}'
    assert (
        inform_button("yes", "clinically_active", True).payload
        == '/inform{"clinically_active":true}'
    )


def test_message_as_utterance() -> None:
    message = Message(text="Hi", buttons=[Button(title="Go", payload="/more")])
    assert message.as_utterance() == {
        "text": "Hi",
        "buttons": [{"title": "Go", "payload": "/more"}],
    }


def test_clip_cuts_at_a_word_and_marks_it() -> None:
    text = "one two three four five six seven"
    clipped = clip(text, 16)
    assert len(clipped) <= 16
    assert clipped.endswith("…")
    assert text.startswith(clipped[:-1])
    assert clip("short", 16) == "short"


def test_pack_never_exceeds_the_limit_and_keeps_every_block() -> None:
    blocks = [f"block {i} " + "x" * 150 for i in range(10)]
    texts = pack(blocks, header="Header")
    assert all(len(text) <= MAX_MESSAGE_CHARS for text in texts)
    joined = "\n".join(texts)
    assert all(f"block {i} " in joined for i in range(10))
    assert texts[0].startswith("Header")


def test_pack_clips_a_single_oversized_block() -> None:
    texts = pack(["y" * 2000])
    assert len(texts) == 1
    assert len(texts[0]) <= MAX_MESSAGE_CHARS


def test_fit_list_keeps_every_item_in_one_text() -> None:
    items = [f"- item {i}: " + "z " * 200 for i in range(4)]
    text = fit_list("Plan B:", items)
    assert len(text) <= MAX_MESSAGE_CHARS
    assert all(f"item {i}" in text for i in range(4))


def test_fit_list_shares_room_and_cuts_at_sentences() -> None:
    short = "- Short item."
    long_one = "- First sentence of a long item. " + "Second sentence goes on and on. " * 12
    text = fit_list("Header:", [short, long_one, long_one])
    assert len(text) <= MAX_MESSAGE_CHARS
    assert short in text  # short items stay whole
    assert text.count("First sentence of a long item.") == 2
    # Leftover room goes back to the long items: the text is close to the limit.
    assert len(text) > MAX_MESSAGE_CHARS - 80


def test_clip_sentences_keeps_whole_sentences() -> None:
    text = "One two. Three four five. Six seven eight nine."
    assert clip_sentences(text, 30) == "One two. Three four five."
    assert clip_sentences(text, 100) == text
    assert clip_sentences("Averyveryverylongword and more words", 12).endswith("…")


def test_every_profile_field_has_a_label_and_a_summary_place() -> None:
    assert set(PROFILE_FIELDS) <= set(FIELD_LABELS)
    assert set(SUMMARY_ORDER) == set(PROFILE_FIELDS)
    assert len(SUMMARY_ORDER) == len(PROFILE_FIELDS)


def test_every_code_has_words() -> None:
    assert set(ACTION_LABELS) == set(ActionCode)
    assert set(ACTION_FAQ_INTENT) == set(ActionCode)
    assert set(ACTION_FAQ_INTENT.values()) <= set(FAQ_INTENTS)
    assert set(PATHWAY_LABELS) == set(Pathway)
    assert set(STANCE_LABELS) == set(IntegratedIRStance)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("step2ck_score", 251.0, "251"),  # Rasa keeps numeric slots as floats
        ("step2ck_score", 251, "251"),
        ("visa_need", "j1", "J-1"),
        ("visa_need", VisaNeed.H1B, "H-1B"),
        ("step1", "pass_first_attempt", "passed on the first attempt"),
        ("ir_publications", 1, "1 publication"),
        ("ir_publications", 3.0, "3 publications"),
        ("usce_months", 1.5, "1.5 months"),
        ("clinically_active", True, "yes"),
        ("preferred_regions", ["northeast", "west"], "Northeast, West"),
        ("graduation_year", 2019.0, "2019"),
        ("visa_need", "f1", "f1"),  # unknown raw value shown as is, never a crash
        ("step3", None, "not told yet"),
    ],
)
def test_value_labels(field: str, value: object, expected: str) -> None:
    assert value_label(field, value) == expected


def test_allowed_text_names_the_range() -> None:
    assert allowed_text("step2ck_score") == "a score from 1 to 300"
    assert "J-1" in allowed_text("visa_need")
    assert "0 or more" in allowed_text("us_ir_letters")


def test_every_cited_id_exists_in_the_source_table() -> None:
    ids = [value for name, value in vars(fig).items() if name.startswith("SRC_")]
    assert ids
    missing = [source_id for source_id in ids if source_id not in SOURCES]
    assert missing == []


@pytest.mark.parametrize(
    ("source_id", "figures"),
    [
        (fig.SRC_STEP2_SPREAD, [fig.STEP2_MEAN, fig.STEP2_SD, fig.STEP2_UPPER_QUARTILE]),
        (fig.SRC_STEP2_DR_IMG, [fig.DR_IMG_MATCHED_STEP2_MEDIAN, fig.DR_IMG_MATCHED_N]),
        (
            fig.SRC_STEP2_DR_IMG_UNMATCHED,
            [fig.DR_IMG_UNMATCHED_STEP2_MEDIAN, fig.DR_IMG_UNMATCHED_N],
        ),
        (fig.SRC_STEP2_IR_IMG, [fig.IR_IMG_MATCHED_STEP2_MEDIAN, fig.IR_IMG_MATCHED_N]),
        (
            fig.SRC_STEP2_IR_IMG_UNMATCHED,
            [fig.IR_IMG_UNMATCHED_STEP2_MEDIAN, fig.IR_IMG_UNMATCHED_N],
        ),
        (fig.SRC_PUBS_DR_IMG, [fig.DR_IMG_MATCHED_PUBS_MEDIAN]),
        (fig.SRC_ABSTRACTS_DR_IMG, [fig.DR_IMG_MATCHED_ABSTRACTS_MEDIAN]),
        (fig.SRC_MATCH_RATE_DR_IMG, [fig.DR_IMG_MATCHED, fig.DR_IMG_TOTAL - fig.DR_IMG_MATCHED]),
        (fig.SRC_MATCH_RATE_IR_IMG, [fig.IR_IMG_MATCHED, fig.IR_IMG_TOTAL - fig.IR_IMG_MATCHED]),
        (fig.SRC_J1_RULES, [fig.J1_LIMIT_YEARS]),
        (fig.SRC_SURVEY_J1, [fig.DR_PROGRAMS_J1_PCT]),
        (fig.SRC_SURVEY_H1B, [fig.DR_PROGRAMS_H1B_PCT]),
        (fig.SRC_APPS_DR, [fig.AVG_DR_APPLICATIONS]),
        (fig.SRC_APPS_IR, [fig.AVG_IR_APPLICATIONS]),
    ],
)
def test_figures_agree_with_their_source(source_id: str, figures: list[float]) -> None:
    value = SOURCES[source_id].value or ""
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", value)]
    for figure in figures:
        # Percentages are shown rounded (73.1% -> 73).
        assert any(abs(figure - n) < 0.5 for n in numbers), f"{figure} not in {value!r}"


def test_route_years_fill_the_j1_limit() -> None:
    assert sum(fig.DR_ROUTE_YEARS) == fig.J1_LIMIT_YEARS


def test_source_line_groups_guide_sections_and_says_how_solid() -> None:
    line = source_line(
        [
            "guide:usmle.step2ck",
            "guide:letters",
            fig.SRC_STEP2_DR_IMG,
            fig.SRC_STEP2_IR_IMG,
            fig.SRC_J1_RULES,
        ]
    )
    assert line.startswith("Source: domain guide, Step 2 CK, letters; ")
    assert line.count("NRMP Charting Outcomes 2026 (secondary transcription)") == 1
    assert "ECFMG J-1 rules (primary)" in line


def test_source_line_survives_unknown_ids_and_stays_short() -> None:
    assert cite_one("data:new_file:row") == "new file"
    assert cite_one("weird") == "weird"
    ids = [f"guide:section{i}" for i in range(60)]
    assert len(source_line(ids, limit=120)) <= 120
    assert source_line([]) == ""
