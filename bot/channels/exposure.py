"""Refuse to start a bot whose private parts would be public.

Rasa's HTTP API (``/conversations/<sender>/tracker``, ``PUT /model``) answers anyone who reaches
its port unless ``RASA_AUTH_TOKEN`` is set. The REST webhook and socket.io must stay public, so
the API must be closed by the token wherever the port can be reached from elsewhere: always in
production mode, and in development mode as soon as ``BIND_HOST`` is not a loopback address.
"""

from __future__ import annotations

import ipaddress

from bot.channels.secret import ChannelSecretError, resolve_channel_secret
from bot.settings import Mode, Settings

_LOOPBACK_NAMES = {"localhost"}
MIN_AUTH_TOKEN_LENGTH = 16


class ExposureError(ValueError):
    """These settings would expose private data; the message lists every reason."""


def is_loopback(host: str) -> bool:
    """Whether a server bound to ``host`` is reachable from this machine only."""
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: assume it is reachable from elsewhere
        return False


def startup_refusals(settings: Settings) -> list[str]:
    """One line per reason these settings must not start; empty when they may."""
    problems: list[str] = []
    token = settings.rasa_auth_token or ""
    if settings.advisor_mode is Mode.PRODUCTION and not token:
        problems.append(
            "RASA_AUTH_TOKEN is not set: production mode refuses to start with Rasa's HTTP API "
            "open (it would serve any conversation's tracker)"
        )
    elif not token and not is_loopback(settings.bind_host):
        problems.append(
            f"BIND_HOST={settings.bind_host} makes Rasa's HTTP API reachable from other machines: "
            "set RASA_AUTH_TOKEN, or bind to 127.0.0.1"
        )
    if token and len(token) < MIN_AUTH_TOKEN_LENGTH:
        problems.append(
            f"RASA_AUTH_TOKEN: got {len(token)} characters; allowed: at least "
            f"{MIN_AUTH_TOKEN_LENGTH}"
        )
    try:
        resolve_channel_secret(settings)
    except ChannelSecretError as error:
        problems.append(str(error))
    return problems


def check_startup(settings: Settings) -> None:
    """Raise ExposureError (every reason, one line) when these settings must not start."""
    refusals = startup_refusals(settings)
    if refusals:
        raise ExposureError("; ".join(refusals))
