"""Applicant profiles stored per conversation (sender id), so advice survives restarts.

The Rasa slots are the live copy; this table is what ``forget_me`` must also erase.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.adapters.orm import StoredProfile, utc_now
from bot.profile import ApplicantProfile

__all__ = ["ProfileRepository", "StoredProfile"]


class ProfileRepository:
    """Reads and writes stored profiles inside the caller's session (the caller commits)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, sender_id: str) -> ApplicantProfile | None:
        """The stored profile of ``sender_id``, or None when nothing is stored."""
        row = self._session.get(StoredProfile, sender_id)
        return None if row is None else ApplicantProfile.model_validate(row.profile)

    def save(self, sender_id: str, profile: ApplicantProfile) -> None:
        """Store (or replace) the profile of ``sender_id``; unknown fields are not stored."""
        data = profile.model_dump(mode="json", exclude_none=True)
        row = self._session.get(StoredProfile, sender_id)
        if row is None:
            self._session.add(StoredProfile(sender_id=sender_id, profile=data))
        else:
            row.profile = data
            row.updated_at = utc_now()

    def delete(self, sender_id: str) -> bool:
        """Erase the stored profile of ``sender_id``; True when there was one."""
        result = self._session.execute(
            delete(StoredProfile).where(StoredProfile.sender_id == sender_id)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def senders(self) -> list[str]:
        """Every sender with a stored profile (for operators and tests)."""
        return list(self._session.scalars(select(StoredProfile.sender_id)))
