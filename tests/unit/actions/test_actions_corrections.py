"""action_report_program_fact: the reply for a stored report and for a refused one."""

from __future__ import annotations

from actions_helpers import make_tracker, run_action, texts
from sqlalchemy import select
from support.program_rows import EMORY_DR, add_programs

from actions.corrections import ReportProgramFact
from actions.storage import database_engine
from bot.adapters.orm import UserReport
from bot.db import transaction


def test_a_report_is_saved_for_review(domain, databases):
    add_programs(database_engine())
    text = "Emory DR sponsors H-1B, https://med.emory.edu/radiology/visas"
    tracker = make_tracker(text, "report_program_fact", sender="tg-42")
    events, messages = run_action(ReportProgramFact(), tracker, domain)
    assert events == []
    assert "saved your report" in texts(messages)
    with transaction(database_engine()) as session:
        row = session.scalars(select(UserReport)).one()
    assert (row.program_id, row.status, row.reporter != "tg-42") == (EMORY_DR, "pending", True)


def test_a_report_without_a_link_is_refused_politely(domain, databases):
    add_programs(database_engine())
    tracker = make_tracker("Emory DR sponsors H-1B", "report_program_fact")
    _, messages = run_action(ReportProgramFact(), tracker, domain)
    assert "need a link" in texts(messages)
    with transaction(database_engine()) as session:
        assert session.scalars(select(UserReport)).all() == []
