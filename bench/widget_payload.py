"""What a first visit to a page with the chat widget downloads, raw and gzip-compressed.

Run: .venv/bin/python bench/widget_payload.py
Prints one line per file served by the web demo server, then the widget's own total (what a host
site adds to its pages: the widget script and the socket.io client).
"""

from __future__ import annotations

from starlette.testclient import TestClient

from bot.channels.web.server import create_app
from bot.settings import Settings

PATHS = ["/", "/site/site.css", "/widget/advisor-widget.js", "/widget/socket.io.min.js"]
WIDGET_PATHS = {"/widget/advisor-widget.js", "/widget/socket.io.min.js"}


def main() -> None:
    client = TestClient(create_app(Settings(_env_file=None)))
    widget_raw = widget_wire = 0
    print(f"{'path':32} {'raw bytes':>10} {'gzip bytes':>10}")
    for path in PATHS:
        raw = client.get(path, headers={"Accept-Encoding": "identity"})
        packed = client.get(path, headers={"Accept-Encoding": "gzip"})
        wire = int(packed.headers["content-length"])
        print(f"{path:32} {len(raw.content):>10} {wire:>10}")
        if path in WIDGET_PATHS:
            widget_raw += len(raw.content)
            widget_wire += wire
    print(f"{'widget total (script + client)':32} {widget_raw:>10} {widget_wire:>10}")


if __name__ == "__main__":
    main()
