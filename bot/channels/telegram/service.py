"""Start the gateway in the mode the settings ask for (long polling or webhook)."""

from __future__ import annotations

import asyncio
import logging

from bot.channels.telegram.config import GatewayConfig
from bot.channels.telegram.gateway import run_polling
from bot.channels.telegram.webhook import serve_webhook

logger = logging.getLogger(__name__)

# httpx logs every request URL at INFO, and Bot API URLs contain the bot token.
_QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler")


def quiet_noisy_loggers() -> None:
    """Keep the token (in Bot API URLs) and per-request noise out of INFO logs."""
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def run_gateway(config: GatewayConfig) -> None:
    """Run until SIGINT/SIGTERM: webhook mode when a webhook URL is set, else long polling."""
    quiet_noisy_loggers()
    if config.webhook_mode:
        logger.info("Telegram gateway starting in webhook mode")
        asyncio.run(serve_webhook(config))
    else:
        logger.info("Telegram gateway starting with long polling")
        run_polling(config)
