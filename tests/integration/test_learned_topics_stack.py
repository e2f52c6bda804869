"""The learned topic model through the real stack (``make run``): the action server loads the
model ``make train`` made, and a long post whose words name side topics (letters, visa) gets its
main question answered first."""

from __future__ import annotations

import pytest
from support.replies import all_text, new_sender
from support.stack import ProductStack
from support.waiting import wait_until

pytestmark = pytest.mark.integration

# A switcher's post (dev_tune_18): letters and a visa are named, the route is what is asked.
SWITCHER = (
    "Currently a PGY-1 in internal medicine at a university program in Michigan, I'm from "
    "Pakistan (MBBS 2022) and on J1. Over the past months I realised I want IR, I've been hanging "
    "around the IR suite on my free afternoons. Is it realistic to switch into DR from IM after "
    "intern year, and who should write my letters, my IM PD or the radiologists who barely know "
    "me yet? I'm worried that if my PD finds out I'm applying out she will be upset."
)


def test_the_action_server_loads_the_learned_model_and_the_route_is_answered_first(
    stack: ProductStack,
):
    sender = new_sender("learned")
    replies = stack.say(sender, SWITCHER)
    assert wait_until(lambda: "learned topic model loaded" in stack.log(400))
    text = all_text(replies)
    assert "Did you mean" not in text
    assert str(replies[0].get("text") or "").startswith("Got it:")  # facts, one line
    main_answer = str(replies[1].get("text") or "")
    assert "letter" not in main_answer.lower(), text  # the route first, letters after
    assert "letter" in text.lower()  # the second question answered briefly
