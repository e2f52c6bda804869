"""Which web origins may talk to Rasa from a browser (CORS and socket.io), derived from settings.

One rule for every process: the web demo server checks it at startup, and the ``make run``
supervisor passes the result to Rasa (``--cors`` for HTTP, an environment variable for the
socket.io channel in ``rasa_socketio.py``).

- production: ``WEB_ALLOWED_ORIGINS`` must list exact origins; ``*`` or an empty list is an error.
- development: the listed origins plus the demo page's own origin(s); ``*`` is allowed.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from bot.settings import Mode, Settings

# The environment variable through which the supervisor hands the resolved list (JSON) to the
# socket.io channel running inside the Rasa process (which cannot read our settings object).
SOCKETIO_ORIGINS_ENV = "ADVISOR_SOCKETIO_ORIGINS"

WILDCARD = "*"
_WILDCARD_HOSTS = {"0.0.0.0", "::", ""}


class OriginsError(ValueError):
    """The allowed-origins setting is unusable; the message says what to change."""


def normalise_origin(value: str) -> str:
    """``scheme://host[:port]`` in lower case without a trailing slash, or ``*``.

    Raises OriginsError for anything else (a path, a missing scheme), because a browser sends
    the bare origin and a near-miss would silently block the widget.
    """
    text = value.strip()
    if text == WILDCARD:
        return WILDCARD
    parts = urlsplit(text.rstrip("/"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise OriginsError(
            f"WEB_ALLOWED_ORIGINS: got {value!r}; allowed: origins like https://advising.example.org"
        )
    if parts.path or parts.query or parts.fragment:
        raise OriginsError(
            f"WEB_ALLOWED_ORIGINS: got {value!r}; allowed: an origin only (scheme://host[:port]), "
            "no path"
        )
    return f"{parts.scheme}://{parts.netloc}".lower()


def browser_host(bind_host: str) -> str:
    """The host a local browser uses for a server bound to ``bind_host``."""
    return "127.0.0.1" if bind_host in _WILDCARD_HOSTS else bind_host


def demo_page_origins(settings: Settings) -> list[str]:
    """The origins under which a local browser sees the demo page."""
    host = browser_host(settings.bind_host)
    origins = [f"http://{host}:{settings.web_port}"]
    if host in ("127.0.0.1", "localhost"):
        # Both spellings reach the same server, but browsers treat them as different origins.
        other = "localhost" if host == "127.0.0.1" else "127.0.0.1"
        origins.append(f"http://{other}:{settings.web_port}")
    return origins


def resolve_allowed_origins(settings: Settings) -> list[str]:
    """The origins allowed to reach Rasa from a browser, or OriginsError with a clear message."""
    configured: list[str] = []
    for value in settings.web_allowed_origins:
        origin = normalise_origin(value)
        if origin not in configured:
            configured.append(origin)
    if settings.advisor_mode is Mode.PRODUCTION:
        if WILDCARD in configured:
            raise OriginsError(
                "WEB_ALLOWED_ORIGINS: got '*'; allowed in production mode: the exact origins of "
                'the sites that embed the widget, e.g. ["https://advising.example.org"]'
            )
        if not configured:
            raise OriginsError(
                "WEB_ALLOWED_ORIGINS: got an empty list; production mode needs the exact origins "
                'of the sites that embed the widget, e.g. ["https://advising.example.org"]'
            )
        return configured
    if WILDCARD in configured:
        return [WILDCARD]
    return configured + [
        origin for origin in demo_page_origins(settings) if origin not in configured
    ]


def rasa_public_url(settings: Settings) -> str:
    """The Rasa URL the widget in a visitor's browser connects to."""
    if settings.rasa_public_url:
        return settings.rasa_public_url.rstrip("/")
    return f"http://{browser_host(settings.bind_host)}:{settings.rasa_port}"


def rasa_cors_arguments(settings: Settings) -> list[str]:
    """The ``rasa run`` arguments that enable CORS for the allowed origins."""
    return ["--cors", *resolve_allowed_origins(settings)]


def rasa_environment(settings: Settings) -> dict[str, str]:
    """Environment variables the Rasa process needs for the socket.io channel's origin check."""
    return {SOCKETIO_ORIGINS_ENV: json.dumps(resolve_allowed_origins(settings))}
