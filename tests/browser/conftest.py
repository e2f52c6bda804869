"""Fixtures for the browser tests: the real product stack and Debian's chromium via Playwright.

``stack`` is the session's shared ``make run`` (Rasa + action server + web demo server) on free
ports with temporary databases. ``browser`` launches /usr/bin/chromium; Playwright cannot
download browsers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.shared_stack import SharedProduct
from support.stack import ROOT, ProductStack

ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def stack(product: SharedProduct) -> ProductStack:
    """The session's shared ``make run`` (Rasa, action server, web server): tests/conftest.py."""
    return product.stack


# Module scope, not session: Playwright's sync API keeps an asyncio loop running in this thread
# while it is open, which breaks every later test in the session that calls asyncio.run().
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make browser` (part of `make install`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
