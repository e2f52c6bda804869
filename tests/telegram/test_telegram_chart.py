"""Charts on Telegram: the reply's custom data becomes a photo uploaded as bytes with a caption."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bot.bootstrap import build_services, temporary_settings
from bot.channels.rasa_rest import BotReply
from bot.channels.telegram.config import GatewayConfig
from bot.channels.telegram.gateway import TelegramGateway
from bot.channels.telegram.rendering import (
    CAPTION_LIMIT,
    ChartPhoto,
    TextMessage,
    render_reply,
    utf16_length,
)
from bot.profile import ApplicantProfile

pytestmark = pytest.mark.telegram


def test_a_chart_reply_renders_as_a_photo_and_long_alt_is_cut_at_a_sentence() -> None:
    data = {"image": "/charts/t.png", "alt": "Short words.", "chart": "t"}
    assert render_reply(BotReply(custom={"data": data})) == [ChartPhoto("t", "Short words.")]
    long_alt = " ".join(f"Sentence number {i} says a little more." for i in range(60))
    (photo,) = render_reply(BotReply(custom={"data": {**data, "alt": long_alt}}))
    assert isinstance(photo, ChartPhoto)
    assert utf16_length(photo.caption) <= CAPTION_LIMIT
    assert photo.caption.endswith(". …") and photo.caption.startswith("Sentence number 0")
    text_only = render_reply(BotReply(text="hi", custom={"data": {"other": 1}}))
    assert [type(m) for m in text_only] == [TextMessage]


class RecordingBot:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    async def send_photo(self, chat_id: int, **kwargs: Any) -> None:
        self.calls.append(("photo", {"chat_id": chat_id, **kwargs}))

    async def send_message(self, chat_id: int, text: str, **kwargs: Any) -> None:
        self.calls.append(("message", {"chat_id": chat_id, "text": text}))


def test_the_gateway_uploads_the_charts_bytes(tmp_path: Path) -> None:
    services = build_services(temporary_settings(tmp_path))
    chart = services.charts.make("tg:7", ApplicantProfile(step2ck_score=266))
    png = services.charts.png(chart.token)
    config = GatewayConfig(
        token="123:abc",
        api_base_url="http://127.0.0.1:1/bot",
        rasa_url="http://127.0.0.1:1",
        database_url=services.stores.database.url.render_as_string(),
    )
    gateway = TelegramGateway(config)
    bot = RecordingBot()
    messages = render_reply(BotReply(custom={"data": {"chart": chart.token, "alt": chart.alt}}))
    asyncio.run(gateway.deliver(bot, 7, messages))  # type: ignore[arg-type]
    gone = render_reply(BotReply(custom={"data": {"chart": "X" * 32, "alt": "The words."}}))
    asyncio.run(gateway.deliver(bot, 7, gone))  # type: ignore[arg-type]
    assert bot.calls[0] == ("photo", {"chat_id": 7, "photo": png, "caption": chart.alt})
    assert bot.calls[1] == ("message", {"chat_id": 7, "text": "The words."})
    services.dispose()
