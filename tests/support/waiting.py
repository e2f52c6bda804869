"""Waiting for something another process does (forget_me deletes rows after it replies)."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(condition: Callable[[], bool], timeout: float = 20.0, every: float = 0.2) -> bool:
    """Poll ``condition`` until it holds or ``timeout`` seconds pass; its last result."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            return False
        time.sleep(every)
    return True
