"""The one product stack most end-to-end tests share (``tests/support/shared_stack.py``).

Starting ``make run`` costs 30-50 s of Rasa loading its model, so the REST, socket.io, browser,
analytics and Telegram tests talk to one stack for the whole session instead of one each; each
test uses conversations of its own. Tests that stop services or need other stores (the action
server stopped, PostgreSQL and Redis, run-scaled) start their own.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.shared_stack import SharedProduct, launch_shared


@pytest.fixture(scope="session")
def product(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SharedProduct]:
    with launch_shared(tmp_path_factory.mktemp("product")) as shared:
        yield shared
