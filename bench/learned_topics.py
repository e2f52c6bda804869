"""What the learned topic model costs the action server: load time, memory, time per guess.

    .venv/bin/python bench/learned_topics.py [--model FILE] [--repeat 3]

Loads the model ``make train`` saved (``TOPIC_MODEL_PATH``), then guesses every message of the
tune files ``--repeat`` times and prints the load time, the process's peak resident memory
before and after loading, and the milliseconds per guess (p50, p95, max), plus one message of
Telegram's 4,096-character limit. Each action server process loads the model once.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.settings import get_settings  # noqa: E402
from bot.understanding.evaluation import DEV_TUNE_FILES, load_messages  # noqa: E402
from bot.understanding.learned_topics import LearnedTopics  # noqa: E402

DEV_DIR = ROOT / "tests" / "understanding"
TELEGRAM_LIMIT = 4096


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="default: TOPIC_MODEL_PATH's file")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = args.model or get_settings().topic_model_file()
    texts = [case.text for name in DEV_TUNE_FILES for case in load_messages(DEV_DIR / name)]
    before = peak_mb()
    started = time.perf_counter()
    model = LearnedTopics.load(path)
    loaded = time.perf_counter() - started
    after = peak_mb()
    timings: list[float] = []
    for _ in range(max(1, args.repeat)):
        for text in texts:
            started = time.perf_counter()
            model(text)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    started = time.perf_counter()
    model(("my CK is 250 and I need a J1 visa " * 200)[:TELEGRAM_LIMIT])
    longest = (time.perf_counter() - started) * 1000
    print(f"model: {path} ({path.stat().st_size / 1e6:.1f} MB on disk)")
    print(f"load: {loaded:.2f} s; peak memory {before:.0f} MB -> {after:.0f} MB")
    print(
        f"guess over {len(timings)} messages: p50 {timings[len(timings) // 2]:.2f} ms, "
        f"p95 {timings[int(len(timings) * 0.95)]:.2f} ms, max {timings[-1]:.2f} ms; "
        f"a {TELEGRAM_LIMIT}-character message {longest:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
