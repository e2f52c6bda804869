"""``advisor telegram``: run the Telegram gateway (long polling, or webhook mode when
``TELEGRAM_WEBHOOK_URL`` is set) until SIGINT/SIGTERM.

Settings it reads: ``TELEGRAM_BOT_TOKEN`` (required), ``TELEGRAM_API_BASE_URL``,
``TELEGRAM_WEBHOOK_URL``/``TELEGRAM_WEBHOOK_SECRET``/``TELEGRAM_WEBHOOK_PORT``,
``TELEGRAM_RATE_LIMIT_PER_MINUTE``, ``TELEGRAM_RASA_TIMEOUT_SECONDS``, ``RASA_PORT``,
``BIND_HOST``, ``LOG_LEVEL``. Settings it cannot run with exit with status 2 and one line.
"""

from __future__ import annotations

import argparse
import logging
import sys

from bot.cli.base import SubParsers, UsageError


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "telegram",
        help="run the Telegram gateway",
        description="Relay Telegram chats to the running Rasa server (see docs/telegram.md).",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so `advisor --help` and other subcommands stay quick.
    from telegram.error import InvalidToken, NetworkError

    from bot.channels.telegram.config import GatewayConfig, GatewayConfigError
    from bot.channels.telegram.service import run_gateway
    from bot.settings import get_settings

    settings = get_settings()
    try:
        config = GatewayConfig.from_settings(settings)
    except GatewayConfigError as error:
        raise UsageError(str(error)) from error
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    mode = "webhook" if config.webhook_mode else "long polling"
    print(
        f"advisor telegram: gateway starting ({mode}), Rasa at {config.rasa_url}", file=sys.stderr
    )
    try:
        run_gateway(config)
    except InvalidToken as error:
        raise UsageError(f"TELEGRAM_BOT_TOKEN: the Bot API refused the token ({error})") from error
    except NetworkError as error:
        print(
            f"advisor telegram: cannot reach the Bot API at {config.api_base_url}: {error}",
            file=sys.stderr,
        )
        return 1
    return 0
