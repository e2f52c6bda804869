"""Latency and throughput of the bot through Rasa's REST channel, next to a bare Rasa bot.

    .venv/bin/python bench/latency.py [--conversations 40] [--concurrency 1 20] [--rounds 3]
                                      [--moodbot-dir var/bench/moodbot]

Starts the product with ``make run`` (free ports, temporary databases) and a bare Rasa bot
(``rasa init --no-prompt``'s moodbot, trained into the run's temporary folder, or once into
``--moodbot-dir`` and reused), then for each concurrency C sends N whole conversations, C at a
time, to each bot, and prints the per-message latency (p50, p95) and the messages per second.
The bots take turns for several rounds (a busy neighbour on a shared machine then slows both)
and the summary gives medians.
Targets (issue 4): 1 user p95 under 150 ms; at 20 concurrent conversations at least 80% of the
bare bot's throughput.

Both bots answer the same number of messages per conversation. Ours includes what makes it
useful: the action server (spaCy extraction on every message, the strategy engine, SQL), and the
SQL tracker store; the bare bot keeps trackers in memory and calls no action server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
STARTUP_TIMEOUT = 900.0

# One advising conversation: a goal question, the form's answers, the advice, a FAQ, the profile.
ADVISOR_CONVERSATION = [
    "hi",
    "should I apply Integrated IR?",
    '/inform{"applicant_type":"non_us_img"}',
    '/inform{"step1":"pass_first_attempt"}',
    "I got 251",
    "1",
    "2 letters",
    "3 publications",
    "4 months",
    "2021",
    '/inform{"visa_need":"j1"}',
    "0",
    "how many publications do I need?",
    "what do you know about me?",
]
MOODBOT_MESSAGES = ["hi", "I am sad", "yes", "great", "bye", "are you a bot?", "no", "very good"]
MOODBOT_CONVERSATION = [
    MOODBOT_MESSAGES[i % len(MOODBOT_MESSAGES)] for i in range(len(ADVISOR_CONVERSATION))
]
_SETTING_PREFIXES = ("RASA_", "ACTIONS_", "WEB_", "BIND_", "DATABASE_", "TRACKER_", "LOCK_")
_SETTING_PREFIXES += ("TELEGRAM_", "ADVISOR_")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A started server process (its own process group) and its Rasa URL."""

    name: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGINT)
            self.process.wait(timeout=40)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def wait_ready(server: Server, marker: str | None = None) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            tail = server.log.read_text(errors="replace")[-3000:]
            raise SystemExit(f"{server.name} exited during startup:\n{tail}")
        if marker is None or marker in server.log.read_text(errors="replace"):
            try:
                if httpx.get(server.url + "/", timeout=2).is_success:
                    return
            except httpx.HTTPError:
                pass
        time.sleep(0.5)
    raise SystemExit(f"{server.name} did not start within {STARTUP_TIMEOUT:.0f} s")


def start_advisor(folder: Path) -> Server:
    env = {k: v for k, v in os.environ.items() if not k.startswith(_SETTING_PREFIXES)}
    port = free_port()
    env.update(
        RASA_PORT=str(port),
        ACTIONS_PORT=str(free_port()),
        WEB_PORT=str(free_port()),
        DATABASE_URL=f"sqlite:///{folder / 'advisor.db'}",
        TRACKER_STORE_URL=f"sqlite:///{folder / 'tracker.db'}",
        LOG_LEVEL="WARNING",
    )
    log = folder / "advisor.log"
    process = subprocess.Popen(
        ["make", "--no-print-directory", "run"],
        cwd=ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    server = Server("advisor", f"http://127.0.0.1:{port}", process, log)
    wait_ready(server, marker="[advisor run] ready")
    return server


def start_moodbot(folder: Path, moodbot_dir: Path) -> Server:
    """``rasa init``'s moodbot in ``moodbot_dir``, trained there unless a model is already in it."""
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    if not list((moodbot_dir / "models").glob("*.tar.gz")):
        print(
            f"training the bare moodbot into {moodbot_dir} (rasa init --no-prompt)...", flush=True
        )
        moodbot_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(RASA), "init", "--no-prompt", "--init-dir", str(moodbot_dir)],
            env=env,
            check=True,
            stdout=(folder / "moodbot-train.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
    port = free_port()
    log = folder / "moodbot.log"
    process = subprocess.Popen(
        [str(RASA), "run", "--enable-api", "--port", str(port), "-i", "127.0.0.1",
         "--model", "models"],
        cwd=moodbot_dir,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    server = Server("bare moodbot", f"http://127.0.0.1:{port}", process, log)
    wait_ready(server)
    return server


@dataclass
class Result:
    bot: str
    users: int
    conversations: int
    latencies: list[float]
    seconds: float
    errors: int

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000

    def row(self) -> str:
        ordered = sorted(self.latencies)
        p50 = statistics.median(ordered) * 1000
        p95 = self.p95_ms
        rate = len(ordered) / self.seconds
        return (
            f"{self.bot:14} {self.users:5d} {self.conversations:6d} {len(ordered):6d} "
            f"{p50:8.0f} {p95:8.0f} {rate:8.1f} {self.errors:6d}"
        )

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds


async def converse(
    client: httpx.AsyncClient, url: str, script: list[str], latencies: list[float]
) -> int:
    sender = f"bench-{uuid.uuid4().hex[:12]}"
    errors = 0
    for text in script:
        started = time.perf_counter()
        response = await client.post(
            url + "/webhooks/rest/webhook", json={"sender": sender, "message": text}
        )
        latencies.append(time.perf_counter() - started)
        if response.status_code != 200:
            errors += 1
    return errors


async def measure(server: Server, script: list[str], users: int, conversations: int) -> Result:
    latencies: list[float] = []
    gate = asyncio.Semaphore(users)
    limits = httpx.Limits(max_connections=users, max_keepalive_connections=users)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:
        await converse(client, server.url, script, [])  # warm-up, not counted

        async def one() -> int:
            async with gate:
                return await converse(client, server.url, script, latencies)

        started = time.perf_counter()
        errors = sum(await asyncio.gather(*(one() for _ in range(conversations))))
        seconds = time.perf_counter() - started
    return Result(server.name, users, conversations, latencies, seconds, errors)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=40, help="per measurement")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 20])
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternating measurements of both bots per row"
    )
    parser.add_argument(
        "--moodbot-dir",
        type=Path,
        default=None,
        help="keep the trained moodbot here and reuse it next time (default: a temporary folder, "
        "trained afresh in every run)",
    )
    args = parser.parse_args()
    print(
        f"{len(ADVISOR_CONVERSATION)} messages per conversation, "
        f"{args.conversations} conversations per row, {args.rounds} alternating rounds",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="bench-latency-") as tmp:
        folder = Path(tmp)
        servers: list[Server] = []
        try:
            advisor = start_advisor(folder)
            servers.append(advisor)
            bare = start_moodbot(folder, args.moodbot_dir or folder / "moodbot")
            servers.append(bare)
            header = (
                f"{'bot':14} {'users':>5} {'convs':>6} {'msgs':>6} "
                f"{'p50 ms':>8} {'p95 ms':>8} {'msg/s':>8} {'errors':>6}"
            )
            print(header)
            summary: list[str] = []
            for users in args.concurrency:
                ours: list[Result] = []
                base: list[Result] = []
                # Alternate the bots so that a noisy neighbour slows both, not just one.
                for _ in range(args.rounds):
                    ours.append(
                        asyncio.run(
                            measure(advisor, ADVISOR_CONVERSATION, users, args.conversations)
                        )
                    )
                    print(ours[-1].row(), flush=True)
                    base.append(
                        asyncio.run(measure(bare, MOODBOT_CONVERSATION, users, args.conversations))
                    )
                    print(base[-1].row(), flush=True)
                summary.append(summarise(users, ours, base))
            print("\n".join(summary))
        finally:
            for server in reversed(servers):
                server.stop()
    return 0


def summarise(users: int, ours: list[Result], base: list[Result]) -> str:
    """Median over the rounds: p95 latency of ours and the throughput ratio."""
    p95 = statistics.median(r.p95_ms for r in ours)
    rate = statistics.median(r.throughput for r in ours)
    bare_rate = statistics.median(r.throughput for r in base)
    return (
        f"{users} users (median of {len(ours)} rounds): advisor p95 {p95:.0f} ms, "
        f"{rate:.1f} msg/s = {100 * rate / bare_rate:.0f}% of the bare bot's {bare_rate:.1f}"
    )


if __name__ == "__main__":
    sys.exit(main())
