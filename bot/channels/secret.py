"""The channel secret from settings: what lets Rasa tell our gateway and our sessions apart.

``CHANNEL_SECRET`` signs web session ids and derives the Telegram gateway's token
(``bot.channels.sessions``). Production mode requires it, so that every Rasa instance and the
gateway share it. In development mode an unset secret is generated once and kept in
``var/channel-secret`` (owner-only), so sessions survive a restart of ``make run``.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from bot.channels.sessions import CHANNEL_SECRET_ENV, MODE_ENV, ChannelSecret
from bot.settings import Mode, Settings

# In the project's var/ whatever the working directory, so the gateway and Rasa read one file.
DEVELOPMENT_SECRET_FILE = Path(__file__).resolve().parents[2] / "var" / "channel-secret"
MIN_SECRET_LENGTH = 16


class ChannelSecretError(ValueError):
    """The secret is missing or unusable; the message says what to set."""


def resolve_channel_secret(settings: Settings, *, dev_file: Path = DEVELOPMENT_SECRET_FILE) -> str:
    """The secret text for these settings (read or created in development mode)."""
    configured = settings.channel_secret.get_secret_value() if settings.channel_secret else ""
    if configured:
        if len(configured) < MIN_SECRET_LENGTH:
            raise ChannelSecretError(
                f"CHANNEL_SECRET: got {len(configured)} characters; allowed: at least "
                f"{MIN_SECRET_LENGTH} (e.g. the output of `openssl rand -hex 32`)"
            )
        return configured
    if settings.advisor_mode is Mode.PRODUCTION:
        raise ChannelSecretError(
            "CHANNEL_SECRET is not set: production mode needs one shared secret for every Rasa "
            "instance and the Telegram gateway (e.g. the output of `openssl rand -hex 32`)"
        )
    if dev_file.exists():
        stored = dev_file.read_text().strip()
        if len(stored) >= MIN_SECRET_LENGTH:
            return stored
    dev_file.parent.mkdir(parents=True, exist_ok=True)
    created = secrets.token_hex(32)
    # Owner-only from the first byte: the file is a key.
    descriptor = os.open(dev_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(created + "\n")
    return created


def channel_secret(settings: Settings) -> ChannelSecret:
    """The secret as the object that issues sessions and checks the gateway."""
    return ChannelSecret(resolve_channel_secret(settings))


def rasa_channel_environment(settings: Settings) -> dict[str, str]:
    """What the channel classes inside Rasa read: the secret and the mode."""
    return {
        CHANNEL_SECRET_ENV: resolve_channel_secret(settings),
        MODE_ENV: settings.advisor_mode.value,
    }
