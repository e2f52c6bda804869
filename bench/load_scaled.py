"""Load through the balancer: many concurrent conversations, every stored tracker checked.

    .venv/bin/python bench/load_scaled.py [--conversations 200] [--instances 2]
                                          [--action-servers 2] [--no-baseline] [--no-train]

For one Rasa instance and then for ``--instances`` behind nginx (``make run-scaled``, fresh
PostgreSQL databases, Redis lock store), sends ``--conversations`` whole conversations at once
(each one message at a time, the way a user waits for the reply), then reads every conversation's
user messages back from the tracker store (PostgreSQL) and compares them with what was sent:
lost, duplicated and reordered messages must all be zero. Prints p50/p95 latency, messages/s,
non-200 answers, the throughput ratio of the scaled run to the single instance, and the RSS of
every process after the load (issue 13).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from latency import ADVISOR_CONVERSATION
from load_stack import Stack, databases, rss_mb, start
from sqlalchemy import create_engine, text

SCRIPT = ADVISOR_CONVERSATION[:12]  # 12 messages: greeting, form answers, advice, a question


@dataclass
class Run:
    label: str
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    seconds: float = 0.0
    lost: int = 0
    duplicated: int = 0
    reordered: int = 0
    memory: list[tuple[str, float]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def row(self) -> str:
        ordered = sorted(self.latencies)
        p50 = statistics.median(ordered) * 1000
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000
        bad = sum(count for status, count in self.statuses.items() if status != 200)
        return (
            f"{self.label:12} {len(ordered):7d} {p50:8.0f} {p95:8.0f} {self.rate:8.1f} {bad:6d} "
            f"{self.lost:5d} {self.duplicated:5d} {self.reordered:5d}"
        )


async def converse(client: httpx.AsyncClient, url: str, sender: str, run: Run) -> None:
    for message in SCRIPT:
        started = time.perf_counter()
        try:
            response = await client.post(
                f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": message}
            )
            status = response.status_code
        except httpx.HTTPError:
            status = 0  # no answer at all
        run.latencies.append(time.perf_counter() - started)
        run.statuses[status] += 1


async def load(stack: Stack, senders: list[str], run: Run) -> None:
    limits = httpx.Limits(max_connections=len(senders), max_keepalive_connections=len(senders))
    async with httpx.AsyncClient(timeout=300, limits=limits) as client:
        for warm in range(stack.instances * 2):  # each instance's first turn is slow: not counted
            await converse(client, stack.url, f"warm-{warm}-{uuid.uuid4().hex[:6]}", Run("warm"))
        started = time.perf_counter()
        await asyncio.gather(*(converse(client, stack.url, s, run) for s in senders))
        run.seconds = time.perf_counter() - started


def compare(tracker_url: str, senders: list[str], run: Run) -> None:
    """Every sender's stored user messages against the script."""
    engine = create_engine(tracker_url)
    stored: dict[str, list[str]] = defaultdict(list)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT sender_id, data::json->>'text' FROM events "
                "WHERE type_name = 'user' AND sender_id LIKE 'load-%' ORDER BY id"
            )
        )
        for sender, message in rows:
            stored[sender].append(message)
    engine.dispose()
    for sender in senders:
        got = stored.get(sender, [])
        run.lost += sum(max(0, SCRIPT.count(m) - got.count(m)) for m in set(SCRIPT))
        run.duplicated += sum(max(0, got.count(m) - SCRIPT.count(m)) for m in set(got))
        if sorted(got) == sorted(SCRIPT) and got != SCRIPT:
            run.reordered += 1


def measure(
    folder: Path, conversations: int, instances: int, action_servers: int, train: bool
) -> Run:
    run = Run(f"{instances} instance" + ("s" if instances > 1 else ""))
    with databases() as stores:
        print(f"starting {run.label} ({action_servers} action servers)...", flush=True)
        stack = start(
            folder, stores, instances=instances, action_servers=action_servers, train=train
        )
        try:
            senders = [f"load-{uuid.uuid4().hex[:12]}" for _ in range(conversations)]
            asyncio.run(load(stack, senders, run))
            run.memory = [(name, rss_mb(pid)) for pid, name in stack.processes()]
        finally:
            stack.stop()
        compare(stores["tracker"], senders, run)
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--instances", type=int, default=2)
    parser.add_argument("--action-servers", type=int, default=2)
    parser.add_argument("--no-baseline", action="store_true", help="skip the 1-instance run")
    parser.add_argument(
        "--no-train", action="store_true", help="advisor run with models/ as it is (no make)"
    )
    args = parser.parse_args()
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="load-scaled-") as folder:
        if not args.no_baseline:
            runs.append(measure(Path(folder), args.conversations, 1, 1, not args.no_train))
        runs.append(
            measure(
                Path(folder),
                args.conversations,
                args.instances,
                args.action_servers,
                not args.no_train,
            )
        )
    print(f"\n{args.conversations} concurrent conversations x {len(SCRIPT)} messages")
    print("run          messages   p50 ms   p95 ms  msgs/s  non200  lost  dup  reord")
    for run in runs:
        print(run.row())
    if len(runs) == 2 and runs[0].rate:
        print(f"throughput ratio {runs[1].label} / 1 instance: {runs[1].rate / runs[0].rate:.2f}")
    for run in runs:
        print(f"\nRSS after the load, {run.label}:")
        for name, megabytes in sorted(run.memory):
            print(f"  {name:18} {megabytes:7.0f} MB")
        print(f"  {'total':18} {sum(m for _, m in run.memory):7.0f} MB")
    failed = any(r.lost or r.duplicated or r.reordered for r in runs)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
