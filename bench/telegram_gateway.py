"""What the Telegram gateway adds to a conversation turn, and how fast it renders.

    .venv/bin/python bench/telegram_gateway.py [--chats N] [--messages M]

Starts the real gateway (``advisor telegram``) against the loopback Bot API server and the Rasa
REST stand-in of tests/telegram (which answers at once), sends M messages from each of N chats,
and prints the turn latency (update handed out -> reply sent) p50/p95 and the throughput. Rasa's
own time is not in these figures: bench/latency.py measures that. Each turn makes two Bot API
calls with a chat id ("typing" and the reply), and PTB's AIORateLimiter lets 30 such calls a
second through (Telegram's documented bulk limit), so about 15 turns/s is the ceiling by design.
Also prints the time to render and split a 12 000-character reply, and the gateway's memory
(RSS and peak) after the turns.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "telegram"))

from tg_bot_api_server import FakeBotApi  # noqa: E402
from tg_gateway_process import GatewayProcess, gateway_env  # noqa: E402
from tg_rasa_standin import RasaStandIn  # noqa: E402

from bot.channels.rasa_rest import BotReply  # noqa: E402
from bot.channels.telegram.rendering import render_reply  # noqa: E402


def bench_rendering(repeat: int = 20) -> float:
    """Milliseconds to render and split a 12 000-character reply (median)."""
    words = [f"word{i}&<{i % 7}>" for i in range(1500)]
    reply = BotReply(text="\n".join(" ".join(words[i : i + 9]) for i in range(0, 1500, 9)))
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        render_reply(reply)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def memory_mb(pid: int) -> tuple[float, float]:
    """(RSS now, peak RSS) of a process, in MB."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def bench_turns(chats: int, messages: int) -> tuple[list[float], float, tuple[float, float]]:
    """Per-turn latencies (s), the wall time for all turns, the gateway's memory after them."""
    latencies: list[float] = []
    with FakeBotApi() as api, RasaStandIn() as standin, tempfile.TemporaryDirectory() as tmp:
        env = gateway_env(api, standin.port, TELEGRAM_RATE_LIMIT_PER_MINUTE="100000")
        gateway = GatewayProcess(env, Path(tmp) / "gateway.log")
        try:
            gateway.wait_until(api, "getUpdates")
            started = time.perf_counter()
            for round_ in range(messages):
                sent_at = {}
                for chat in range(1, chats + 1):
                    api.send_text(chat, f"message {round_}")
                    sent_at[chat] = time.monotonic()
                for chat in range(1, chats + 1):
                    [*_, reply] = api.wait_for_messages(chat, round_ + 1, timeout=60)
                    latencies.append(reply.at - sent_at[chat])
            wall = time.perf_counter() - started
            memory = memory_mb(gateway.process.pid)
        finally:
            gateway.stop()
    return latencies, wall, memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=10)
    parser.add_argument("--messages", type=int, default=10)
    args = parser.parse_args()
    print(f"render + split a 12 000-char reply: {bench_rendering():.1f} ms (median)")
    latencies, wall, memory = bench_turns(args.chats, args.messages)
    quantiles = statistics.quantiles(latencies, n=20)
    print(
        f"gateway turn latency over {len(latencies)} turns ({args.chats} chats at once): "
        f"p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {quantiles[18] * 1000:.0f} ms"
    )
    print(f"throughput: {len(latencies) / wall:.1f} turns/s")
    print(f"gateway memory after the turns: RSS {memory[0]:.0f} MB, peak {memory[1]:.0f} MB")


if __name__ == "__main__":
    main()
