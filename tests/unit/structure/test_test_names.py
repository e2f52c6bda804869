"""pytest imports test modules by their base name (no packages under tests/): two test files
with one name stop the whole collection ("import file mismatch"), so `make test` fails."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parents[2]


def test_every_test_module_has_its_own_name() -> None:
    names = Counter(path.name for path in TESTS.rglob("test_*.py"))
    assert [name for name, count in names.items() if count > 1] == []
