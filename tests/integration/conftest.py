"""The real product stack for the integration tests (``tests/support/stack.py``).

``stack`` is one ``make run`` per test module (Rasa takes 20-60 s to start); the restart test
stops and starts it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.stack import ProductStack


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProductStack]:
    stack = ProductStack.launch(tmp_path_factory.mktemp("stack"), LOG_LEVEL="WARNING")
    try:
        yield stack
    finally:
        stack.close()
