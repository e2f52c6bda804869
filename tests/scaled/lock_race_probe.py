"""Run by tests/scaled/test_lock_store_race.py in Rasa's environment (``.venv-rasa``).

Usage: python lock_race_probe.py CLASS REDIS_DB CONVERSATION ROUNDS BUDGET_SECONDS

Takes Rasa's lock for one conversation ROUNDS times the way Rasa's message processor does
(``async with lock_store.lock(...)``) and inside it appends this process's id to a Redis list
twice with a pause between. While the lock holds, another process can never slip its id in
between the pair. A round that waits longer than the lock's lifetime (a lost ticket) counts as
stuck; the probe gives up after BUDGET_SECONDS. Prints one JSON line: rounds done, lock errors,
stuck rounds.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path

import redis
from rasa.core.lock_store import LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

sys.path.insert(0, str(Path.cwd()))

LOCK_LIFETIME_SECONDS = 3


def make_store(kind: str, db: int) -> RedisLockStore:
    if kind == "stock":
        return RedisLockStore(host="127.0.0.1", port=6379, db=db, key_prefix="race")
    from bot.rasa_extensions.redis_lock_store import AdvisorRedisLockStore

    config = EndpointConfig(url="127.0.0.1", port=6379, db=db, key_prefix="race")
    return AdvisorRedisLockStore(config)


async def one_round(store: RedisLockStore, log: redis.StrictRedis, conversation: str) -> None:
    me = str(os.getpid())
    async with store.lock(
        conversation, lock_lifetime=LOCK_LIFETIME_SECONDS, wait_time_in_seconds=0.001
    ):
        log.rpush(f"log:{conversation}", me)
        await asyncio.sleep(0.002)
        log.rpush(f"log:{conversation}", me)


async def main(kind: str, db: int, conversation: str, rounds: int, budget: float) -> None:
    store = make_store(kind, db)
    log = redis.StrictRedis(host="127.0.0.1", port=6379, db=db)
    deadline = time.monotonic() + budget
    done = errors = stuck = 0
    for _ in range(rounds):
        if time.monotonic() > deadline:
            break
        try:
            await asyncio.wait_for(one_round(store, log, conversation), LOCK_LIFETIME_SECONDS)
            done += 1
        except LockError:
            errors += 1
        except asyncio.TimeoutError:
            stuck += 1
    print(json.dumps({"done": done, "errors": errors, "stuck": stuck}))


if __name__ == "__main__":
    kind, db, conversation, rounds, budget = sys.argv[1:6]
    asyncio.run(main(kind, int(db), conversation, int(rounds), float(budget)))
