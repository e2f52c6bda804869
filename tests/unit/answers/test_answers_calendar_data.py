"""knowledge/calendar.yaml through bot.kb.calendar, and its citations in the answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answers.calendar_facts import NOT_FOUND_TEXT, cal, cited_line, value
from bot.kb.calendar import CalendarError, calendar_row, calendar_rules, read_calendar


def test_every_row_is_loaded_and_gaps_are_kept() -> None:
    rows = calendar_rules()
    assert len(rows) == 84
    gaps = [row for row in rows.values() if not row.found]
    assert len(gaps) == 11
    assert all(row.citation == "" and row.source_url == "" for row in gaps)
    assert all(row.citation for row in rows.values() if row.found)


def test_values_and_gaps_in_words() -> None:
    assert value("fees.2026.eras_residency_application_fee").startswith("$11 per program")
    assert value("signals.2026.dr_ir_signals_count") == NOT_FOUND_TEXT
    assert "NOT FOUND" not in value("eras.2027.applicants_begin_submitting_applications")


def test_citations_name_publisher_and_kind() -> None:
    assert calendar_row("eras.2026.eras_season_begins_myeras").citation == "AAMC (primary)"
    assert calendar_row("soap.rule.what_soap").citation == "NRMP (primary)"
    third = calendar_row("signals.2027.dr_ir_signals_third").citation
    assert third == "third-party app code (third-party, unverified)"
    line = cited_line(
        ["guide:letters", cal("soap.rule.what_soap"), cal("esir.2026.current_number_esir_approved")]
    )
    assert line == "Source: domain guide, letters; NRMP (primary)"


def test_unknown_key_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match=r"no calendar row 'nope\.rule\.x'"):
        calendar_row("nope.rule.x")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("rows: []\n", "non-empty 'rows'"),
        ("rows:\n- {key: a.b, topic: t}\n", "row 1"),
        (
            "rows:\n- {key: a.b, topic: t, season: s, item: i, value: '5', source_url: '', "
            "source_type: '', quote: '', notes: ''}\n",
            "needs its source_url",
        ),
    ],
)
def test_bad_files_are_refused(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "calendar.yaml"
    path.write_text(body)
    with pytest.raises(CalendarError, match=message):
        read_calendar(path)
