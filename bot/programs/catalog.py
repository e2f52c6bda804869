"""Stored programs kept in memory per process, refreshed when the knowledge base changes.

Ranking scores every program of the wanted tracks for each request; reading thousands of rows
from the database each time would dominate the latency. The catalog holds the records and
their scoring features; one cheap query (the knowledge version, bumped by every load that
changes a row) tells when to read them again, so a ``kb load`` in another process is picked
up on the next request.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.kb.repository import ProgramRecord, ProgramRepository, knowledge_version
from bot.programs.scoring import TrackArrays, track_arrays


@dataclass(frozen=True)
class Catalog:
    version: int
    by_track: dict[str, TrackArrays]  # track value -> its programs (id order) as arrays

    @property
    def size(self) -> int:
        return sum(len(arrays.records) for arrays in self.by_track.values())


def build_catalog(session: Session, version: int) -> Catalog:
    grouped: dict[str, list[ProgramRecord]] = {}
    for record in ProgramRepository(session).all():  # id order
        grouped.setdefault(record.track, []).append(record)
    return Catalog(
        version=version,
        by_track={track: track_arrays(records) for track, records in grouped.items()},
    )


class CatalogCache:
    """One catalog per database URL; thread-safe (the action server may serve in threads)."""

    def __init__(self) -> None:
        self._catalogs: dict[str, Catalog] = {}
        self._lock = threading.Lock()

    def get(self, session: Session) -> Catalog:
        key = str(session.get_bind().engine.url)
        version = knowledge_version(session)
        catalog = self._catalogs.get(key)
        if catalog is not None and catalog.version == version:
            return catalog
        fresh = build_catalog(session, version)
        with self._lock:
            self._catalogs[key] = fresh
        return fresh

    def clear(self) -> None:
        with self._lock:
            self._catalogs.clear()


# The process-wide cache (empty until the first request; nothing is read at import).
CATALOGS = CatalogCache()
