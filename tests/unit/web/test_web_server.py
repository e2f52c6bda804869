"""The demo server's HTTP surface: demo page, widget files with caching headers, health check."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from bot.channels.web.origins import OriginsError
from bot.channels.web.server import create_app
from bot.settings import Settings


def make_client(**values: Any) -> TestClient:
    settings = Settings(_env_file=None, **values)
    return TestClient(create_app(settings))


def test_demo_page_embeds_the_widget_with_the_rasa_url_from_settings() -> None:
    client = make_client(rasa_port=6123, web_port=6124)
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert (
        '<script src="/widget/advisor-widget.js" data-server-url="http://127.0.0.1:6123"'
        in response.text
    )
    assert response.headers["cache-control"] == "no-cache"


def test_demo_page_escapes_the_rasa_url() -> None:
    client = make_client(rasa_public_url='https://chat.example.org/"><script>alert(1)</script>')
    page = client.get("/").text
    assert "<script>alert(1)</script>" not in page
    assert "&quot;&gt;&lt;script&gt;" in page


def test_demo_page_content_security_policy_allows_only_rasa_for_connections() -> None:
    client = make_client(rasa_port=6123)
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self';" in policy
    assert "connect-src 'self' http://127.0.0.1:6123 ws://127.0.0.1:6123;" in policy
    assert "unsafe-inline" not in policy


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/widget/advisor-widget.js", "text/javascript"),
        ("/widget/socket.io.min.js", "text/javascript"),
        ("/widget/socket.io-client.LICENSE.txt", "text/plain"),
        ("/site/site.css", "text/css"),
    ],
)
def test_widget_files_carry_caching_headers(path: str, content_type: str) -> None:
    response = make_client().get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(content_type)
    assert response.headers["cache-control"] == "public, max-age=3600"
    assert response.headers["etag"]
    assert response.headers["last-modified"]


def test_unchanged_widget_is_revalidated_with_304() -> None:
    client = make_client()
    first = client.get("/widget/advisor-widget.js")
    again = client.get(
        "/widget/advisor-widget.js", headers={"If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["cache-control"] == "public, max-age=3600"


def test_files_outside_the_static_folder_are_not_served() -> None:
    client = make_client()
    assert client.get("/widget/../server.py").status_code == 404
    assert client.get("/widget/%2e%2e/server.py").status_code == 404
    assert client.get("/site/../index.html").status_code == 404
    assert client.get("/widget/missing.js").status_code == 404


def test_health_check() -> None:
    response = make_client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_cors_answers_only_allowed_origins() -> None:
    client = make_client(web_port=6124, web_allowed_origins=["https://advising.example.org"])
    allowed = client.get(
        "/widget/advisor-widget.js", headers={"Origin": "https://advising.example.org"}
    )
    assert allowed.headers["access-control-allow-origin"] == "https://advising.example.org"
    other = client.get("/widget/advisor-widget.js", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_production_wildcard_stops_the_server_from_being_built() -> None:
    with pytest.raises(OriginsError, match="production"):
        make_client(advisor_mode="production", web_allowed_origins=["*"])


def test_widget_files_are_compressed_for_browsers_that_accept_gzip() -> None:
    client = make_client()
    plain = client.get("/widget/socket.io.min.js", headers={"Accept-Encoding": "identity"})
    packed = client.get("/widget/socket.io.min.js", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.content == plain.content  # httpx decodes it
    assert packed.headers["cache-control"] == "public, max-age=3600"
