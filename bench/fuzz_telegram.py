"""Bad input through the Telegram gateway, against the real Rasa and action servers.

    .venv/bin/python bench/fuzz_telegram.py [--messages 10000] [--concurrency 12] [--seed 13]
                                            [--instances 1]

Starts ``advisor run`` with the model in ``models/`` (``--instances`` Rasa instances, as many
action servers, fresh PostgreSQL databases, Redis lock store: bench/load_stack.py) with
``TELEGRAM_BOT_TOKEN`` set, so the supervisor starts the real gateway (``advisor telegram``)
against the loopback Bot API server of tests/telegram; every process logs at INFO. Then it sends
``--messages`` hypothesis-generated updates (tests/telegram/tg_fuzz.py: typed text of every kind
up to 100 KB, forged button presses), each from a chat of its own, ``--concurrency`` at a time,
and 20 applicant conversations that give a name and scores. It prints:

- the answers by kind and the reply time (update handed out -> first message to the chat);
- the problems tg_fuzz.py checks (no answer, a Bot API refusal, an error-handler reply, no "too
  long" reply, an out-of-range or unknown slot written by a forged press);
- whether the gateway is the process it was at the start, and its memory (RSS now, peak);
- the leaks in the INFO output of every process (tests/support/log_privacy.py): texts sent,
  names, chat ids, scores (the applicants' and the numbers in forged payloads). Exits 1 on any
  problem or leak.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "telegram"))

import httpx  # noqa: E402
from load_stack import Stack, databases, rss_mb, start  # noqa: E402
from support.log_privacy import scan  # noqa: E402
from tg_bot_api_server import FakeBotApi  # noqa: E402
from tg_fuzz import REPLY_METHODS, FuzzRun, Outcome, generate, problems  # noqa: E402

from bot.channels.actions_down import BACK_IN_A_MOMENT, NO_ANSWER  # noqa: E402
from bot.channels.telegram import gateway  # noqa: E402

KNOWN_REPLIES = {
    BACK_IN_A_MOMENT: "back in a moment",
    NO_ANSWER: "no answer",
    gateway.UNKNOWN_COMMAND_TEXT: "unknown command",
    gateway.NOT_TEXT_TEXT: "only text",
    gateway.TRY_AGAIN_TEXT: "Rasa unavailable: try again",
    gateway.EXPIRED_BUTTON_TEXT: "expired button",
    gateway.ERROR_TEXT: "gateway error",
}
SYLLABLES = ["zor", "quil", "ven", "brax", "tol", "mir", "ush", "kel", "dra", "fin", "yob", "lor"]
APPLICANTS = 20


def kind_of(reply: str) -> str:
    if reply.startswith("That message is too long"):
        return "too long"
    if reply.startswith("You're sending messages faster"):
        return "rate limited"
    return KNOWN_REPLIES.get(reply, "a bot answer")


def made_up_name(rng: random.Random) -> str:
    def part() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()

    return f"{part()} {part()}"


async def applicant(api: FakeBotApi, chat: int, name: str, score: int, year: int) -> None:
    """One conversation that tells its name and scores, each message after the last reply."""
    for text in (
        "/start",
        f"Hi, my name is {name}",
        f"my step 2 ck is {score}",
        f"I am {name}, I graduated in {year} and my USMLE Step 2 CK score is {score}",
    ):
        before = len([c for c in api.calls(chat_id=chat) if c.method in REPLY_METHODS])
        await asyncio.to_thread(api.send_text, chat, text)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if len([c for c in api.calls(chat_id=chat) if c.method in REPLY_METHODS]) > before:
                break
            await asyncio.sleep(0.2)


def forged_numbers(texts: list[str]) -> set[int]:
    """The whole numbers of 3 or more digits in forged ``/inform{...}`` payloads (as scores)."""
    numbers: set[int] = set()
    for text in texts:
        try:
            body = json.loads(text.removeprefix("/inform")) if text.startswith("/inform{") else {}
        except ValueError:
            continue
        if isinstance(body, dict):
            numbers |= {v for v in body.values() if type(v) is int and abs(v) >= 100}
    return numbers


def gateway_pid(stack: Stack) -> int | None:
    return next((pid for pid, name in stack.processes() if name == "telegram gateway"), None)


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def report(outcomes: list[Outcome], wall: float) -> None:
    answered = [o for o in outcomes if o.seconds is not None]
    times = sorted(o.seconds for o in answered if o.seconds is not None)
    payloads = sum(1 for o in outcomes if o.update.reaches_rasa_as_payload)
    over = sum(1 for o in outcomes if len(o.update.text) > 4096)
    print(
        f"{len(outcomes)} updates ({payloads} forged button presses, {over} texts over 4,096 "
        f"characters) in {wall:.0f} s: {len(answered)} answered"
    )
    if times:
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        print(
            f"reply time: p50 {statistics.median(times):.2f} s, p95 {p95:.2f} s, "
            f"max {times[-1]:.2f} s"
        )
    kinds = Counter(kind_of(o.first_reply) for o in answered)
    print(f"first replies by kind: {dict(kinds.most_common())}")


async def fuzz(
    api: FakeBotApi, stack: Stack, args: argparse.Namespace
) -> tuple[list[Outcome], float, list[tuple[str, int, int]]]:
    token = stack.token

    def tracker(sender: str) -> dict[str, object]:
        response = httpx.get(
            f"{stack.instance_urls[0]}/conversations/{sender}/tracker", params=token, timeout=60
        )
        response.raise_for_status()
        return dict(response.json())

    rng = random.Random(args.seed)
    people = [
        (made_up_name(rng), rng.randint(200, 280), rng.randint(2012, 2024))
        for _ in range(APPLICANTS)
    ]
    updates = generate(args.messages, args.seed)
    run = FuzzRun(api, tracker)
    started = time.monotonic()
    await asyncio.gather(
        run.run(updates, args.concurrency),
        *(applicant(api, 6_200_000_000_000 + i, *person) for i, person in enumerate(people)),
    )
    return run.outcomes, time.monotonic() - started, people


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=12)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--instances", type=int, default=1)
    args = parser.parse_args()
    with FakeBotApi() as api, databases() as stores, tempfile.TemporaryDirectory() as folder:
        telegram = {
            "TELEGRAM_BOT_TOKEN": api.token,
            "TELEGRAM_API_BASE_URL": api.base_url,
            "TELEGRAM_RATE_LIMIT_PER_MINUTE": "1000",
            "LOG_LEVEL": "INFO",
        }
        stack = start(
            Path(folder),
            stores,
            instances=args.instances,
            action_servers=args.instances,
            train=False,
            settings=telegram,
        )
        try:
            api.wait_for(lambda api: bool(api.calls("getUpdates")), timeout=120, what="polling")
            first_pid = gateway_pid(stack)
            baseline = stack.log.read_text(errors="replace")
            outcomes, wall, people = asyncio.run(fuzz(api, stack, args))
            time.sleep(5)  # the last replies' follow-ups
            pid = gateway_pid(stack)
            memory = (rss_mb(pid), peak_mb(pid)) if pid else (0.0, 0.0)
        finally:
            stack.stop()
        log = stack.log.read_text(errors="replace")
    report(outcomes, wall)
    found = problems(api, outcomes)
    print(f"problems: {len(found)}")
    for problem in found[:20]:
        print("  " + problem)
    same = first_pid is not None and pid == first_pid
    print(
        f"gateway: same process from start to end: {same}; "
        f"RSS {memory[0]:.0f} MB, peak {memory[1]:.0f} MB"
    )
    chats = [str(o.chat) for o in outcomes] + [
        str(6_200_000_000_000 + i) for i in range(APPLICANTS)
    ]
    texts = [o.update.text for o in outcomes]
    leaks = scan(
        log,
        texts=texts,
        names=[name for name, _, _ in people],
        ids=chats,
        scores=[score for _, score, _ in people] + sorted(forged_numbers(texts)),
        baseline=baseline,
    )
    print(
        f"INFO log ({len(log.splitlines())} lines, every process): "
        f"leaks {leaks.total} {leaks.counts}"
    )
    for example in leaks.examples:
        print("  " + example)
    return 1 if found or leaks.total or not same else 0


if __name__ == "__main__":
    sys.exit(main())
