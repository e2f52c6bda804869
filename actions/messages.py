"""Sending ``bot.answers`` messages through rasa_sdk's dispatcher."""

from __future__ import annotations

from collections.abc import Iterable

from rasa_sdk.executor import CollectingDispatcher

from bot.answers import Message


def send(dispatcher: CollectingDispatcher, messages: Iterable[Message]) -> None:
    """Utter each message in order (text plus its buttons)."""
    for message in messages:
        buttons = [{"title": b.title, "payload": b.payload} for b in message.buttons]
        dispatcher.utter_message(text=message.text, buttons=buttons)
