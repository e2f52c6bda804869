"""The widget shows a chart (actions/chart.py) as an image with its alt text.

The chart arrives as custom data ``{"image": "/charts/<token>.png", "alt": ...}``: as is over
socket.io, inside ``custom.data`` over REST. The behavioural test runs the widget's own message
functions (cut from the script) in Node; the static test checks the rendering uses the alt.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import bot.channels.web

WIDGET = Path(bot.channels.web.__file__).resolve().parent / "static" / "advisor-widget.js"
NODE = shutil.which("node") or shutil.which("nodejs")
FUNCTIONS = ("safeHttpUrl", "chartData", "resolveFromServer", "normaliseBotMessage")
ALT = "Chart: you against non-US IMGs. USMLE Step 2 CK score: yours 266, above the middle half."


def widget_function(source: str, name: str) -> str:
    """The text of ``function name(...) {...}`` in the widget (to its closing brace)."""
    match = re.search(rf"\n  function {name}\(.*?\n  \}}\n", source, re.DOTALL)
    assert match, f"function {name} not found in the widget"
    return match.group(0)


def test_the_rendered_image_carries_the_messages_alt_text() -> None:
    source = WIDGET.read_text(encoding="utf-8")
    assert 'el("img", { src: safeHttpUrl(entry.image), alt: alt })' in source
    assert "entry.alt" in source and "alt: message.alt" in source


@pytest.mark.skipif(NODE is None, reason="needs Node.js to run the widget's functions")
def test_chart_messages_from_both_channels_become_an_image_with_alt(tmp_path: Path) -> None:
    source = WIDGET.read_text(encoding="utf-8")
    data = {"image": "/charts/AbCdEfGhIjKlMnOpQrStUvWxYz012345.png", "alt": ALT, "chart": "x"}
    messages = {
        "socketio": data,
        "rest": {"recipient_id": "web:1", "custom": {"data": data}},
        "plain_text": {"text": "hello"},
        "bad_scheme": {"custom": {"data": {**data, "image": "javascript:alert(1)"}}},
    }
    script = "\n".join(
        [
            'var ASSET_BASE = "https://advisor.example.org:8000/widget/";',
            *(widget_function(source, name) for name in FUNCTIONS),
            f"var messages = {json.dumps(messages)};",
            "var out = {};",
            "for (var key in messages) { out[key] = normaliseBotMessage(messages[key]); }",
            "console.log(JSON.stringify(out));",
        ]
    )
    path = tmp_path / "widget_chart.js"
    path.write_text(script, encoding="utf-8")
    assert NODE is not None
    run = subprocess.run([NODE, str(path)], capture_output=True, text=True, timeout=30)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    image = "https://advisor.example.org:8000/charts/AbCdEfGhIjKlMnOpQrStUvWxYz012345.png"
    for channel in ("socketio", "rest"):
        assert out[channel]["image"] == image
        assert out[channel]["alt"] == ALT
    assert out["plain_text"]["image"] is None and out["plain_text"]["alt"] == ""
    assert out["bad_scheme"] is None  # nothing shown for a non-http(s) image
