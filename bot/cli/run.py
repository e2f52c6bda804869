"""``advisor run``: start Rasa, the action server and the channels; Ctrl-C stops them all.

``make run`` installs and trains first, then calls this (see ``bot.runner``).
"""

from __future__ import annotations

import argparse
import sys

from bot.cli.base import SubParsers, UsageError


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "run",
        help="start every service (Rasa, actions, channels); Ctrl-C stops them",
        description=(
            "Load the knowledge base if the database is empty, start Rasa, the action server "
            "and the channels, print their URLs, and stop them all on Ctrl-C or SIGTERM. "
            "Use `make run` to also install and train when needed."
        ),
    )
    parser.add_argument(
        "--startup-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="how long to wait for every service to answer (default 600)",
    )
    parser.add_argument(
        "--instances",
        type=int,
        default=None,
        metavar="N",
        help="Rasa instances behind a load balancer (default: RASA_INSTANCES, 1)",
    )
    parser.add_argument(
        "--action-servers",
        type=int,
        default=None,
        metavar="M",
        help="action servers behind the load balancer (default: ACTION_SERVERS, 1)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from bot.channels.exposure import ExposureError
    from bot.channels.web.origins import OriginsError
    from bot.runner import DEFAULT_STARTUP_TIMEOUT, RunError
    from bot.runner import run as run_services
    from bot.runtime.balancer import BalancerError
    from bot.runtime.topology import TopologyError, scaled_settings, services_for
    from bot.settings import get_settings, settings_error_text

    timeout = args.startup_timeout or DEFAULT_STARTUP_TIMEOUT
    try:
        settings = scaled_settings(get_settings(), args.instances, args.action_servers)
        services = services_for(settings)
    except ValidationError as error:
        raise UsageError(settings_error_text(error)) from error
    except (TopologyError, BalancerError, ValueError) as error:
        raise UsageError(str(error)) from error
    try:
        return run_services(settings, startup_timeout=timeout, services=services)
    except RunError as error:
        print(f"advisor run: error: {error}", file=sys.stderr)
        return 1
    except (OriginsError, ExposureError) as error:
        # e.g. WEB_ALLOWED_ORIGINS '*' or no RASA_AUTH_TOKEN in production: refuse to start
        raise UsageError(str(error)) from error
