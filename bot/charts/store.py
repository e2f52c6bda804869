"""Rendered charts kept under unguessable tokens (table ``chart_images``) until ``forget_me``.

A chart shows an applicant's scores: it is served only by its random token (never the sender
id or a counter), its owner is kept as a one-way hash, and ``forget_me`` deletes it.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session

from bot.adapters.orm import ChartImage

TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{32}$")
CHART_PATH = "/charts/{token}.png"


def owner_key(sender_id: str) -> str:
    return hashlib.sha256(f"chart:{sender_id}".encode()).hexdigest()


@dataclass(frozen=True)
class StoredChart:
    token: str
    alt: str

    @property
    def path(self) -> str:
        """Where the web server serves it (relative to the server's origin)."""
        return CHART_PATH.format(token=self.token)


class ChartRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, sender_id: str, png: bytes, alt: str) -> StoredChart:
        token = secrets.token_urlsafe(24)  # 32 characters of [A-Za-z0-9_-]
        self._session.add(ChartImage(token=token, owner=owner_key(sender_id), png=png, alt=alt))
        return StoredChart(token, alt)

    def png(self, token: str) -> bytes | None:
        if not TOKEN_PATTERN.match(token):
            return None
        row = self._session.get(ChartImage, token)
        return None if row is None else row.png

    def forget(self, sender_id: str) -> int:
        result = self._session.execute(
            delete(ChartImage).where(ChartImage.owner == owner_key(sender_id))
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
