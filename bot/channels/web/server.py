"""The web demo server: an advising website with the chat widget embedded, plus the widget files.

Routes:
- ``/``                 the demo page; its script tag carries the Rasa URL from settings.
- ``/widget/<file>``    the widget and its socket.io client (Cache-Control + ETag/Last-Modified;
                        conditional requests get 304).
- ``/site/<file>``      the demo site's own stylesheet.
- ``/healthz``          ``{"status": "ok"}`` for the supervisor and load balancers.
- ``/charts/<token>.png`` a chart of where an applicant stands (``bot.channels.web.charts``).

``create_app(settings)`` checks the allowed origins first (``bot.channels.web.origins``): in
production mode a ``*`` or empty ``WEB_ALLOWED_ORIGINS`` stops the server with a clear error.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from string import Template
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from bot.channels.web.charts import chart_route
from bot.channels.web.origins import WILDCARD, rasa_public_url, resolve_allowed_origins
from bot.settings import Settings

PACKAGE_DIR = Path(__file__).resolve().parent
STATIC_DIR = PACKAGE_DIR / "static"
DEMO_DIR = PACKAGE_DIR / "demo"

# An hour of freshness, then revalidation through ETag/Last-Modified: a deploy reaches every
# visitor within the hour without a versioned file name.
WIDGET_CACHE_CONTROL = "public, max-age=3600"
DEMO_CACHE_CONTROL = "no-cache"


class CachedStaticFiles(StaticFiles):
    """StaticFiles (ETag, Last-Modified, 304 handling) plus a Cache-Control header."""

    def __init__(self, *, directory: Path, cache_control: str) -> None:
        super().__init__(directory=directory)
        self.cache_control = cache_control

    def file_response(
        self,
        full_path: str | os.PathLike[str],
        stat_result: os.stat_result,
        scope: Scope,
        status_code: int = 200,
    ) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        response.headers["Cache-Control"] = self.cache_control
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response


def websocket_origin(http_url: str) -> str:
    """``ws(s)://host:port`` for an ``http(s)`` URL (socket.io's WebSocket transport)."""
    parts = urlsplit(http_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    return f"{scheme}://{parts.netloc}"


def content_security_policy(rasa_url: str) -> str:
    """A strict policy for the demo page: it shows the widget works without inline code."""
    connect = f"'self' {rasa_url} {websocket_origin(rasa_url)}"
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
        f"connect-src {connect}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    )


def render_demo_page(rasa_url: str) -> str:
    """The demo page with the Rasa URL in the widget's script tag (HTML-escaped)."""
    template = Template((DEMO_DIR / "index.html").read_text(encoding="utf-8"))
    return template.substitute(rasa_url=html.escape(rasa_url, quote=True))


def create_app(settings: Settings) -> Starlette:
    """The demo server's ASGI app. Raises OriginsError when the allowed origins are unusable."""
    allowed_origins = resolve_allowed_origins(settings)
    rasa_url = rasa_public_url(settings)
    page = render_demo_page(rasa_url)
    page_headers = {
        "Cache-Control": DEMO_CACHE_CONTROL,
        "Content-Security-Policy": content_security_policy(rasa_url),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
    }

    async def demo_page(request: Request) -> Response:
        return HTMLResponse(page, headers=page_headers)

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"}, headers={"Cache-Control": "no-store"})

    routes = [
        Route("/", demo_page, methods=["GET", "HEAD"]),
        Route("/healthz", health, methods=["GET", "HEAD"]),
        chart_route(settings),
        Mount(
            "/widget",
            app=CachedStaticFiles(directory=STATIC_DIR, cache_control=WIDGET_CACHE_CONTROL),
            name="widget",
        ),
        Mount(
            "/site",
            app=CachedStaticFiles(
                directory=DEMO_DIR / "assets", cache_control=WIDGET_CACHE_CONTROL
            ),
            name="site",
        ),
    ]
    # Script tags need no CORS; this serves hosts that fetch the widget files (e.g. preloading
    # with crossorigin), with the same origins Rasa allows.
    middleware = [
        Middleware(
            CORSMiddleware,
            allow_origins=[WILDCARD] if WILDCARD in allowed_origins else allowed_origins,
            allow_methods=["GET", "HEAD"],
        ),
        # The widget and the socket.io client shrink to about a third.
        Middleware(GZipMiddleware, minimum_size=1024),
    ]
    return Starlette(routes=routes, middleware=middleware)
