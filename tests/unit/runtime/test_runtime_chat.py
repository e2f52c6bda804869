"""advisor chat: buttons become numbered choices; a number sends the button's payload."""

from __future__ import annotations

import subprocess
from pathlib import Path

from bot.channels.rasa_rest import BotButton, BotReply
from bot.cli.chat import ChatSession
from bot.cli.terminal import Styler

ROOT = Path(__file__).resolve().parents[3]
ADVISOR = str(ROOT / ".venv" / "bin" / "advisor")


def test_buttons_are_numbered_and_a_number_sends_the_payload():
    session = ChatSession()
    replies = [
        BotReply(
            text="Will you need a visa?\nPick one.",
            buttons=[
                BotButton(title="J-1", payload='/inform{"visa_need":"j1"}'),
                BotButton(title="I don't know yet", payload="/skip"),
            ],
        ),
    ]
    shown = session.render(replies, Styler(False))
    assert shown == (
        "bot> Will you need a visa?\n     Pick one.\n  1. J-1\n  2. I don't know yet\n"
    )
    assert session.message_for("1") == '/inform{"visa_need":"j1"}'
    assert session.message_for(" 2 ") == "/skip"
    assert session.message_for("3") == "3"  # not a listed choice: sent as typed
    assert session.message_for("251") == "251"
    session.render([BotReply(text="What is your Step 2 CK score?")], Styler(False))
    assert session.message_for("1") == "1"  # choices belong to the latest replies only


def test_unreachable_bot_is_one_clear_error():
    result = subprocess.run(
        [ADVISOR, "chat", "--url", "http://127.0.0.1:9", "--sender", "t"],
        input="hi\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "not reachable" in result.stderr and "make run" in result.stderr


def test_bad_url_is_a_usage_error():
    result = subprocess.run(
        [ADVISOR, "chat", "--url", "localhost:5005"],
        input="",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "advisor: error: --url: got 'localhost:5005'; allowed: an http:// or https:// URL"
    )
