"""Faults under load on the scaled topology, and what each user saw.

    .venv/bin/python bench/faults_scaled.py [--conversations 20] [--no-train]

Starts 2 Rasa instances and 2 action servers behind nginx on a private PostgreSQL and a private
Redis (bench/faults_stores.py: restarting them disturbs no one else), keeps ``--conversations``
users talking (each states a new Step 2 CK score per message), and in turn:

1. ``kill -9`` of one Rasa instance: its conversations go on through the other; the supervisor
   starts it again;
2. both action servers stopped (SIGSTOP) for 30 s, then continued;
3. PostgreSQL restarted (``pg_ctl restart -m fast``);
4. Redis restarted.

For each phase it prints the answers users got (HTTP status, the start of the reply; "back in a
moment" is bot/channels/actions_down.py's apology) and whether every user's last answered message
is back to normal at the end. Finally every conversation's
``step2ck_score`` slot is compared with the last score the user saw confirmed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx
from faults_stores import PrivatePostgres, PrivateRedis, private_stores
from load_stack import Stack, start
from sqlalchemy import create_engine, text

from bot.channels.actions_down import BACK_IN_A_MOMENT, NO_ANSWER

PHASE_SECONDS = 20.0


class Users:
    """Conversations that keep talking until stopped; what they saw, per phase."""

    def __init__(self, stack: Stack, count: int) -> None:
        self.stack = stack
        self.senders = [f"fault-{uuid.uuid4().hex[:10]}" for _ in range(count)]
        self.phase = "warm-up"
        self.seen: dict[str, Counter[str]] = {}
        self.confirmed: dict[str, int] = {}
        self.sent: dict[str, list[int]] = {s: [] for s in self.senders}
        self.slowest: dict[str, float] = {}
        self.running = True

    async def talk(self, client: httpx.AsyncClient, sender: str) -> None:
        score = 200
        while self.running:
            score = 200 + (score - 199) % 90
            self.sent[sender].append(score)
            phase = self.phase
            started = time.monotonic()
            try:
                response = await client.post(
                    f"{self.stack.url}/webhooks/rest/webhook",
                    json={"sender": sender, "message": f"my step 2 ck is {score}"},
                )
                replies = response.json() if response.status_code == 200 else []
                first = str(replies[0].get("text", ""))[:50] if replies else "(no reply)"
                outcome = f"{response.status_code} {first}"
                if response.status_code == 200 and replies and _kind(outcome) == "answered":
                    self.confirmed[sender] = score
            except (httpx.HTTPError, ValueError) as error:
                outcome = f"--- {type(error).__name__}"
            self.seen.setdefault(phase, Counter())[outcome] += 1
            took = time.monotonic() - started
            self.slowest[phase] = max(self.slowest.get(phase, 0.0), took)
            await asyncio.sleep(0.5)

    async def run(self, phases: list[tuple[str, object]]) -> None:
        async with httpx.AsyncClient(timeout=60) as client:
            tasks = [asyncio.create_task(self.talk(client, s)) for s in self.senders]
            await asyncio.sleep(PHASE_SECONDS)
            for name, fault in phases:
                self.phase = name
                started = time.monotonic()
                await asyncio.to_thread(fault)  # type: ignore[arg-type]
                if time.monotonic() - started > 1:  # a fault that lasts (stopped servers): ended
                    self.phase = f"{name}: ended"
                await asyncio.sleep(PHASE_SECONDS)
                self.phase = f"after {name}"
                await asyncio.sleep(PHASE_SECONDS / 2)
            self.running = False
            await asyncio.gather(*tasks)


def _kind(outcome: str) -> str:
    if outcome.startswith("200 (no reply)"):
        return "empty reply"
    if outcome == f"200 {BACK_IN_A_MOMENT[:50]}":
        return "back in a moment"
    if outcome == f"200 {NO_ANSWER[:50]}":
        return "could not answer"
    if outcome.startswith("200 "):
        return "answered"
    return outcome.split(" ", 1)[0] if outcome[0].isdigit() else "no answer"


def pids(stack: Stack, name: str) -> list[int]:
    return [pid for pid, short in stack.processes() if short == name]


def kill_one_rasa(stack: Stack) -> None:
    victim = max(pids(stack, "rasa"))
    print(f"kill -9 rasa pid {victim}", flush=True)
    os.kill(victim, signal.SIGKILL)


def pause_actions(stack: Stack) -> None:
    servers = pids(stack, "action server")
    print(f"SIGSTOP action servers {servers} for 30 s", flush=True)
    for pid in servers:
        os.kill(pid, signal.SIGSTOP)
    time.sleep(1)
    states = [Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] for pid in servers]
    print(f"action server states: {states} (T: stopped)", flush=True)
    time.sleep(29)
    for pid in servers:
        os.kill(pid, signal.SIGCONT)


def restart_postgres(postgres: PrivatePostgres) -> None:
    print("pg_ctl restart -m fast", flush=True)
    postgres.ctl("restart")


def restart_redis(redis: PrivateRedis) -> None:
    print("redis-server restarted", flush=True)
    redis.stop()
    redis.start()


def slot_check(users: Users, tracker_url: str) -> tuple[int, int]:
    """(conversations whose stored score is the last confirmed one or a later sent one, all)."""
    engine = create_engine(tracker_url)
    good = 0
    with engine.connect() as connection:
        for sender in users.senders:
            value = connection.execute(
                text(
                    "SELECT data::json->>'value' FROM events WHERE sender_id = :s AND "
                    "type_name = 'slot' AND data::json->>'name' = 'step2ck_score' "
                    "ORDER BY id DESC LIMIT 1"
                ),
                {"s": sender},
            ).scalar()
            sent = users.sent[sender]
            confirmed = users.confirmed.get(sender)
            later = sent[len(sent) - 1 - sent[::-1].index(confirmed) :] if confirmed else sent
            if value is not None and int(float(value)) in later:
                good += 1
    engine.dispose()
    return good, len(users.senders)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--no-train", action="store_true")
    args = parser.parse_args()
    with private_stores() as (postgres, redis), tempfile.TemporaryDirectory() as folder:
        base = postgres.url.rsplit("/", 1)[0]
        stores = {"kb": f"{base}/postgres", "tracker": f"{base}/postgres"}
        stack = start(
            Path(folder),
            stores,
            instances=2,
            action_servers=2,
            train=not args.no_train,
            lock_store_url=redis.url,
        )
        users = Users(stack, args.conversations)
        try:
            asyncio.run(
                users.run(
                    [
                        ("kill -9 one Rasa instance", lambda: kill_one_rasa(stack)),
                        ("action servers stopped 30 s", lambda: pause_actions(stack)),
                        ("PostgreSQL restarted", lambda: restart_postgres(postgres)),
                        ("Redis restarted", lambda: restart_redis(redis)),
                    ]
                )
            )
            good, total = slot_check(users, stores["tracker"])
            run_log = stack.log.read_text(errors="replace")
            restarted = "restarted" in run_log
        finally:
            stack.stop()
    ended = re.compile(r"exited|^[\w.]*(Error|Exception)\b")  # the supervisor, tracebacks' ends
    notable = Counter(line[:160] for line in run_log.splitlines() if ended.search(line))
    print("supervisor lines and exceptions:")
    for line, count in notable.most_common(12):
        print(f"  {count:4d}  {line}")
    for phase, outcomes in users.seen.items():
        kinds: Counter[str] = Counter()
        for outcome, count in outcomes.items():
            kinds[_kind(outcome)] += count
        slowest = users.slowest.get(phase, 0.0)
        print(
            f"\n{phase}: {sum(outcomes.values())} messages: {dict(kinds)}; slowest {slowest:.1f} s"
        )
        for outcome in sorted(outcomes, key=lambda o: -outcomes[o])[:4]:
            print(f"  {outcomes[outcome]:5d}  {outcome}")
    print(f"\nsupervisor restarted the killed instance: {restarted}")
    print(f"step2ck_score slot = last confirmed (or a later sent) score: {good}/{total}")
    return 0 if good == total else 1


if __name__ == "__main__":
    sys.exit(main())
