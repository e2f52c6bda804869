"""Reports stored as pending, refused with a reason, rate-limited, reviewed, forgotten."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from support.program_rows import EMORY_DR, add_programs

from bot.adapters.orm import UserReport
from bot.bootstrap import Services, build_services, temporary_settings
from bot.corrections.replies import report_reply
from bot.corrections.service import CorrectionService, Outcome, UnknownReportError
from bot.corrections.store import ReportStatus, reporter_key
from bot.db import transaction
from bot.kb.models import ProgramFact
from bot.kb.repository import knowledge_version
from bot.programs.catalog import CatalogCache

REPORT = "Emory DR sponsors H-1B, https://med.emory.edu/radiology/visas"


@pytest.fixture
def services(tmp_path: Path):
    built = build_services(temporary_settings(tmp_path))
    add_programs(built.stores.database)
    yield built
    built.dispose()


def test_a_report_is_stored_pending_and_changes_nothing_yet(services: Services):
    result = services.corrections.report("alice", REPORT)
    assert result.outcome is Outcome.STORED
    assert result.report is not None and result.report.program_id == EMORY_DR
    assert "saved your report" in report_reply(result)
    assert "until someone checks the link" in report_reply(result)
    with transaction(services.stores.database) as session:
        row = session.scalars(select(UserReport)).one()
        assert row.reporter == reporter_key("alice") and "alice" not in row.reporter
        assert (row.fact, row.value, row.status) == ("visa_h1b", "yes", "pending")
        assert row.link == "https://med.emory.edu/radiology/visas"
        assert session.scalars(select(ProgramFact)).all() == []
    assert [r.id for r in services.corrections.pending()] == [result.report.id]


@pytest.mark.parametrize(
    ("text", "outcome", "words"),
    [
        ("Emory DR sponsors H-1B", Outcome.NO_LINK, "need a link"),
        ("Emory DR sponsors H-1B ftp://emory.edu/x", Outcome.BAD_LINK, "https://"),
        ("Emory DR is lovely https://emory.edu/x", Outcome.NO_FACT, "J-1 or H-1B"),
        ("Stanford DR sponsors H-1B https://stanford.edu/x", Outcome.NO_PROGRAM, '"stanford"'),
        ("Mayo Clinic DR sponsors H-1B https://mayo.edu/x", Outcome.AMBIGUOUS, "Rochester"),
    ],
)
def test_bad_reports_get_a_clear_reply_and_store_nothing(services, text, outcome, words):
    result = services.corrections.report("bob", text)
    assert result.outcome is outcome
    assert words in report_reply(result)
    assert services.corrections.pending() == []


def test_duplicates_are_refused(services: Services):
    first = services.corrections.report("alice", REPORT)
    again = services.corrections.report("carol", REPORT + " ")  # same link, other sender
    same_sender = services.corrections.report("alice", REPORT.replace("visas", "h1b"))
    assert first.report is not None and again.report is not None
    assert again.outcome is Outcome.DUPLICATE and again.report.id == first.report.id
    assert same_sender.outcome is Outcome.DUPLICATE
    assert "already waiting for review" in report_reply(again)
    assert len(services.corrections.pending()) == 1


def test_a_flood_from_one_sender_is_rate_limited(services: Services):
    clock = [datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)]
    corrections = CorrectionService(
        services.stores.database, now=lambda: clock[0], limit=3, window=timedelta(hours=1)
    )
    facts = ["sponsors H-1B", "sponsors J-1", "takes IMGs", "does not sponsor H-1B"]
    outcomes = []
    for fact in facts:
        text = f"Emory DR {fact} https://emory.edu/{len(outcomes)}"
        outcomes.append(corrections.report("mallory", text).outcome)
    assert outcomes == [Outcome.STORED] * 3 + [Outcome.RATE_LIMITED]
    assert (
        corrections.report("bob", "Emory IR takes IMGs https://e.edu/i").outcome is Outcome.STORED
    )
    clock[0] += timedelta(hours=1, minutes=1)
    assert corrections.report("mallory", f"Emory DR {facts[3]} https://emory.edu/9").outcome is (
        Outcome.STORED
    )


def test_accepting_makes_the_fact_take_effect_without_a_restart(services: Services):
    catalogs = CatalogCache()
    engine = services.stores.database
    with transaction(engine) as session:
        before = catalogs.get(session)
        version = knowledge_version(session)
    found = before.find(EMORY_DR)
    assert found is not None and found[0].h1b[found[1]].fact is None  # nothing known yet
    report = services.corrections.report("alice", REPORT).report
    assert report is not None
    accepted = services.corrections.accept(report.id, date(2026, 12, 2))
    assert accepted.status is ReportStatus.ACCEPTED
    assert accepted.source_label == "user report, verified 2026-12-02"
    with transaction(engine) as session:
        fact = session.scalars(select(ProgramFact)).one()
        assert (fact.program_id, fact.fact, fact.value) == (EMORY_DR, "sponsors_h1b", "yes")
        assert (fact.as_of, fact.year, fact.strength) == ("2026-12-02", 2026, "secondhand")
        assert (fact.source_url, fact.source_label) == (report.link, accepted.source_label)
        assert knowledge_version(session) == version + 1
        after = catalogs.get(session)  # the same cache object: it reloads on the new version
    assert after is not before
    found = after.find(EMORY_DR)
    assert found is not None
    evidence = found[0].h1b[found[1]]
    assert evidence.claim.value == "yes" and evidence.verified
    assert evidence.fact is not None
    assert evidence.fact.source_label == "user report, verified 2026-12-02"
    assert services.corrections.pending() == []
    with pytest.raises(UnknownReportError):
        services.corrections.accept(report.id, date(2026, 12, 2))  # no longer pending
    # Lost in a wiped table, the accepted report writes its fact again (once).
    with transaction(engine) as session:
        session.delete(session.scalars(select(ProgramFact)).one())
    assert services.corrections.reapply_accepted() == 1
    assert services.corrections.reapply_accepted() == 0  # nothing missing: nothing bumped
    with transaction(engine) as session:
        assert len(session.scalars(select(ProgramFact)).all()) == 1


def test_rejecting_leaves_the_program_alone(services: Services):
    report = services.corrections.report("alice", REPORT).report
    assert report is not None
    assert services.corrections.reject(report.id).status is ReportStatus.REJECTED
    with transaction(services.stores.database) as session:
        assert session.scalars(select(ProgramFact)).all() == []
    with pytest.raises(UnknownReportError):
        services.corrections.reject(999)
    # A rejected report does not block the same report later.
    assert services.corrections.report("bob", REPORT).outcome is Outcome.STORED


def test_forget_me_erases_pending_reports_and_anonymises_accepted_ones(services: Services):
    kept = services.corrections.report("alice", REPORT).report
    services.corrections.report("alice", "Emory IR takes IMGs https://emory.edu/ir")
    services.corrections.report("bob", "Emory IR sponsors J-1 https://emory.edu/j1")
    assert kept is not None
    services.corrections.accept(kept.id, date(2026, 12, 2))
    services.forget.forget_profile("alice")
    with transaction(services.stores.database) as session:
        rows = session.scalars(select(UserReport).order_by(UserReport.id)).all()
        assert [(r.id, r.reporter) for r in rows] == [
            (kept.id, None),
            (rows[1].id, reporter_key("bob")),
        ]
