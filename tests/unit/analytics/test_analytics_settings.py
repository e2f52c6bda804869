"""EVENT_BROKER_URL: off by default, validated, and when on it renders Rasa's pika broker and
adds the consumer to both topologies."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.analytics.broker import parse_broker_url
from bot.runner import planned_services, render_endpoints
from bot.runtime.topology import scaled_services
from bot.settings import Settings

URL = "amqp://guest:guest@127.0.0.1:5672/"


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_off_by_default() -> None:
    plain = settings()
    assert plain.event_broker_url is None
    assert "event_broker" not in render_endpoints(plain)
    assert "analytics" not in [s.name for s in planned_services(plain)]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:5672/",
        "amqps://guest:guest@127.0.0.1/",  # Rasa's broker takes TLS from files, not the URL
        "amqp:///",
        "amqp://127.0.0.1:99999/",
        "amqp://127.0.0.1/vhost",  # Rasa's pika broker connects to the default vhost only
        "amqp://127.0.0.1/?queue=two&queue=queues",
        "amqp://127.0.0.1/?queue=bad name",
        "localhost:5672",
    ],
)
def test_bad_urls_are_refused(url: str) -> None:
    with pytest.raises(ValidationError, match="event_broker_url"):
        settings(event_broker_url=url)


def test_rasas_pika_broker_is_rendered_from_the_url() -> None:
    on = settings(event_broker_url="amqp://ana:s%40cret@mq.example.org:5673/?queue=advising")
    assert render_endpoints(on)["event_broker"] == {
        "type": "bot.rasa_extensions.pika_broker.AdvisorPikaEventBroker",
        "url": "mq.example.org",
        "port": 5673,
        "username": "ana",
        "password": "s@cret",
        "queues": ["advising"],
        "exchange_name": "advising.events",
        "raise_on_failure": False,
        "should_keep_unpublished_messages": True,
        "connection_attempts": 10,
        "retry_delay_in_seconds": 3,
    }
    default = parse_broker_url("amqp://127.0.0.1")
    assert (default.username, default.password, default.port) == ("guest", "guest", 5672)
    assert default.queue == "advisor_analytics"


def test_the_consumer_runs_in_both_topologies_and_is_restarted(tmp_path: Path) -> None:
    on = settings(event_broker_url=URL)
    [consumer] = [s for s in planned_services(on) if s.name == "analytics"]
    assert consumer.argv[-2:] == ["analytics", "consume"] and consumer.restart
    assert "guest" not in consumer.url  # the URL shown in the terminal carries no password
    scaled = settings(
        event_broker_url=URL,
        rasa_instances=2,
        tracker_store_url="postgresql+psycopg://u@127.0.0.1/t",
        lock_store_url="redis://127.0.0.1:6379/1",
    )
    names = [s.name for s in scaled_services(scaled, tmp_path)]
    assert names.count("analytics") == 1 and names.count("rasa-1") == 1
