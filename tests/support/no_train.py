"""``make run`` for end-to-end tests, or, with ``ADVISOR_TEST_NO_TRAIN=1``, ``advisor run`` with
the model already in ``models/`` (the same supervisor without make's training step): for a shared
tree whose dialogue data is being edited (as tests/scaled/conftest.py does for ``run-scaled``)."""

from __future__ import annotations

import os

from support.stack import ROOT, ProductStack


class NoTrainStack(ProductStack):
    def command(self) -> list[str]:
        if os.environ.get("ADVISOR_TEST_NO_TRAIN") == "1":
            return [str(ROOT / ".venv/bin/advisor"), "run"]
        return super().command()
