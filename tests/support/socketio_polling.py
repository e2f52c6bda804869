"""A socket.io conversation by hand over engine.io's polling transport (no client library):
what the widget does, step by step, so a test can see each event the server sends."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx


class PollingSocket:
    """One engine.io polling connection to ``rasa_url`` with the browser ``origin``."""

    def __init__(self, rasa_url: str, origin: str) -> None:
        self.base = f"{rasa_url}/socket.io/?EIO=4&transport=polling"
        # Longer than engine.io's 25 s ping interval: a poll waits until there is something.
        self.client = httpx.Client(timeout=40, headers={"Origin": origin})
        self.sid = json.loads(self.client.get(self.base).text[1:])["sid"]
        self.url = f"{self.base}&sid={self.sid}"
        assert self.client.post(self.url, content="40").status_code == 200
        assert self.client.get(self.url).text.startswith("40")

    def emit(self, name: str, value: object) -> None:
        packet = "42" + json.dumps([name, value])
        assert self.client.post(self.url, content=packet).status_code == 200

    def events(self, wanted: str, *, timeout: float = 60) -> list[Any]:
        """The values of the ``wanted`` events in the first poll that has any (answering the
        server's pings meanwhile)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            packets = self.client.get(self.url).text.split("\x1e")
            if "2" in packets:  # engine.io ping: answer, or the server closes the session
                self.client.post(self.url, content="3")
            batch = [json.loads(p[2:]) for p in packets if p.startswith("42")]
            found = [value for name, value in batch if name == wanted]
            if found:
                return found
        return []

    def session(self, requested: object) -> str:
        """Ask for ``requested`` as the session; the id the server confirmed."""
        self.emit("session_request", {"session_id": requested})
        confirmed = self.events("session_confirm", timeout=20)
        assert confirmed, "no session_confirm"
        return str(confirmed[0])

    def close(self) -> None:
        self.client.close()
