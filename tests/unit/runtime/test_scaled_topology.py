"""The scaled topology: refusal without shared stores, ports, services, and nginx's config."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from bot.runtime.balancer import PUBLIC_LOCATIONS, nginx_config
from bot.runtime.topology import (
    TopologyError,
    action_ports,
    check_scaled,
    is_scaled,
    rasa_ports,
    scaled_services,
    scaled_settings,
    services_for,
)
from bot.settings import Settings

POSTGRES = "postgresql://advisor@db.example.org/tracker"
REDIS = "redis://127.0.0.1:6379/1"


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def scaled(**values: object) -> Settings:
    base: dict[str, object] = {
        "rasa_instances": 2,
        "action_servers": 3,
        "tracker_store_url": POSTGRES,
        "lock_store_url": REDIS,
        "instance_base_port": 20000,
    }
    return settings(**{**base, **values})


@pytest.mark.parametrize(
    ("values", "named"),
    [
        ({"tracker_store_url": "sqlite:///var/tracker.db"}, "TRACKER_STORE_URL"),
        ({"lock_store_url": None}, "LOCK_STORE_URL"),
    ],
)
def test_scaled_topology_refuses_without_postgresql_and_redis(values, named):
    with pytest.raises(TopologyError, match=named) as caught:
        check_scaled(scaled(**values))
    assert "\n" not in str(caught.value)


def test_one_instance_is_the_embedded_default():
    plain = settings()
    assert not is_scaled(plain)
    assert [s.name for s in services_for(plain)] == ["actions", "rasa", "web"]


def test_command_line_counts_override_settings_and_are_bounded():
    assert scaled_settings(settings(), 3, None).rasa_instances == 3
    assert scaled_settings(settings(), None, None).rasa_instances == 1
    with pytest.raises(TopologyError, match="--action-servers must be between 1 and 16"):
        scaled_settings(settings(), None, 0)


def test_instances_listen_on_loopback_ports_and_the_balancer_takes_rasa_port(tmp_path, monkeypatch):
    monkeypatch.setattr("bot.runtime.balancer.nginx_binary", lambda: "/usr/sbin/nginx")
    monkeypatch.setattr("bot.runtime.topology.nginx_binary", lambda: "/usr/sbin/nginx")
    config = scaled(bind_host="0.0.0.0", rasa_port=5005)
    services = {s.name: s for s in scaled_services(config, tmp_path)}
    assert list(services) == [
        "actions-1", "actions-2", "actions-3", "rasa-1", "rasa-2", "web", "balancer",
    ]  # fmt: skip
    assert rasa_ports(config) == [20000, 20001]
    assert action_ports(config) == [20100, 20101, 20102]
    rasa = services["rasa-2"].argv
    assert rasa[rasa.index("--port") + 1] == "20001"
    assert rasa[rasa.index("--interface") + 1] == "127.0.0.1"
    assert services["actions-3"].env["SANIC_HOST"] == "127.0.0.1"
    # The action servers know the instances (clause parsing), whatever set the counts.
    assert services["actions-1"].env["RASA_INSTANCES"] == "2"
    assert services["actions-1"].env["INSTANCE_BASE_PORT"] == "20000"
    assert services["rasa-1"].restart and services["actions-1"].restart
    assert not services["balancer"].restart and not services["web"].restart
    assert services["balancer"].health_url == "http://127.0.0.1:5005/healthz"
    written = (tmp_path / "nginx.conf").read_text()
    assert "listen 0.0.0.0:5005;" in written
    assert "listen 127.0.0.1:5055;" in written  # the action endpoint stays on loopback


def test_instances_allow_the_demo_pages_origin_on_bind_host_not_their_loopback(
    tmp_path, monkeypatch
):
    monkeypatch.setattr("bot.runtime.topology.nginx_binary", lambda: "/usr/sbin/nginx")
    config = scaled(bind_host="10.1.2.3", web_port=8000, rasa_auth_token="t" * 20)
    rasa = {s.name: s for s in scaled_services(config, tmp_path)}["rasa-1"]
    assert rasa.argv[rasa.argv.index("--interface") + 1] == "127.0.0.1"
    cors = rasa.argv[rasa.argv.index("--cors") + 1 : rasa.argv.index("--endpoints")]
    assert cors == ["http://10.1.2.3:8000"]
    assert "http://10.1.2.3:8000" in rasa.env["ADVISOR_SOCKETIO_ORIGINS"]
    assert rasa.health_url == "http://127.0.0.1:20000/"


def render(tmp_path: Path) -> str:
    return nginx_config(
        listen_host="127.0.0.1",
        listen_port=5005,
        rasa_ports=[20000, 20001],
        action_ports=[20100],
        actions_listen_host="127.0.0.1",
        actions_listen_port=5055,
        web_port=8000,
        run_dir=tmp_path,
    )


def test_public_side_proxies_only_what_visitors_need(tmp_path):
    written = render(tmp_path)
    locations = [
        line.strip().removeprefix("location ").removesuffix(" {")
        for line in written.splitlines()
        if "location " in line
    ]
    assert locations == [*(path for path, _ in PUBLIC_LOCATIONS), "= /healthz", "/", "/"]
    # Rasa's HTTP API is never a location of its own; the catch-all answers 404.
    assert "/conversations" not in written and "/model" not in written
    assert 'return 404 "not found\\n";' in written
    assert "hash $remote_addr consistent;" in written  # socket.io polling stays on one instance
    # No kept connections: after a kill -9 the next POST must fail on connect (retried elsewhere).
    assert "keepalive" not in written and "non_idempotent" not in written


def test_nginx_accepts_the_rendered_config(tmp_path):
    # `make install` installs Debian's nginx-light (the `balancer` target), as it does chromium.
    if shutil.which("nginx") is None:
        pytest.fail("nginx is not installed: run `make balancer` (part of `make install`)")
    config = tmp_path / "nginx.conf"
    config.write_text(render(tmp_path))
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp_path / sub).mkdir()
    checked = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(config)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr
