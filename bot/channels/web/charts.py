"""``/charts/<token>.png``: charts of where an applicant stands, served by their random token.

The token is the only key (never the sender id or a counter); unknown or malformed tokens get
404, a chart deleted by ``forget_me`` too. Responses are private and not stored by caches. The
database engine is made on the first request, never when the app is built.
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.adapters.orm import make_engine, transaction
from bot.charts.store import ChartRepository
from bot.settings import Settings

CHART_HEADERS = {
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    # Any page may show the image (the widget is embedded on other sites).
    "Cross-Origin-Resource-Policy": "cross-origin",
}


def chart_route(settings: Settings) -> Route:
    engines: list[Engine] = []
    lock = threading.Lock()

    def engine() -> Engine:
        with lock:
            if not engines:
                engines.append(make_engine(settings.database_url))
            return engines[0]

    def read(token: str) -> bytes | None:
        with transaction(engine()) as session:
            return ChartRepository(session).png(token)

    async def chart(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        png = await run_in_threadpool(read, str(request.path_params["token"]))
        if png is None:
            return Response("Not found", status_code=404, headers={"Cache-Control": "no-store"})
        return Response(png, media_type="image/png", headers=CHART_HEADERS)

    return Route("/charts/{token}.png", chart, methods=["GET", "HEAD"])
