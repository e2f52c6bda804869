"""The one settings object. Every value comes from the environment (or a ``.env`` file).

Read it with ``get_settings()``; nothing is read at import time.
"""

from __future__ import annotations

import re
from datetime import date
from enum import Enum
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# The project's root (this file is bot/settings.py): default places of trained models.
_PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Mode(str, Enum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"


class Settings(BaseSettings):
    """Settings named in CONTRACT section 2, plus the project's own (documented in README)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    rasa_port: int = Field(5005, ge=1, le=65535)
    actions_port: int = Field(5055, ge=1, le=65535)
    web_port: int = Field(8000, ge=1, le=65535)
    bind_host: str = "127.0.0.1"
    rasa_auth_token: str | None = None
    database_url: str = "sqlite:///var/advisor.db"
    tracker_store_url: str = "sqlite:///var/tracker.db"
    lock_store_url: str | None = None
    telegram_bot_token: str | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: str | None = None

    # The project's own settings.
    advisor_mode: Mode = Mode.DEVELOPMENT
    # Signs web session ids and proves the Telegram gateway to Rasa (bot/channels/secret.py);
    # required in production mode, generated into var/channel-secret in development.
    channel_secret: SecretStr | None = None
    web_allowed_origins: list[str] = Field(default_factory=list)
    # The Rasa server's URL as visitors' browsers reach it (the widget's data-server-url); unset:
    # http://BIND_HOST:RASA_PORT, with 127.0.0.1 in place of a wildcard BIND_HOST.
    rasa_public_url: str | None = None
    log_level: str = "INFO"
    # Pins "today" for demos and tests (the season's calendar depends on the date; read by
    # bot/strategy/clock.py, the one clock). Refused in production mode.
    advisor_today: date | None = None
    # Telegram gateway: webhook server port, per-chat message limit, how long to wait for Rasa.
    telegram_webhook_port: int = Field(8443, ge=1, le=65535)
    telegram_rate_limit_per_minute: int = Field(20, ge=1)
    telegram_rasa_timeout_seconds: float = Field(30.0, gt=0)
    # Scale-out (CONTRACT section 2; bot/runtime/): above 1, a load balancer takes RASA_PORT
    # (and ACTIONS_PORT) and the instances take the ports after INSTANCE_BASE_PORT.
    rasa_instances: int = Field(1, ge=1, le=16)
    action_servers: int = Field(1, ge=1, le=16)
    instance_base_port: int = Field(15000, ge=1024, le=65000)
    # SQLAlchemy pool of each process for DATABASE_URL (ignored for SQLite).
    db_pool_size: int = Field(5, ge=1, le=100)
    db_max_overflow: int = Field(5, ge=0, le=100)
    # Ask Rasa's /model/parse about question clauses the keyword model cannot place
    # (bot/adapters/clause_nlu.py); off: the whole message's intent only.
    clause_nlu: bool = True
    # The learned whole-message topic model (bot/understanding/learned_topics.py, trained by
    # `make train`); unset path: models/topic-model.pkl in the project. Off: keyword topics only.
    learned_topics: bool = True
    topic_model_path: Path | None = None
    # Rasa's event broker (RabbitMQ) and the analytics consumer (docs/analytics.md); unset: off.
    # amqp://user:password@host:port/ with an optional ?queue=name (default advisor_analytics).
    event_broker_url: str | None = None

    @field_validator("database_url", "tracker_store_url")
    @classmethod
    def _sqlalchemy_url(cls, value: str) -> str:
        if "://" not in value:
            raise ValueError("must be a SQLAlchemy URL such as sqlite:///var/advisor.db")
        return value

    @field_validator("lock_store_url")
    @classmethod
    def _redis_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("redis://", "rediss://")):
            raise ValueError("must look like redis://host:port/db")
        return value

    @field_validator("event_broker_url")
    @classmethod
    def _amqp_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        parts = urlsplit(value)
        queues = parse_qs(parts.query).get("queue", ["advisor_analytics"])
        port = parts.port  # ValueError for a port out of range
        if parts.scheme != "amqp" or not parts.hostname or parts.path not in ("", "/") or port == 0:
            raise ValueError("must look like amqp://user:password@host:5672/ (default vhost)")
        if len(queues) != 1 or not re.fullmatch(r"[A-Za-z0-9_.-]{1,100}", queues[0]):
            raise ValueError("queue must be one name of letters, digits, '_', '.', '-'")
        return value

    @model_validator(mode="after")
    def _no_pinned_date_in_production(self) -> Settings:
        if self.advisor_today is not None and self.advisor_mode is Mode.PRODUCTION:
            raise ValueError(
                "ADVISOR_TODAY pins the date for demos and tests; unset it in production"
            )
        return self

    @property
    def rasa_url(self) -> str:
        """Base URL of the Rasa server as our own processes reach it."""
        return f"http://{self.bind_host}:{self.rasa_port}"

    @property
    def actions_url(self) -> str:
        """The action server's webhook URL, for Rasa's endpoints.yml."""
        return f"http://{self.bind_host}:{self.actions_port}/webhook"

    def topic_model_file(self) -> Path:
        """Where the learned topic model is saved and loaded (``topic_model_path``)."""
        return self.topic_model_path or _PROJECT_ROOT / "models" / "topic-model.pkl"


def settings_error_text(error: ValidationError) -> str:
    """One line naming each bad setting as it is spelled in the environment, and why."""
    parts = []
    for detail in error.errors():
        name = "_".join(str(part) for part in detail["loc"]).upper() or "settings"
        reason = str(detail["msg"]).removeprefix("Value error, ")
        parts.append(f"{name}: {reason}" if detail["loc"] else reason)
    return "bad setting: " + "; ".join(parts)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once on first use."""
    return Settings()
