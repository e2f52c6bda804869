"""Two processes take Rasa's lock for one conversation at once (as two Rasa instances do).

Rasa Open Source's ``RedisLockStore`` updates tickets with read-change-write in Python, so two
processes can both hold the lock, or one fails with LockError: the stock class is shown to
fail here, and ours (bot/rasa_extensions/redis_lock_store.py) must not.
"""

from __future__ import annotations

import json
import socket
import subprocess
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"
PROBE = Path(__file__).with_name("lock_race_probe.py")
REDIS_DB = 13
ROUNDS = 150
# Rasa's stock class may lose a ticket and wait until it expires: the probe stops by then.
BUDGET_SECONDS = 10

pytestmark = pytest.mark.skipif(not RASA_PYTHON.exists(), reason="needs .venv-rasa")


def redis_lrange(key: str) -> list[str]:
    """LRANGE over RESP by hand (no client library needed), after SELECT."""
    parts = [["SELECT", str(REDIS_DB)], ["LRANGE", key, "0", "-1"]]
    request = b"".join(
        f"*{len(p)}\r\n".encode() + b"".join(f"${len(x)}\r\n{x}\r\n".encode() for x in p)
        for p in parts
    )
    with socket.create_connection(("127.0.0.1", 6379), timeout=5) as connection:
        connection.sendall(request)
        data = b""
        while True:
            chunk = connection.recv(1 << 20)
            data += chunk
            lines = data.split(b"\r\n")
            if len(lines) > 2 and lines[1].startswith(b"*"):
                count = int(lines[1][1:])
                if count <= 0 or len(lines) >= 3 + 2 * count:
                    return [line.decode() for line in lines[3 : 3 + 2 * count : 2]]
            if not chunk:
                raise ConnectionError("Redis closed the connection")


def race(kind: str) -> tuple[list[dict[str, int]], list[str]]:
    conversation = f"race-{kind}-{uuid.uuid4().hex[:8]}"
    argv = [str(RASA_PYTHON), str(PROBE), kind, str(REDIS_DB), conversation, str(ROUNDS)]
    argv.append(str(BUDGET_SECONDS))
    runs = [subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    results = [json.loads(run.communicate(timeout=300)[0]) for run in runs]
    return results, redis_lrange(f"log:{conversation}")


def interleavings(log: list[str]) -> int:
    """Pairs whose two entries are not from the same process: two holders at once."""
    return sum(1 for first, second in zip(log[::2], log[1::2], strict=False) if first != second)


def test_our_lock_store_serialises_one_conversation_across_processes():
    results, log = race("advisor")
    assert [(r["errors"], r["stuck"]) for r in results] == [(0, 0), (0, 0)]
    assert sum(r["done"] for r in results) == 2 * ROUNDS
    assert len(log) == 4 * ROUNDS
    assert interleavings(log) == 0


def test_rasas_stock_redis_lock_store_fails_the_same_race():
    """Why our class exists; if a Rasa upgrade fixes this, this test says so."""
    results, log = race("stock")
    failures = sum(r["errors"] + r["stuck"] for r in results)
    assert failures > 0 or interleavings(log) > 0
