"""The integration tests' stack: the session's shared ``make run`` (``tests/conftest.py``).

Modules that stop services or need other stores define ``stack`` themselves; the restart test
stops and starts the shared one (its databases and ports stay).
"""

from __future__ import annotations

import pytest
from support.shared_stack import SharedProduct
from support.stack import ProductStack


@pytest.fixture(scope="module")
def stack(product: SharedProduct) -> ProductStack:
    return product.stack
