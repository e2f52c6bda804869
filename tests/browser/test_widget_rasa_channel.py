"""Rasa's socket.io channel as we run it (bot/channels/web/rasa_socketio.py), spoken to directly.

Engine.io long-polling by hand: a browser would enforce CORS itself, so the server-side
Origin check is what stops a page on another site from opening a socket (WebSockets have no CORS).
"""

from __future__ import annotations

import json

import httpx
import pytest
from support.stack import ProductStack

pytestmark = pytest.mark.integration


def socketio_connect(stack: ProductStack, origin: str) -> str:
    """Open an engine.io session with ``origin`` and ask socket.io to connect; its answer."""
    base = f"{stack.rasa_url}/socket.io/?EIO=4&transport=polling"
    headers = {"Origin": origin}
    with httpx.Client(timeout=10, headers=headers) as client:
        opened = client.get(base)
        assert opened.status_code == 200, opened.text
        sid = json.loads(opened.text[1:])["sid"]
        assert client.post(f"{base}&sid={sid}", content="40").status_code == 200
        return client.get(f"{base}&sid={sid}").text


def test_allowed_origin_connects(stack: ProductStack) -> None:
    answer = socketio_connect(stack, f"http://127.0.0.1:{stack.web_port}")
    assert answer.startswith("40{"), answer


def test_other_origin_is_refused(stack: ProductStack) -> None:
    answer = socketio_connect(stack, "http://evil.example")
    assert answer.startswith("44"), answer


def test_http_cors_lists_only_allowed_origins(stack: ProductStack) -> None:
    url = f"{stack.rasa_url}/webhooks/rest/webhook"
    preflight = {"Access-Control-Request-Method": "POST"}
    allowed = f"http://127.0.0.1:{stack.web_port}"
    ok = httpx.options(url, headers={"Origin": allowed, **preflight})
    assert ok.headers.get("access-control-allow-origin") == allowed
    other = httpx.options(url, headers={"Origin": "http://evil.example", **preflight})
    assert "access-control-allow-origin" not in other.headers
