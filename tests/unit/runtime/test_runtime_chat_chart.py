"""advisor chat shows a chart reply (custom data from actions/chart.py) as its words."""

from __future__ import annotations

from bot.channels.rasa_rest import BotReply
from bot.cli.chat import ChatSession
from bot.cli.terminal import Styler


def test_a_chart_reply_is_shown_as_its_alt_text():
    data = {"image": "/charts/t.png", "alt": "Chart: your Step 2 CK 266 is above...", "chart": "t"}
    shown = ChatSession().render([BotReply(custom={"data": data})], Styler(False))
    assert shown == "     [chart] Chart: your Step 2 CK 266 is above...\n"
    other = ChatSession().render([BotReply(text="hi", custom={"data": [1]})], Styler(False))
    assert other == "bot> hi\n"
