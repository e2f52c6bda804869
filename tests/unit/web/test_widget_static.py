"""Static checks of the widget script: the rules a browser test cannot cover on every path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import bot.channels.web

STATIC_DIR = Path(bot.channels.web.__file__).resolve().parent / "static"
WIDGET = STATIC_DIR / "advisor-widget.js"


@pytest.mark.parametrize(
    "sink",
    ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"],
)
def test_widget_never_uses_an_html_or_code_sink(sink: str) -> None:
    # Bot and user text must only ever reach the page through textContent / text nodes.
    assert sink not in WIDGET.read_text(encoding="utf-8")


def test_widget_loads_socketio_from_its_own_folder_not_a_cdn() -> None:
    source = WIDGET.read_text(encoding="utf-8")
    assert 'ASSET_BASE + "socket.io.min.js"' in source
    assert not re.search(r"https?://(cdn|unpkg|jsdelivr)", source)


def test_vendored_socketio_client_is_version_4_with_its_license() -> None:
    client = (STATIC_DIR / "socket.io.min.js").read_text(encoding="utf-8")
    assert re.match(r"/\*!\n \* Socket\.IO v4\.\d+\.\d+", client)
    license_text = (STATIC_DIR / "socket.io-client.LICENSE.txt").read_text(encoding="utf-8")
    assert "MIT License" in license_text


def test_widget_sends_the_session_id_on_session_request() -> None:
    source = WIDGET.read_text(encoding="utf-8")
    assert 'emit("session_request", { session_id: self.getSessionId() || null })' in source
    assert 'emit("user_uttered", { message: text, session_id: sessionId })' in source
