"""Take a reported fact from chat, keep it pending, and let an operator accept or reject it.

Accepting writes the fact as a sourced program fact (``kb_program_facts``, the table the program
list weighs facts from) with the label "user report, verified <date>", the report's link as its
source and the strength ``secondhand`` (an operator checked a link; a program's own solid fact
still outweighs it), and bumps the knowledge version, so every process's program catalog
reloads on its next request: no restart. ``reapply_accepted`` writes them again (idempotent).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.adapters.orm import UserReport, transaction, utc_now
from bot.corrections.matching import ProgramName, match_program
from bot.corrections.parse import ParsedReport, ParseProblem, ReportedFact, parse_report
from bot.corrections.store import ReportRepository, ReportStatus, StoredReport, reporter_key
from bot.kb.models import KnowledgeVersion, Program, ProgramFact

RATE_LIMIT = 5  # reports one sender may file ...
RATE_WINDOW = timedelta(hours=1)  # ... within this window
MAX_MESSAGE_CHARS = 1000
# The program fact (bot.kb.program_fact_rows.ProgramFactKind value) each report becomes.
FACT_KINDS: dict[ReportedFact, str] = {
    ReportedFact.VISA_J1: "sponsors_j1",
    ReportedFact.VISA_H1B: "sponsors_h1b",
    ReportedFact.IMG_HISTORY: "accepts_img",
}
REPORT_STRENGTH = "secondhand"
REPORT_SOURCE_FILE = "user_reports"


class Outcome(str, Enum):
    STORED = "stored"
    NO_LINK = ParseProblem.NO_LINK.value
    BAD_LINK = ParseProblem.BAD_LINK.value
    NO_FACT = ParseProblem.NO_FACT.value
    NO_PROGRAM = ParseProblem.NO_PROGRAM.value
    AMBIGUOUS = "ambiguous"
    DUPLICATE = "duplicate"
    RATE_LIMITED = "rate_limited"


@dataclass(frozen=True)
class ReportResult:
    outcome: Outcome
    report: StoredReport | None = None  # the stored report, or the earlier one for a duplicate
    candidates: tuple[ProgramName, ...] = ()  # for AMBIGUOUS
    phrase: str = ""


class UnknownReportError(LookupError):
    """No pending report with that id (or its program is no longer in the knowledge base)."""


def verified_label(on: date) -> str:
    return f"user report, verified {on.isoformat()}"


class CorrectionService:
    def __init__(
        self,
        engine: Engine,
        *,
        now: Callable[[], datetime] = utc_now,
        limit: int = RATE_LIMIT,
        window: timedelta = RATE_WINDOW,
    ) -> None:
        self._engine = engine
        self._now = now
        self._limit = limit
        self._window = window

    def report(self, sender_id: str, text: str) -> ReportResult:
        """Store the report in ``text`` as pending, or say why it was not stored."""
        parsed = parse_report(text)
        if isinstance(parsed, ParseProblem):
            return ReportResult(Outcome(parsed.value))
        reporter = reporter_key(sender_id)
        now = self._now()
        with transaction(self._engine) as session:
            reports = ReportRepository(session)
            if reports.count_since(reporter, now - self._window) >= self._limit:
                return ReportResult(Outcome.RATE_LIMITED)
            found = match_program(parsed.program_phrase, parsed.track, _program_names(session))
            program = found.unique
            if program is None:
                outcome = Outcome.AMBIGUOUS if found.programs else Outcome.NO_PROGRAM
                phrase = parsed.program_phrase
                return ReportResult(outcome, candidates=found.programs, phrase=phrase)
            earlier = reports.same_report(
                program.id, parsed.fact.value, parsed.value, parsed.link, reporter
            )
            if earlier is not None:
                return ReportResult(Outcome.DUPLICATE, report=earlier)
            stored = reports.add(_row(program, parsed, text, reporter, now))
        return ReportResult(Outcome.STORED, report=stored)

    def pending(self) -> list[StoredReport]:
        with transaction(self._engine) as session:
            return ReportRepository(session).with_status(ReportStatus.PENDING)

    def accept(self, report_id: int, verified_on: date) -> StoredReport:
        """Accept a pending report: its fact takes effect with the label 'user report, ...'."""
        with transaction(self._engine) as session:
            row = _pending(session, report_id)
            if session.get(Program, row.program_id) is None:
                raise UnknownReportError(f"report {report_id}: its program is no longer listed")
            row.status = ReportStatus.ACCEPTED.value
            row.reviewed_at = self._now()
            row.source_label = verified_label(verified_on)
            _apply(session, row)
            _bump_knowledge_version(session)
            return StoredReport.of(row)

    def reject(self, report_id: int) -> StoredReport:
        with transaction(self._engine) as session:
            row = _pending(session, report_id)
            row.status = ReportStatus.REJECTED.value
            row.reviewed_at = self._now()
            return StoredReport.of(row)

    def reapply_accepted(self) -> int:
        """Write accepted reports' program facts that are missing or changed; how many."""
        with transaction(self._engine) as session:
            rows = session.scalars(
                select(UserReport)
                .where(UserReport.status == ReportStatus.ACCEPTED.value)
                .order_by(UserReport.reviewed_at, UserReport.id)
            ).all()
            applied = sum(_apply(session, row) for row in rows)
            if applied:
                _bump_knowledge_version(session)
            return applied


def _program_names(session: Session) -> list[ProgramName]:
    columns = (Program.id, Program.name, Program.institution, Program.city, Program.state)
    rows = session.execute(select(*columns, Program.track))
    return [ProgramName(*row) for row in rows]


def _row(
    program: ProgramName, parsed: ParsedReport, text: str, reporter: str, now: datetime
) -> UserReport:
    return UserReport(
        program_id=program.id,
        program_name=program.name,
        fact=parsed.fact.value,
        value=parsed.value,
        link=parsed.link,
        message=text[:MAX_MESSAGE_CHARS],
        reporter=reporter,
        status=ReportStatus.PENDING.value,
        reported_at=now,
    )


def _pending(session: Session, report_id: int) -> UserReport:
    row = ReportRepository(session).get(report_id)
    if row is None or row.status != ReportStatus.PENDING.value:
        raise UnknownReportError(f"no pending report with id {report_id}")
    return row


def report_fact_id(row: UserReport) -> str:
    return f"{row.program_id}:{FACT_KINDS[ReportedFact(row.fact)]}:report-{row.id}"


def _apply(session: Session, row: UserReport) -> bool:
    """Store an accepted report as a sourced program fact; True when that changed a row."""
    if session.get(Program, row.program_id) is None or row.reviewed_at is None:
        return False
    verified = _verified_on(row.source_label) or row.reviewed_at.date()
    values = {
        "program_id": row.program_id,
        "fact": FACT_KINDS[ReportedFact(row.fact)],
        "value": row.value,
        "as_of": verified.isoformat(),
        "year": verified.year,
        "strength": REPORT_STRENGTH,
        "source_url": row.link,
        "source_label": row.source_label or verified_label(verified),
        "detail": None,
        "source_file": REPORT_SOURCE_FILE,
    }
    fact = session.get(ProgramFact, report_fact_id(row))
    if fact is None:
        session.add(ProgramFact(id=report_fact_id(row), **values))
        return True
    if all(getattr(fact, name) == value for name, value in values.items()):
        return False
    for name, value in values.items():
        setattr(fact, name, value)
    return True


def _verified_on(label: str | None) -> date | None:
    """The date in "user report, verified <date>"."""
    try:
        return date.fromisoformat((label or "").rsplit(" ", 1)[-1])
    except ValueError:
        return None


def _bump_knowledge_version(session: Session) -> None:
    version = session.get(KnowledgeVersion, 1)
    if version is None:
        session.add(KnowledgeVersion(id=1, version=1))
    else:
        version.version += 1
