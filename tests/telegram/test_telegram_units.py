"""Pure parts of the gateway: HTML rendering and splitting, callback keys, rate limit, config.

The splitting properties are checked against the loopback Bot API server's own HTML check
(``visible_text``), the same one the gateway tests send through.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tg_bot_api_server import BotApiError, utf16_length, visible_text

from bot.channels.rasa_rest import BotButton, BotReply
from bot.channels.telegram.callbacks import ANSWERED_DATA, PayloadTable, fits_callback_data
from bot.channels.telegram.config import GatewayConfig, GatewayConfigError
from bot.channels.telegram.ratelimit import Admission, ChatRateLimiter
from bot.channels.telegram.rendering import (
    BUTTONS_ONLY_TEXT,
    ImageMessage,
    TextMessage,
    render_reply,
    split_text,
    to_telegram_html,
)
from bot.settings import Settings

pytestmark = pytest.mark.telegram

bot_text = st.lists(
    st.sampled_from([*"ab <>&\"'\n[]()é😀", "https://x.org/a", "[t t](https://y.org)"]),
    max_size=200,
).map("".join)


def test_html_escapes_markup_and_renders_markdown_links() -> None:
    rendered = to_telegram_html('<script>alert("x")</script> & [NRMP](https://nrmp.org/?a=1&b=2)')
    assert rendered == (
        '&lt;script&gt;alert("x")&lt;/script&gt; &amp; '
        '<a href="https://nrmp.org/?a=1&amp;b=2">NRMP</a>'
    )
    assert visible_text(rendered, "HTML") == '<script>alert("x")</script> & NRMP'


def test_the_loopback_server_refuses_unescaped_html() -> None:
    for bad in ("a < b", "<script>x</script>", "AT&T", "<b>open"):
        with pytest.raises(BotApiError, match="parse entities"):
            visible_text(bad, "HTML")


@settings(max_examples=150, deadline=None)
@given(text=bot_text, limit=st.integers(min_value=30, max_value=200))
def test_split_pieces_fit_keep_every_word_and_render_valid_html(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    for piece in pieces:
        rendered = to_telegram_html(piece)
        assert utf16_length(rendered) <= limit
        assert piece.strip()
        visible_text(rendered, "HTML")  # raises if the HTML is not Telegram's
    # Nothing is lost or reordered; only whitespace at the cuts goes.
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_split_prefers_lines_then_words() -> None:
    text = "first line\nsecond line is longer\nthird"
    assert split_text(text, 25) == ["first line", "second line is longer", "third"]
    assert split_text("one two three four", 9) == ["one two", "three", "four"]
    assert split_text("x" * 10, 4) == ["xxxx", "xxxx", "xx"]
    # Escaping counts: "&" becomes five characters.
    assert split_text("& & &", 11) == ["& &", "&"]


def test_reply_with_buttons_only_gets_a_prompt_and_image_comes_first() -> None:
    reply = BotReply(buttons=[BotButton(title="Yes", payload="/affirm")])
    [message] = render_reply(reply)
    assert isinstance(message, TextMessage)
    assert message.text == BUTTONS_ONLY_TEXT and message.buttons[0].payload == "/affirm"

    image, text = render_reply(BotReply(text="Chart", image="https://x.org/c.png"))
    assert image == ImageMessage(url="https://x.org/c.png")
    assert isinstance(text, TextMessage) and text.html == "Chart"
    assert render_reply(BotReply(text="   ")) == []
    # A local path is never sent as a photo (PTB would upload the file).
    assert render_reply(BotReply(image="/etc/passwd")) == []


def test_payload_table_keeps_short_payloads_and_maps_long_ones() -> None:
    table = PayloadTable(capacity=2)
    assert table.encode("/affirm") == "/affirm"
    assert table.decode("/affirm") == "/affirm"
    long_payload = "/inform" + "x" * 80
    keys = [table.encode(long_payload + str(n)) for n in range(3)]
    assert all(fits_callback_data(key) and key.startswith("#p:") for key in keys)
    assert table.decode(keys[0]) is None  # forgotten: capacity 2
    assert table.decode(keys[2]) == long_payload + "2"
    # Payloads that look like our own keys are mapped too, so they cannot be misread.
    assert table.encode("#p:1").startswith("#p:") and table.encode("#p:1") != "#p:1"
    assert table.encode(ANSWERED_DATA) != ANSWERED_DATA
    assert not fits_callback_data("é" * 33)  # 66 bytes


def test_rate_limit_sliding_window_notifies_once_per_window() -> None:
    now = [0.0]
    limiter = ChatRateLimiter(limit=3, window_seconds=60, clock=lambda: now[0])
    assert [limiter.admit(1) for _ in range(3)] == [Admission.RELAY] * 3
    assert limiter.admit(1) is Admission.REFUSE_AND_NOTIFY
    assert limiter.admit(1) is Admission.REFUSE_SILENTLY
    assert limiter.admit(2) is Admission.RELAY
    assert limiter.retry_after(1) == pytest.approx(60)
    now[0] = 30.0
    assert limiter.admit(1) is Admission.REFUSE_SILENTLY
    now[0] = 60.0  # the first three messages left the window
    assert limiter.admit(1) is Admission.RELAY
    now[0] = 200.0
    limiter.forget_idle()
    assert limiter.retry_after(1) == 0.0
    with pytest.raises(ValueError):
        ChatRateLimiter(limit=0)


def _settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)


def test_config_requires_a_token_and_a_valid_webhook_secret(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(GatewayConfigError, match="TELEGRAM_BOT_TOKEN"):
        GatewayConfig.from_settings(_settings())
    base = {"telegram_bot_token": "1:abc"}
    polling = GatewayConfig.from_settings(_settings(**base, rasa_port=5999))
    assert not polling.webhook_mode and polling.rasa_url == "http://127.0.0.1:5999"
    hook = {**base, "telegram_webhook_url": "https://bot.example.org/tg/hook"}
    with pytest.raises(GatewayConfigError, match="TELEGRAM_WEBHOOK_SECRET is not"):
        GatewayConfig.from_settings(_settings(**hook))
    with pytest.raises(GatewayConfigError, match="A-Z a-z 0-9"):
        GatewayConfig.from_settings(_settings(**hook, telegram_webhook_secret="bad secret!"))
    with pytest.raises(GatewayConfigError, match="https URL"):
        GatewayConfig.from_settings(
            _settings(**base, telegram_webhook_url="bot.example.org", telegram_webhook_secret="s")
        )
    plain_http = {**hook, "telegram_webhook_url": "http://bot.example.org/tg/hook"}
    with pytest.raises(GatewayConfigError, match="https in production"):
        GatewayConfig.from_settings(
            _settings(**plain_http, telegram_webhook_secret="s", advisor_mode="production")
        )
    assert GatewayConfig.from_settings(_settings(**plain_http, telegram_webhook_secret="s"))
    config = GatewayConfig.from_settings(_settings(**hook, telegram_webhook_secret="s3cr_et-"))
    assert config.webhook_mode and config.webhook_path == "/tg/hook"


def test_make_run_starts_the_gateway_only_with_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.runner import planned_services, telegram_service

    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)
    assert telegram_service(_settings()) is None
    assert "telegram" not in [s.name for s in planned_services(_settings(web_allowed_origins=[]))]

    polling = telegram_service(_settings(telegram_bot_token="1:abc"))
    assert polling is not None
    assert list(polling.argv)[1:] == ["-m", "bot.cli.main", "telegram"]
    assert polling.health_url is None and "1:abc" not in polling.url

    webhook = telegram_service(
        _settings(
            telegram_bot_token="1:abc",
            telegram_webhook_url="https://bot.example.org/tg",
            telegram_webhook_secret="s",
            telegram_webhook_port=9443,
        )
    )
    assert webhook is not None and webhook.health_url == "http://127.0.0.1:9443/healthz"
