"""Webhook mode: a small Starlette app (served by uvicorn) that feeds Telegram's updates to PTB.

``POST <path of TELEGRAM_WEBHOOK_URL>``: refuses a missing or wrong
``X-Telegram-Bot-Api-Secret-Token`` header with 403 and a body that is not an update with 400.
``GET /healthz``: 200 while the application runs, else 503.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import signal
from collections.abc import Iterator

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update

from bot.channels.telegram.config import GatewayConfig
from bot.channels.telegram.gateway import ALLOWED_UPDATES, AnyApplication, TelegramGateway

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Updates are a few kilobytes; anything much larger is not from Telegram.
MAX_BODY_BYTES = 1_000_000
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def create_webhook_app(application: AnyApplication, *, path: str, secret: str) -> Starlette:
    """The ASGI app that checks each delivery and puts its update on PTB's queue."""
    expected = secret.encode("utf-8")

    async def receive_update(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8")
        if not hmac.compare_digest(given, expected):
            return PlainTextResponse("wrong or missing secret token", status_code=403)
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return PlainTextResponse("body too large", status_code=413)
        try:
            data = json.loads(body)
        except ValueError:
            return PlainTextResponse("body is not JSON", status_code=400)
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return PlainTextResponse("body is not a Telegram update", status_code=400)
        try:
            update = Update.de_json(data, application.bot)
        except (KeyError, TypeError, ValueError) as error:
            logger.info("refused a malformed update: %s", type(error).__name__)
            return PlainTextResponse("body is not a Telegram update", status_code=400)
        await application.update_queue.put(update)
        return Response(status_code=200)

    async def healthz(request: Request) -> Response:
        if application.running:
            return JSONResponse({"status": "ok"})
        return JSONResponse({"status": "starting"}, status_code=503)

    return Starlette(
        routes=[
            Route(path, receive_update, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ]
    )


class _GatewayServer(uvicorn.Server):
    """uvicorn's server, except that a stop signal only ends serving.

    uvicorn re-raises SIGINT/SIGTERM once it has stopped, which would kill the process before
    PTB is stopped and the Rasa client closed; here the signal just makes ``serve()`` return.
    """

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        loop = asyncio.get_running_loop()
        for sig in STOP_SIGNALS:
            loop.add_signal_handler(sig, self.handle_exit, sig, None)
        try:
            yield
        finally:
            for sig in STOP_SIGNALS:
                loop.remove_signal_handler(sig)


async def serve_webhook(config: GatewayConfig) -> None:
    """Register the webhook with Telegram and serve it until SIGINT/SIGTERM."""
    if config.webhook_url is None or config.webhook_secret is None:
        raise ValueError("webhook mode needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET")
    gateway = TelegramGateway(config)
    application = gateway.build_application(with_updater=False)
    app = create_webhook_app(application, path=config.webhook_path, secret=config.webhook_secret)
    server = _GatewayServer(
        uvicorn.Config(
            app,
            host=config.listen_host,
            port=config.listen_port,
            log_level="warning",
            access_log=False,  # access lines would carry nothing useful and cost a write each
            lifespan="off",
            # No websockets here; and rasa-sdk pins an old websockets that uvicorn's auto
            # detection would try (and fail) to use.
            ws="none",
        )
    )
    # Application.__aenter__ only initializes: post_init/post_shutdown are ours to call here.
    async with application:
        await gateway.post_init(application)
        try:
            await application.bot.set_webhook(
                url=config.webhook_url,
                secret_token=config.webhook_secret,
                allowed_updates=ALLOWED_UPDATES,
            )
            await application.start()
            logger.info(
                "Telegram webhook server on http://%s:%d%s",
                config.listen_host,
                config.listen_port,
                config.webhook_path,
            )
            try:
                await server.serve()
            finally:
                if application.running:
                    await application.stop()
        finally:
            await gateway.post_shutdown(application)
