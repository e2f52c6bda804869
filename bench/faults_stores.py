"""Private PostgreSQL and Redis servers for bench/faults_scaled.py, so that restarting them under
load disturbs nobody else on the machine (the shared servers on 5432/6379 stay untouched)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from load_stack import free_port


def _as_postgres(argv: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its tools as the postgres user."""
    return ["su", "postgres", "-c", " ".join(argv)] if os.geteuid() == 0 else argv


@dataclass
class PrivatePostgres:
    folder: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def ctl(self, action: str) -> None:
        argv = [shutil.which("pg_ctl") or "pg_ctl", "-D", str(self.folder / "data"), "-w"]
        argv += ["-l", str(self.folder / "pg.log"), "-m", "fast"]
        argv += ["-o", f"'-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1'", action]
        subprocess.run(_as_postgres(argv), check=True, capture_output=True)


@dataclass
class PrivateRedis:
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""],
            stdout=subprocess.DEVNULL,
        )
        time.sleep(0.5)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait()
            self.process = None


@contextmanager
def private_stores() -> Iterator[tuple[PrivatePostgres, PrivateRedis]]:
    folder = Path(tempfile.mkdtemp(prefix="faults-pg-"))
    folder.chmod(0o777)  # the postgres user writes its cluster here
    postgres = PrivatePostgres(folder, free_port())
    initdb = [shutil.which("initdb") or "initdb", "-D", str(folder / "data"), "-A", "trust"]
    subprocess.run(_as_postgres([*initdb, "-U", "postgres"]), check=True, capture_output=True)
    postgres.ctl("start")
    redis = PrivateRedis(free_port())
    redis.start()
    try:
        yield postgres, redis
    finally:
        redis.stop()
        postgres.ctl("stop")
        shutil.rmtree(folder, ignore_errors=True)
