"""The ``make run`` supervisor (``advisor run``): prepare, start every service, stop them all.

What it does, in order:

1. Renders the Rasa endpoints file ``var/run/endpoints-<pid>.yml`` from settings (action server
   URL, SQL tracker store from ``TRACKER_STORE_URL``, Redis lock store when ``LOCK_STORE_URL`` is
   set, RabbitMQ event broker when ``EVENT_BROKER_URL`` is set). One file per run: tests and a
   developer's bot may run from one checkout at once.
   A rendered file rather than ``${ENV}`` substitution in ``endpoints.yml``: settings also come from
   ``.env`` (which Rasa does not read), and the lock store is optional, which Rasa's substitution
   cannot express (an unset variable is an error).
2. Loads the knowledge base into ``DATABASE_URL`` when it holds no programs yet.
3. Starts each service of ``SERVICE_FACTORIES`` in its own process group, waits until each answers
   its health URL, prints the URLs.
4. On SIGINT/SIGTERM (or when any service dies) sends SIGTERM to every process group it started,
   waits, and SIGKILLs what is left: no orphans, also of grandchildren.

Training is not done here: the Makefile's ``run`` target depends on ``train``, which retrains only
when ``domain.yml``, ``config.yml`` or ``data/`` changed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TextIO
from urllib.parse import urlsplit

import httpx
import yaml

from bot.service_output import pump
from bot.settings import Settings
from bot.tracker_store import rasa_tracker_url, sqlite_file

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RUN_DIR = Path("var/run")
CREDENTIALS_FILE = Path("credentials.yml")
MODELS_DIR = Path("models")
# Runs inside Rasa (bot/rasa_extensions/sql_tracker_store.py): the class Rasa loads by path.
TRACKER_STORE_CLASS = "bot.rasa_extensions.sql_tracker_store.AdvisorSQLTrackerStore"
# Rasa's Redis lock store with atomic ticket updates (bot/rasa_extensions/redis_lock_store.py).
LOCK_STORE_CLASS = "bot.rasa_extensions.redis_lock_store.AdvisorRedisLockStore"
KNOWLEDGE_DIR = Path("knowledge")
RASA_BIN = Path(".venv-rasa/bin/rasa")
PYTHON_BIN = Path(".venv/bin/python")

DEFAULT_STARTUP_TIMEOUT = 600.0
STOP_GRACE_SECONDS = 10.0
RESTART_LIMIT = 5  # restarts of one service within a minute before the run gives up
_POLL_SECONDS = 0.5
_WILDCARD_HOSTS = {"0.0.0.0", "::", ""}


class RunError(RuntimeError):
    """A service could not be prepared or started; the message says which and why."""


@dataclass(frozen=True)
class Service:
    """One long-lived process of the product.

    ``health_url`` answers 2xx once the service is ready; ``url`` is what the operator is shown.
    """

    name: str
    argv: Sequence[str]
    url: str
    health_url: str | None = None
    env: Mapping[str, str] = field(default_factory=dict)
    # Started again when it dies (the scaled topology's instances: the others carry on meanwhile);
    # otherwise its death stops the whole run.
    restart: bool = False


def local_host(bind_host: str) -> str:
    """The address our own processes use to reach a server bound to ``bind_host``."""
    return "127.0.0.1" if bind_host in _WILDCARD_HOSTS else bind_host


def settings_rasa_url(settings: Settings) -> str:
    """The Rasa server's base URL for our own clients (``advisor chat``, tests)."""
    return f"http://{local_host(settings.bind_host)}:{settings.rasa_port}"


def render_endpoints(settings: Settings) -> dict[str, object]:
    """Rasa's endpoints configuration for these settings."""
    host = local_host(settings.bind_host)
    endpoints: dict[str, object] = {
        # Selective domain: only actions marked ``send_domain`` in domain.yml receive it.
        "action_endpoint": {
            "url": f"http://{host}:{settings.actions_port}/webhook",
            "enable_selective_domain": True,
        },
        # Rasa's SQL tracker store with a verified cache and a WAL SQLite engine; it takes a full
        # SQLAlchemy URL in ``url`` (SQLTrackerStore.get_db_url).
        "tracker_store": {
            "type": TRACKER_STORE_CLASS,
            "url": rasa_tracker_url(settings.tracker_store_url),
        },
    }
    if settings.lock_store_url:
        lock = urlsplit(settings.lock_store_url)
        lock_store: dict[str, object] = {
            "type": LOCK_STORE_CLASS,
            "url": lock.hostname or "127.0.0.1",
            "port": lock.port or 6379,
            "db": int(lock.path.strip("/") or 0),
            # Rasa ignores a prefix that is not alphanumeric.
            "key_prefix": "iradvisor",
        }
        if lock.password:
            lock_store["password"] = lock.password
        if lock.scheme == "rediss":
            lock_store["use_ssl"] = True
        endpoints["lock_store"] = lock_store
    if settings.event_broker_url:  # Rasa's pika broker to our queue (docs/analytics.md)
        from bot.analytics.broker import parse_broker_url, rasa_event_broker

        endpoints["event_broker"] = rasa_event_broker(parse_broker_url(settings.event_broker_url))
    return endpoints


def endpoints_file() -> Path:
    """This run's endpoints file: one per supervisor process, since several stacks (tests, a
    developer's bot) may run from the same checkout at once with different settings."""
    return RUN_DIR / f"endpoints-{os.getpid()}.yml"


def write_endpoints(settings: Settings, path: Path) -> Path:
    """Write the rendered endpoints file (and the tracker database's folder) and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tracker_file = sqlite_file(settings.tracker_store_url)
    if tracker_file is not None:
        tracker_file.parent.mkdir(parents=True, exist_ok=True)
    header = "# Written by `advisor run` from settings on every start; edit settings, not this.\n"
    path.write_text(header + yaml.safe_dump(render_endpoints(settings), sort_keys=False))
    return path


def load_knowledge_if_empty(settings: Settings, source: Path = KNOWLEDGE_DIR) -> int | None:
    """Load ``knowledge/`` when the database has no programs; the number loaded, else None."""
    from sqlalchemy import func, select

    from bot.db import create_schema, make_engine, transaction
    from bot.kb.loader import load
    from bot.kb.models import Program

    engine = make_engine(settings.database_url)
    try:
        create_schema(engine)
        with transaction(engine) as session:
            programs = session.scalar(select(func.count()).select_from(Program)) or 0
        if programs:
            return None
        result = load(engine, source)
        return result.programs_added + result.programs_updated + result.programs_unchanged
    finally:
        engine.dispose()


# --- the services ----------------------------------------------------------------------------


def rasa_service(settings: Settings) -> Service:
    """Rasa: REST + socket.io channels and the HTTP API, with the SQL tracker store."""
    from bot.channels.actions_down import ACTIONS_ADDRESS_ENV
    from bot.channels.secret import rasa_channel_environment
    from bot.channels.web.origins import rasa_cors_arguments, rasa_environment

    host = local_host(settings.bind_host)
    argv = [
        str(RASA_BIN),
        "run",
        "--enable-api",
        "--port",
        str(settings.rasa_port),
        "--interface",
        settings.bind_host,
        *rasa_cors_arguments(settings),
        "--endpoints",
        str(endpoints_file()),
        "--credentials",
        str(CREDENTIALS_FILE),
        "--model",
        str(MODELS_DIR),
    ]
    if settings.rasa_auth_token:
        argv += ["--auth-token", settings.rasa_auth_token]
    env = {
        **rasa_environment(settings),
        **rasa_channel_environment(settings),
        # The channels check it before each message (bot/channels/actions_down.py).
        ACTIONS_ADDRESS_ENV: f"{host}:{settings.actions_port}",
        "RASA_TELEMETRY_ENABLED": "false",
    }
    url = f"http://{host}:{settings.rasa_port}"
    return Service("rasa", argv, url=url, health_url=url + "/", env=env)


def action_service(settings: Settings) -> Service:
    """The rasa_sdk action server running our ``actions`` package."""
    host = local_host(settings.bind_host)
    argv = [
        str(PYTHON_BIN),
        "-m",
        "rasa_sdk",
        "--actions",
        "actions",
        "--port",
        str(settings.actions_port),
    ]
    url = f"http://{host}:{settings.actions_port}"
    # rasa_sdk reads its bind address from SANIC_HOST only. The action server trusts the tracker
    # Rasa sends (it stores and erases profiles by sender), so it is never public: a wildcard
    # BIND_HOST puts it on loopback.
    env = {"SANIC_HOST": host}
    # Restarted when it dies: the channels tell users "back in a moment" meanwhile.
    return Service(
        "actions", argv, url=url + "/webhook", health_url=url + "/health", env=env, restart=True
    )


def web_service(settings: Settings) -> Service:
    """The web demo server (``advisor web``): the demo page with the chat widget."""
    host = local_host(settings.bind_host)
    argv = [str(PYTHON_BIN), "-m", "bot.cli.main", "web"]
    url = f"http://{host}:{settings.web_port}"
    return Service("web", argv, url=url + "/", health_url=url + "/healthz")


def telegram_service(settings: Settings) -> Service | None:
    """The Telegram gateway (``advisor telegram``), only when ``TELEGRAM_BOT_TOKEN`` is set."""
    if not settings.telegram_bot_token:
        return None
    argv = [str(PYTHON_BIN), "-m", "bot.cli.main", "telegram"]
    if settings.telegram_webhook_url:
        health = f"http://{local_host(settings.bind_host)}:{settings.telegram_webhook_port}/healthz"
        return Service("telegram", argv, url=settings.telegram_webhook_url, health_url=health)
    # Long polling has no port to probe; a gateway that cannot start exits and stops the run.
    return Service("telegram", argv, url=f"{settings.telegram_api_base_url} (long polling)")


def analytics_service(settings: Settings) -> Service | None:
    """The analytics consumer (``advisor analytics consume``), only with ``EVENT_BROKER_URL``.

    It has no port to probe; it reconnects to RabbitMQ and the database by itself, and is
    started again should it die (events wait in the queue meanwhile).
    """
    from bot.analytics.broker import parse_broker_url

    if not settings.event_broker_url:
        return None
    argv = [str(PYTHON_BIN), "-m", "bot.cli.main", "analytics", "consume"]
    broker = parse_broker_url(settings.event_broker_url)
    url = f"amqp://{broker.host}:{broker.port} queue {broker.queue}"
    return Service("analytics", argv, url=url, restart=True)


ServiceFactory = Callable[[Settings], "Service | None"]

# Every service `advisor run` starts, in start order. A factory returns None when its service is
# disabled by settings (e.g. Telegram without a token). Channel helpers append theirs here.
SERVICE_FACTORIES: list[ServiceFactory] = [
    action_service,
    rasa_service,
    web_service,
    telegram_service,
    analytics_service,
]


def planned_services(settings: Settings) -> list[Service]:
    """The services these settings enable, in start order."""
    services = [factory(settings) for factory in SERVICE_FACTORIES]
    return [service for service in services if service is not None]


# --- supervision -----------------------------------------------------------------------------


class Supervisor:
    """Starts services in their own process groups and guarantees they all stop together."""

    def __init__(
        self,
        services: Sequence[Service],
        *,
        cwd: Path = PROJECT_ROOT,
        out: TextIO = sys.stdout,
        startup_timeout: float = DEFAULT_STARTUP_TIMEOUT,
    ) -> None:
        self._services = list(services)
        self._cwd = cwd
        self._out = out
        self._startup_timeout = startup_timeout
        self._processes: dict[str, subprocess.Popen[bytes]] = {}
        self._stop_requested = threading.Event()
        self._restarts: dict[str, list[float]] = {}

    def request_stop(self, signum: int | None = None, _frame: FrameType | None = None) -> None:
        """Signal handler: ask the main loop to stop everything."""
        self._stop_requested.set()

    @property
    def stopping(self) -> bool:
        """True once a stop signal arrived."""
        return self._stop_requested.is_set()

    def start_all(self) -> None:
        """Start every service; wait until each is healthy (RunError if one dies or hangs)."""
        for service in self._services:
            self._launch(service)
        deadline = time.monotonic() + self._startup_timeout
        for service in self._services:
            self._wait_healthy(service, deadline)

    def _launch(self, service: Service) -> None:
        env = {**os.environ, **service.env}
        # A new session = a new process group: our signal reaches the service's own children
        # too, and a Ctrl-C in the terminal reaches only us, so we decide the stop order.
        # Its output goes through bot/service_output.py: our lines, not deprecation pages.
        process = subprocess.Popen(
            list(service.argv),
            cwd=self._cwd,
            env=env,
            start_new_session=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        assert process.stdout is not None
        pump(process.stdout, self._out)
        self._processes[service.name] = process
        self.say(f"started {service.name} (pid {process.pid})")

    def _may_restart(self, name: str) -> bool:
        """A restartable service that has not died RESTART_LIMIT times within a minute."""
        service = next((s for s in self._services if s.name == name), None)
        if service is None or not service.restart or self._stop_requested.is_set():
            return False
        now = time.monotonic()
        recent = [t for t in self._restarts.get(name, []) if now - t < 60] + [now]
        self._restarts[name] = recent
        if len(recent) > RESTART_LIMIT:
            return False
        _signal_group(self._processes[name], signal.SIGKILL)  # its children too
        self._launch(service)
        return True

    def _wait_healthy(self, service: Service, deadline: float) -> None:
        if service.health_url is None:
            return
        with httpx.Client(timeout=2.0) as client:
            while True:
                if self._stop_requested.is_set():
                    return
                if self._processes[service.name].poll() is not None:
                    raise RunError(f"{service.name} exited during startup; see its output above")
                try:
                    if client.get(service.health_url).is_success:
                        return
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RunError(
                        f"{service.name} did not answer {service.health_url} within "
                        f"{self._startup_timeout:.0f} s"
                    )
                time.sleep(_POLL_SECONDS)

    def wait(self) -> int:
        """Block until a stop signal (0) or until a service exits on its own (1)."""
        while not self._stop_requested.wait(_POLL_SECONDS):
            for name, process in list(self._processes.items()):
                if process.poll() is not None:
                    if self._may_restart(name):
                        self.say(f"{name} exited with status {process.returncode}; restarted")
                        continue
                    self.say(f"{name} exited with status {process.returncode}; stopping")
                    return 1
        return 0

    def stop_all(self) -> None:
        """SIGTERM every process group, wait up to the grace period, then SIGKILL the rest."""
        for process in reversed(self._processes.values()):
            _signal_group(process, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for process in self._processes.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
        for process in self._processes.values():
            # Also the group's leftovers when the leader already exited.
            _signal_group(process, signal.SIGKILL)
            process.wait()
        self._processes.clear()

    def say(self, text: str) -> None:
        """One line of the supervisor's own output."""
        print(f"[advisor run] {text}", file=self._out, flush=True)


def _signal_group(process: subprocess.Popen[bytes], signum: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):  # the whole group is gone already
        os.killpg(process.pid, signum)


def run(
    settings: Settings,
    *,
    startup_timeout: float = DEFAULT_STARTUP_TIMEOUT,
    services: Sequence[Service] | None = None,
) -> int:
    """Prepare, start, print the URLs, supervise; the exit status for ``advisor run``.

    ``services`` replaces ``planned_services(settings)``, e.g. the scaled topology of
    bot/runtime/topology.py (several instances behind a load balancer).
    """
    os.chdir(PROJECT_ROOT)
    from bot.channels.exposure import check_startup

    check_startup(settings)  # ExposureError: e.g. production mode without RASA_AUTH_TOKEN
    if services is None:
        services = planned_services(settings)
    supervisor = Supervisor(services, startup_timeout=startup_timeout)
    previous = {
        signum: signal.signal(signum, supervisor.request_stop)
        for signum in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        write_endpoints(settings, endpoints_file())
        try:
            loaded = load_knowledge_if_empty(settings)
        except (OSError, ValueError) as error:  # the loader's errors are ValueErrors
            raise RunError(f"loading the knowledge base failed: {error}") from error
        if loaded is not None:
            supervisor.say(f"knowledge base was empty: loaded {loaded} programs")
        supervisor.start_all()
        if supervisor.stopping:
            return 0
        for service in services:
            supervisor.say(f"{service.name:8} {service.url}")
        supervisor.say(f"talk to it: advisor chat --url {settings_rasa_url(settings)}")
        supervisor.say("ready; Ctrl-C stops every service")
        return supervisor.wait()
    finally:
        supervisor.stop_all()
        endpoints_file().unlink(missing_ok=True)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
