"""Publishes Rasa events through ``AdvisorPikaEventBroker`` to the real RabbitMQ and prints the
message bodies that reached the queue, as JSON lines.

Run by tests/rasa/test_pika_broker.py with ``.venv-rasa/bin/python`` (Rasa and aio-pika live
there): ``python pika_broker_probe.py <queue name>``. RabbitMQ on 127.0.0.1:5672, guest/guest.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import aio_pika
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.utils.endpoints import EndpointConfig

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.analytics.broker import parse_broker_url, rasa_event_broker  # noqa: E402
from bot.rasa_extensions.pika_broker import AdvisorPikaEventBroker  # noqa: E402

SENDER = "probe-sender"
EVENTS = [
    UserUttered(
        "I am Priya Sharma, CK 266, need J1. Should I apply Integrated IR?",
        {"name": "ask_pathway", "confidence": 0.97},
        [{"entity": "step2ck_score", "value": 266, "start": 22, "end": 25}],
        input_channel="rest",
    ),
    SlotSet("step2ck_score", 266),
    SlotSet("recommended_pathway", "dr_then_independent_ir"),
    ActionExecuted("action_give_advice"),
]


async def main(queue: str) -> None:
    settings = rasa_event_broker(parse_broker_url(f"amqp://127.0.0.1/?queue={queue}"))
    broker_type = settings.pop("type")
    assert broker_type == "bot.rasa_extensions.pika_broker.AdvisorPikaEventBroker", broker_type
    broker = await AdvisorPikaEventBroker.from_endpoint_config(EndpointConfig(**settings))
    assert broker is not None
    for event in EVENTS:
        body = event.as_dict()
        body["sender_id"] = SENDER
        broker.publish(body)
    await asyncio.sleep(1.0)  # publishing runs as background tasks
    await broker.close()

    connection = await aio_pika.connect("amqp://guest:guest@127.0.0.1:5672/")
    async with connection:
        channel = await connection.channel()
        declared = await channel.declare_queue(queue, durable=True)
        for _ in range(len(EVENTS)):
            message = await declared.get(timeout=10)
            await message.ack()
            print(message.body.decode())
        await declared.delete(if_unused=False, if_empty=False)
        await channel.exchange_delete(str(settings["exchange_name"]))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
