"""``advisor kb review`` as a subprocess: list pending reports, accept, reject, bad ids."""

from __future__ import annotations

import json
from pathlib import Path

from kb_cli_support import advisor_runner
from sqlalchemy import select
from support.program_rows import EMORY_DR, add_programs

from bot.bootstrap import build_services, temporary_settings
from bot.db import transaction
from bot.kb.models import ProgramFact


def test_review_lists_accepts_and_rejects(tmp_path: Path):
    services = build_services(temporary_settings(tmp_path))
    add_programs(services.stores.database)
    first = services.corrections.report("a", "Emory DR sponsors H-1B https://emory.edu/h1b")
    second = services.corrections.report("b", "Emory IR takes IMGs https://emory.edu/img")
    assert first.report is not None and second.report is not None
    advisor = advisor_runner(services.stores.database.url.render_as_string(), tmp_path)

    listed = advisor("kb", "review")
    assert listed.returncode == 0, listed.stderr
    assert f"#{first.report.id}" in listed.stdout and "sponsors H-1B visas" in listed.stdout
    assert "https://emory.edu/img" in listed.stdout and "2 pending" in listed.stdout
    as_json = json.loads(advisor("kb", "review", "--json").stdout)
    assert [row["id"] for row in as_json] == [first.report.id, second.report.id]

    accepted = advisor(
        "kb", "review", "--accept", str(first.report.id), "--verified-on", "2026-12-02"
    )
    assert accepted.returncode == 0, accepted.stderr
    assert "user report, verified 2026-12-02" in accepted.stdout
    with transaction(services.stores.database) as session:
        fact = session.scalars(select(ProgramFact)).one()
    assert (fact.program_id, fact.fact, fact.value) == (EMORY_DR, "sponsors_h1b", "yes")

    rejected = advisor("kb", "review", "--reject", str(second.report.id))
    assert rejected.returncode == 0 and "Rejected" in rejected.stdout
    assert "No reports are waiting" in advisor("kb", "review").stdout

    again = advisor("kb", "review", "--accept", str(first.report.id))
    assert again.returncode == 2 and again.stdout == ""
    assert again.stderr.strip().count("\n") == 0
    assert "no pending report" in again.stderr and "pending: none" in again.stderr
    bad_date = advisor("kb", "review", "--accept", "1", "--verified-on", "yesterday")
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    services.dispose()
