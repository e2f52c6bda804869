"""Charts kept under unguessable tokens, served by the web server, erased by forget_me."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from bot.bootstrap import Services, build_services, temporary_settings
from bot.channels.web.server import create_app
from bot.charts.store import TOKEN_PATTERN
from bot.profile import ApplicantProfile


@pytest.fixture
def services(tmp_path: Path):
    built = build_services(temporary_settings(tmp_path))
    yield built
    built.dispose()


def test_a_chart_is_kept_under_a_random_token_and_served(services: Services, tmp_path: Path):
    profile = ApplicantProfile(step2ck_score=266)
    first = services.charts.make("alice", profile)
    second = services.charts.make("alice", profile)
    assert TOKEN_PATTERN.match(first.token) and first.token != second.token
    assert "alice" not in first.path and first.path == f"/charts/{first.token}.png"
    assert "yours 266" in first.alt
    client = TestClient(create_app(temporary_settings(tmp_path)))
    response = client.get(first.path)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    assert response.headers["cache-control"] == "private, no-store"
    assert response.content == services.charts.png(first.token)
    assert client.get("/charts/" + "A" * 32 + ".png").status_code == 404
    assert client.get("/charts/alice.png").status_code == 404


def test_forget_me_deletes_the_senders_charts(services: Services):
    mine = services.charts.make("alice", ApplicantProfile(step2ck_score=250))
    theirs = services.charts.make("bob", ApplicantProfile(step2ck_score=240))
    services.forget.forget_profile("alice")
    assert services.charts.png(mine.token) is None
    assert services.charts.png(theirs.token) is not None
