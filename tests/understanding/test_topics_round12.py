"""Round 12: classes of wording from two new independent writers (dev_tune_12, dev_tune_13),
each with near misses. Sentences here are written for the class, not copied from the files."""

from __future__ import annotations

import pytest

from bot.dialogue.turn import answerable_topics
from bot.understanding import understand
from bot.understanding.topics import OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # the end of the invitation season is the calendar
        ("when do IR interview invites usually stop coming?", "ask_timeline"),
        ("until when do programs send invites for DR?", "ask_timeline"),
        ("do invitations dry up after November?", "ask_timeline"),
        # near miss: preparing for an invited interview
        ("how do I prepare for my first interview invite?", "ask_interview"),
        # a failed step as a screen
        ("Is a CK fail a deal breaker for DR?", "ask_usmle"),
        ("how do programs look at a step 1 fail?", "ask_usmle"),
        ("will my 2 attempts get me screened out?", "ask_usmle"),
        # near misses: the chances, no screen named; a score as a screen weighs the chances
        ("what are my chances with 231?", "ask_chances"),
        ("is 231 going to filter me out automatically?", "ask_chances"),
        # near miss: an old graduation year as a screen is a gap
        ("will my 2012 YOG filter me out?", "ask_gaps"),
    ],
)
def test_main_topic(text: str, main: str) -> None:
    understood = understand(text, answer_topics=answerable_topics())
    assert understood.questions, text
    assert understood.questions[0].topic == main


@pytest.mark.parametrize(
    ("text", "out"),
    [
        # visas programs do not give: a family visit, what a dependant visa allows
        ("can my mother come on a tourist visa for my graduation?", True),
        ("my parents want to visit on a B2 visa during residency, how long can they stay?", True),
        ("can I volunteer in a research lab on H4 EAD?", True),
        ("am I allowed to do an observership on an F1?", True),
        # near misses: the visa programs sponsor, a dependant visa held as a fact
        ("do DR programs sponsor H1B?", False),
        ("I'm on H4 right now. Do IR programs take J1?", False),
        ("can I do my residency on H4 EAD?", False),
    ],
)
def test_visas_programs_do_not_give_are_out_of_scope(text: str, out: bool) -> None:
    understood = understand(text, answer_topics=answerable_topics())
    assert understood.questions, text
    assert (understood.questions[0].topic == OUT_OF_SCOPE) is out, understood.questions
