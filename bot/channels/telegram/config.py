"""The gateway's configuration, checked once at start-up from the settings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.channels.secret import ChannelSecretError, channel_secret
from bot.settings import Mode, Settings

# Telegram accepts 1-256 characters from this set as a webhook secret token.
_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")


class GatewayConfigError(ValueError):
    """The settings do not allow the gateway to start; the message says which and why."""


@dataclass(frozen=True)
class GatewayConfig:
    """Everything the gateway needs, validated."""

    token: str
    api_base_url: str
    rasa_url: str
    rasa_timeout_seconds: float = 30.0
    rate_limit_per_minute: int = 20
    webhook_url: str | None = None
    webhook_secret: str | None = None
    listen_host: str = "127.0.0.1"
    listen_port: int = 8443
    # Sent to Rasa with every message: only the gateway may speak for tg: conversations.
    gateway_token: str = ""
    # The project database, where the charts the gateway sends as photos are kept.
    database_url: str = ""

    @property
    def webhook_mode(self) -> bool:
        """Whether updates come by webhook instead of long polling."""
        return self.webhook_url is not None

    @property
    def webhook_path(self) -> str:
        """The path our webhook server answers on: the path of TELEGRAM_WEBHOOK_URL."""
        return urlsplit(self.webhook_url or "").path or "/"

    @classmethod
    def from_settings(cls, settings: Settings) -> GatewayConfig:
        """Build the configuration, refusing settings the gateway cannot run with."""
        if not settings.telegram_bot_token:
            raise GatewayConfigError("TELEGRAM_BOT_TOKEN is not set; the gateway needs a bot token")
        if not settings.telegram_api_base_url.startswith(("http://", "https://")):
            raise GatewayConfigError(
                "TELEGRAM_API_BASE_URL must be an http(s) URL such as https://api.telegram.org/bot"
            )
        webhook_url = settings.telegram_webhook_url or None
        secret = settings.telegram_webhook_secret or None
        if webhook_url is not None:
            parts = urlsplit(webhook_url)
            if parts.scheme not in {"http", "https"} or not parts.netloc:
                raise GatewayConfigError(
                    f"TELEGRAM_WEBHOOK_URL must be an https URL; got {webhook_url!r}"
                )
            if parts.scheme != "https" and settings.advisor_mode is Mode.PRODUCTION:
                # Telegram delivers to HTTPS only; plain http is for local tests.
                raise GatewayConfigError(
                    f"TELEGRAM_WEBHOOK_URL must be https in production mode; got {webhook_url!r}"
                )
            if secret is None:
                raise GatewayConfigError(
                    "TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not: webhook mode "
                    "refuses to start without a secret (1-256 characters of A-Z a-z 0-9 _ -)"
                )
            if not _SECRET_RE.fullmatch(secret):
                raise GatewayConfigError(
                    "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -"
                )
        try:
            gateway_token = channel_secret(settings).gateway_token
        except ChannelSecretError as error:
            raise GatewayConfigError(str(error)) from error
        return cls(
            gateway_token=gateway_token,
            token=settings.telegram_bot_token,
            api_base_url=settings.telegram_api_base_url,
            rasa_url=settings.rasa_url,
            rasa_timeout_seconds=settings.telegram_rasa_timeout_seconds,
            rate_limit_per_minute=settings.telegram_rate_limit_per_minute,
            webhook_url=webhook_url,
            webhook_secret=secret,
            listen_host=settings.bind_host,
            listen_port=settings.telegram_webhook_port,
            database_url=settings.database_url,
        )
