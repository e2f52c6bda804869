"""``advisor web [--host H] [--port P]``: serve the demo advising page with the chat widget.

Defaults come from settings (``BIND_HOST``, ``WEB_PORT``); the widget connects to Rasa at
``RASA_PUBLIC_URL`` (default ``http://BIND_HOST:RASA_PORT``). Unusable allowed origins (``*`` or
none in production mode) stop it with status 2 and one line naming the setting.
"""

from __future__ import annotations

import argparse
import sys

from bot.cli.base import SubParsers, UsageError


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "web",
        help="serve the demo page with the chat widget",
        description="Serve the demo advising page with the embedded chat widget.",
    )
    parser.add_argument("--host", help="interface to bind (default: BIND_HOST)")
    parser.add_argument("--port", type=int, help="port (default: WEB_PORT)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so `advisor --help` and other subcommands stay quick.
    import uvicorn

    from bot.channels.web.origins import OriginsError, rasa_public_url
    from bot.channels.web.server import create_app
    from bot.settings import get_settings

    settings = get_settings()
    host = args.host or settings.bind_host
    port = args.port if args.port is not None else settings.web_port
    if not 1 <= port <= 65535:
        raise UsageError(f"--port: got {port}; allowed: 1 to 65535")
    try:
        app = create_app(settings)
    except OriginsError as error:
        raise UsageError(str(error)) from error
    print(
        f"advisor web: demo page on http://{host}:{port}/ (widget talks to Rasa at "
        f"{rasa_public_url(settings)})",
        file=sys.stderr,
        flush=True,
    )
    # No WebSocket routes here (chat traffic goes to Rasa); "none" also avoids the old
    # websockets release that rasa-sdk pins.
    uvicorn.run(
        app,
        host=host,
        port=port,
        ws="none",
        log_level=settings.log_level.lower(),
        access_log=False,
    )
    return 0
