"""Stored user reports (table ``user_reports``), inside the caller's session.

Who reported is kept only as ``reporter_key(sender_id)``, a one-way hash: enough to rate-limit a
sender and to erase their reports on ``forget_me``, without the sender id in this table.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from bot.adapters.orm import UserReport


class ReportStatus(str, Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


def reporter_key(sender_id: str) -> str:
    """The stored stand-in for a sender id (SHA-256, hex)."""
    return hashlib.sha256(f"user-report:{sender_id}".encode()).hexdigest()


@dataclass(frozen=True)
class StoredReport:
    """One report as the CLI and the chat show it (no reporter)."""

    id: int
    program_id: str
    program_name: str
    fact: str
    value: str
    link: str
    message: str
    status: ReportStatus
    reported_at: datetime
    source_label: str | None

    @classmethod
    def of(cls, row: UserReport) -> StoredReport:
        return cls(
            row.id,
            row.program_id,
            row.program_name,
            row.fact,
            row.value,
            row.link,
            row.message,
            ReportStatus(row.status),
            row.reported_at,
            row.source_label,
        )


class ReportRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: UserReport) -> StoredReport:
        self._session.add(row)
        self._session.flush()
        return StoredReport.of(row)

    def get(self, report_id: int) -> UserReport | None:
        return self._session.get(UserReport, report_id)

    def count_since(self, reporter: str, since: datetime) -> int:
        query = select(func.count()).where(
            UserReport.reporter == reporter, UserReport.reported_at >= since
        )
        return int(self._session.scalar(query) or 0)

    def same_report(
        self, program_id: str, fact: str, value: str, link: str, reporter: str
    ) -> StoredReport | None:
        """A pending or accepted report of the same fact: same link, or same reporter."""
        query = select(UserReport).where(
            UserReport.program_id == program_id,
            UserReport.fact == fact,
            UserReport.value == value,
            UserReport.status != ReportStatus.REJECTED.value,
            (UserReport.link == link) | (UserReport.reporter == reporter),
        )
        row = self._session.scalars(query.order_by(UserReport.id)).first()
        return None if row is None else StoredReport.of(row)

    def with_status(self, status: ReportStatus) -> list[StoredReport]:
        query = select(UserReport).where(UserReport.status == status.value)
        rows = self._session.scalars(query.order_by(UserReport.id))
        return [StoredReport.of(row) for row in rows]

    def forget(self, sender_id: str) -> int:
        """Erase the sender's pending and rejected reports; accepted ones lose the reporter."""
        key = reporter_key(sender_id)
        deleted = self._session.execute(
            delete(UserReport).where(
                UserReport.reporter == key, UserReport.status != ReportStatus.ACCEPTED.value
            )
        )
        self._session.execute(
            update(UserReport).where(UserReport.reporter == key).values(reporter=None)
        )
        return int(deleted.rowcount or 0)  # type: ignore[attr-defined]
