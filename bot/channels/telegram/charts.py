"""Chart images for the gateway: read by token from the project database, sent as bytes.

Telegram cannot fetch our web server's URL (it may be private) and a chart shows a person's
scores, so the gateway uploads the PNG itself (PITFALLS: send the bytes, not a public URL).
The engine is made on first use.
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine

from bot.adapters.orm import make_engine, transaction
from bot.charts.store import ChartRepository


class ChartReader:
    def __init__(self, database_url: str) -> None:
        self._url = database_url
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    def png(self, token: str) -> bytes | None:
        """The chart's PNG, or None (unknown token, forgotten, or no database configured)."""
        if not self._url:
            return None
        with self._lock:
            if self._engine is None:
                self._engine = make_engine(self._url)
            engine = self._engine
        with transaction(engine) as session:
            return ChartRepository(session).png(token)

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
