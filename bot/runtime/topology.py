"""Which processes a run starts: one of each (``make run``) or the scaled topology.

The scaled topology (``make run-scaled``, ``advisor run --instances N``; settings
``RASA_INSTANCES`` and ``ACTION_SERVERS``) puts N Rasa instances and M action servers behind one
nginx (bot/runtime/balancer.py) that takes ``BIND_HOST:RASA_PORT`` and, on loopback, the action
endpoint ``ACTIONS_PORT``: clients, the widget, the Telegram gateway and Rasa's endpoints file
need no change. Instances listen on loopback only, on ``INSTANCE_BASE_PORT + i`` (Rasa) and
``INSTANCE_BASE_PORT + 100 + i`` (actions), so Rasa's HTTP API is never reachable from outside.

An instance that dies is started again by the supervisor while the others carry its
conversations (bot/runner.py, ``Service.restart``); the balancer skips it meanwhile.

Instances share every state through PostgreSQL (tracker store, knowledge base, profiles) and
Redis (Rasa's lock store, which serialises each conversation across instances): without those two
the topology would lose or interleave messages, so it refuses to start.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.channels.web.origins import rasa_cors_arguments, rasa_environment
from bot.runner import (
    RUN_DIR,
    Service,
    action_service,
    analytics_service,
    local_host,
    planned_services,
    rasa_service,
    telegram_service,
    web_service,
)
from bot.runtime.balancer import nginx_binary, nginx_config
from bot.settings import Settings

ACTION_PORT_OFFSET = 100
MAX_INSTANCES = 16  # as the settings allow


class TopologyError(ValueError):
    """The settings cannot run the scaled topology; the message is one line saying why."""


def is_scaled(settings: Settings) -> bool:
    """True when settings ask for more than one Rasa instance or action server."""
    return settings.rasa_instances > 1 or settings.action_servers > 1


def check_scaled(settings: Settings) -> None:
    """TopologyError unless the shared stores the scaled topology needs are configured."""
    try:
        backend = make_url(settings.tracker_store_url).get_backend_name()
    except Exception as error:  # SQLAlchemy's parse errors have no common base
        raise TopologyError(f"TRACKER_STORE_URL is not a database URL: {error}") from error
    if backend != "postgresql":
        raise TopologyError(
            "several instances need TRACKER_STORE_URL on PostgreSQL "
            "(e.g. postgresql://user@host/db), not " + backend
        )
    if not settings.lock_store_url:
        raise TopologyError(
            "several instances need LOCK_STORE_URL on Redis (e.g. redis://127.0.0.1:6379/1)"
        )


def rasa_ports(settings: Settings) -> list[int]:
    """The loopback ports of the Rasa instances."""
    return [settings.instance_base_port + i for i in range(settings.rasa_instances)]


def action_ports(settings: Settings) -> list[int]:
    """The loopback ports of the action servers."""
    base = settings.instance_base_port + ACTION_PORT_OFFSET
    return [base + i for i in range(settings.action_servers)]


def balancer_dir() -> Path:
    """This run's nginx folder (config, pid, temp files): one per supervisor, like endpoints."""
    return RUN_DIR / f"nginx-{os.getpid()}"


def balancer_service(settings: Settings, run_dir: Path) -> Service:
    """nginx in the foreground with this run's config (written here)."""
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (run_dir / sub).mkdir(parents=True, exist_ok=True)
    config = run_dir / "nginx.conf"
    config.write_text(
        nginx_config(
            listen_host=settings.bind_host,
            listen_port=settings.rasa_port,
            rasa_ports=rasa_ports(settings),
            action_ports=action_ports(settings),
            actions_listen_host=local_host(settings.bind_host),
            actions_listen_port=settings.actions_port,
            web_port=settings.web_port,
            run_dir=run_dir,
        )
    )
    argv = [nginx_binary(), "-p", str(run_dir.resolve()), "-c", str(config.resolve())]
    url = f"http://{local_host(settings.bind_host)}:{settings.rasa_port}"
    return Service("balancer", argv, url=url, health_url=url + "/healthz")


def rasa_instance(settings: Settings, number: int, port: int) -> Service:
    """Rasa instance ``number`` on loopback ``port``, allowing the browser origins of the public
    settings (the demo page on ``BIND_HOST``), not those of its own loopback address."""
    one = rasa_service(settings.model_copy(update={"bind_host": "127.0.0.1", "rasa_port": port}))
    argv = list(one.argv)
    argv[argv.index("--cors") : argv.index("--endpoints")] = rasa_cors_arguments(settings)
    env = {**one.env, **rasa_environment(settings)}
    return dataclasses.replace(one, name=f"rasa-{number}", argv=argv, env=env, restart=True)


def scaled_services(settings: Settings, run_dir: Path) -> list[Service]:
    """Action servers, Rasa instances, the web server, the balancer, then the Telegram gateway
    and the analytics consumer (each when its settings enable it)."""
    check_scaled(settings)
    loopback = {"bind_host": "127.0.0.1"}
    services: list[Service] = []
    # The action servers parse question clauses on the instances (bot/runtime/clause_nlu.py):
    # they must know them even when the counts came from the command line, not the environment.
    instances = {
        "RASA_INSTANCES": str(settings.rasa_instances),
        "ACTION_SERVERS": str(settings.action_servers),
        "INSTANCE_BASE_PORT": str(settings.instance_base_port),
    }
    for number, port in enumerate(action_ports(settings), start=1):
        one = action_service(settings.model_copy(update={**loopback, "actions_port": port}))
        env = {**one.env, **instances}
        services.append(dataclasses.replace(one, name=f"actions-{number}", restart=True, env=env))
    for number, port in enumerate(rasa_ports(settings), start=1):
        services.append(rasa_instance(settings, number, port))
    services.append(web_service(settings))
    services.append(balancer_service(settings, run_dir))
    for optional in (telegram_service(settings), analytics_service(settings)):
        if optional is not None:
            services.append(optional)
    return services


def services_for(settings: Settings, run_dir: Path | None = None) -> list[Service]:
    """The services of this run: the embedded default, or the scaled topology."""
    if not is_scaled(settings):
        return planned_services(settings)
    return scaled_services(settings, run_dir or balancer_dir())


def scaled_settings(
    settings: Settings, instances: int | None, action_servers: int | None
) -> Settings:
    """Settings with the command line's counts (``--instances``, ``--action-servers``) applied."""
    update: dict[str, int] = {}
    options = (
        ("rasa_instances", "--instances", instances),
        ("action_servers", "--action-servers", action_servers),
    )
    for name, option, value in options:
        if value is None:
            continue
        if not 1 <= value <= MAX_INSTANCES:
            raise TopologyError(f"{option} must be between 1 and {MAX_INSTANCES}, not {value}")
        update[name] = value
    return settings.model_copy(update=update) if update else settings
