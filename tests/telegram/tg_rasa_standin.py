"""A tiny HTTP server that stands in for Rasa's REST channel, for rendering and error-path tests.

It answers ``POST /webhooks/rest/webhook`` the way Rasa does (a JSON list of replies), but with
replies each test scripts per sender, a chosen delay or a chosen HTTP error, so that rendering,
slowness and failure can be tested exactly. It never stands in for the dialogue itself: the
end-to-end test (test_telegram_end_to_end.py) talks to the real Rasa and action servers.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

REST_PATH = "/webhooks/rest/webhook"


class LoopbackServer(ThreadingHTTPServer):
    """A threaded HTTP server with room for many simultaneous connections."""

    daemon_threads = True
    request_queue_size = 128  # the default 5 makes a burst of connections wait a second

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hung up (a timed-out call, a stopped gateway) is not a server error.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


@dataclass(frozen=True)
class Scripted:
    """What the stand-in does for one message: reply items, or an HTTP error, after a delay."""

    replies: list[dict[str, Any]] | None = None
    status: int = 200
    delay_seconds: float = 0.0


Responder = Callable[[str], Scripted]


def echo(message: str) -> Scripted:
    """The default responder: one text reply repeating the message."""
    return Scripted(replies=[{"text": f"echo: {message}"}])


class RasaStandIn:
    """The server; use as a context manager. ``received`` lists (sender, message) in order."""

    def __init__(self, port: int = 0) -> None:
        self._lock = threading.Lock()
        self._responders: dict[str, Responder] = {}
        self.received: list[tuple[str, str]] = []
        self._server = LoopbackServer(("127.0.0.1", port), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def __enter__(self) -> RasaStandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def script(self, sender: str, responder: Responder) -> None:
        """Answer messages from ``sender`` with ``responder(message)``."""
        with self._lock:
            self._responders[sender] = responder

    def messages_from(self, sender: str) -> list[str]:
        with self._lock:
            return [message for who, message in self.received if who == sender]

    def _respond(self, sender: str, message: str) -> Scripted:
        with self._lock:
            self.received.append((sender, message))
            responder = self._responders.get(sender, echo)
        return responder(message)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length))
                if self.path.split("?", 1)[0] != REST_PATH:
                    self._reply(404, {"error": "not found"})
                    return
                scripted = standin._respond(str(body["sender"]), str(body["message"]))
                time.sleep(scripted.delay_seconds)
                if scripted.status != 200:
                    self._reply(scripted.status, {"status": "failure"})
                    return
                replies = [{"recipient_id": body["sender"], **r} for r in scripted.replies or []]
                self._reply(200, replies)

            def _reply(self, status: int, payload: Any) -> None:
                data = json.dumps(payload).encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the gateway gave up waiting (the slow-Rasa test)

        return Handler
