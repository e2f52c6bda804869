"""The allowed-origins rule shared by the demo server and Rasa (bot.channels.web.origins)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.channels.web.origins import (
    SOCKETIO_ORIGINS_ENV,
    OriginsError,
    demo_page_origins,
    normalise_origin,
    rasa_cors_arguments,
    rasa_environment,
    rasa_public_url,
    resolve_allowed_origins,
)
from bot.settings import Settings


def make_settings(**values: Any) -> Settings:
    # _env_file=None: the developer's own .env must not leak into these cases.
    return Settings(_env_file=None, **values)


def test_development_allows_the_demo_page_under_both_local_names() -> None:
    settings = make_settings(web_port=8123, bind_host="127.0.0.1")
    assert resolve_allowed_origins(settings) == ["http://127.0.0.1:8123", "http://localhost:8123"]


def test_development_keeps_configured_origins_first_and_deduplicates() -> None:
    settings = make_settings(
        web_port=8123,
        web_allowed_origins=["https://Advising.Example.org/", "http://127.0.0.1:8123"],
    )
    assert resolve_allowed_origins(settings) == [
        "https://advising.example.org",
        "http://127.0.0.1:8123",
        "http://localhost:8123",
    ]


def test_development_accepts_the_wildcard() -> None:
    settings = make_settings(web_allowed_origins=["*"])
    assert resolve_allowed_origins(settings) == ["*"]


def test_production_refuses_the_wildcard_with_a_clear_message() -> None:
    settings = make_settings(advisor_mode="production", web_allowed_origins=["*"])
    with pytest.raises(OriginsError) as caught:
        resolve_allowed_origins(settings)
    message = str(caught.value)
    assert message.startswith("WEB_ALLOWED_ORIGINS: got '*'")
    assert "production" in message
    assert "\n" not in message


def test_production_refuses_an_empty_list() -> None:
    settings = make_settings(advisor_mode="production")
    with pytest.raises(OriginsError, match="WEB_ALLOWED_ORIGINS: got an empty list"):
        resolve_allowed_origins(settings)


def test_production_uses_exactly_the_configured_origins() -> None:
    settings = make_settings(
        advisor_mode="production", web_allowed_origins=["https://advising.example.org"]
    )
    assert resolve_allowed_origins(settings) == ["https://advising.example.org"]


@pytest.mark.parametrize(
    "value",
    ["advising.example.org", "ftp://example.org", "https://example.org/widget", "https://"],
)
def test_malformed_origins_are_refused(value: str) -> None:
    with pytest.raises(OriginsError, match="WEB_ALLOWED_ORIGINS: got"):
        normalise_origin(value)


def test_wildcard_bind_host_is_reached_through_loopback() -> None:
    settings = make_settings(bind_host="0.0.0.0", web_port=9000, rasa_port=9001)
    assert demo_page_origins(settings) == ["http://127.0.0.1:9000", "http://localhost:9000"]
    assert rasa_public_url(settings) == "http://127.0.0.1:9001"


def test_public_rasa_url_setting_wins() -> None:
    settings = make_settings(rasa_public_url="https://chat.example.org/")
    assert rasa_public_url(settings) == "https://chat.example.org"


def test_rasa_gets_the_same_origins_for_http_and_socketio() -> None:
    settings = make_settings(web_port=8123, web_allowed_origins=["https://a.example.org"])
    origins = ["https://a.example.org", "http://127.0.0.1:8123", "http://localhost:8123"]
    assert rasa_cors_arguments(settings) == ["--cors", *origins]
    assert json.loads(rasa_environment(settings)[SOCKETIO_ORIGINS_ENV]) == origins


def test_rasa_arguments_refuse_a_production_wildcard() -> None:
    settings = make_settings(advisor_mode="production", web_allowed_origins=["*"])
    with pytest.raises(OriginsError):
        rasa_cors_arguments(settings)
