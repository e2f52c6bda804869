"""One Rasa event into funnel steps: the mapping, the channel, and what is never kept."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from rasa_events import NOON, action, body, bot, session_start, slot, user

from bot.analytics.events import FunnelStep, MalformedEventError, channel_name, read_event

S = "web:abc.def"


@pytest.mark.parametrize(
    ("event", "steps"),
    [
        (user(S, intent="greet"), (FunnelStep.STARTED,)),
        (user(S, intent="ask_programs"), (FunnelStep.STARTED, FunnelStep.PROGRAMS)),
        (user(S, intent="nlu_fallback"), (FunnelStep.STARTED, FunnelStep.FALLBACK)),
        (action(S, "action_give_advice"), (FunnelStep.ADVICE,)),
        (action(S, "action_show_programs"), (FunnelStep.PROGRAMS,)),
        (action(S, "action_default_fallback"), (FunnelStep.FALLBACK,)),
        (action(S, "action_forget_me"), (FunnelStep.FORGOT,)),
        (action(S, "action_answer_turn"), ()),
        (action(S, "action_listen"), ()),
        (slot(S, "recommended_pathway", "integrated_ir"), (FunnelStep.ADVICE,)),
        (slot(S, "program_offset", 10), (FunnelStep.PROGRAMS,)),
        (slot(S, "recommended_pathway", None), ()),  # cleared, not reached
        (slot(S, "step2ck_score", 251), ()),
        (bot(S, "Your Step 2 CK of 251 ..."), ()),
    ],
)
def test_each_event_marks_its_funnel_steps(event, steps) -> None:
    observation = read_event(body(event))
    assert observation.steps == steps
    assert observation.day == date(2026, 12, 1)
    assert observation.sender_id == S


def test_only_user_messages_name_the_channel_and_telegram_senders_count_as_telegram() -> None:
    assert read_event(body(user(S, channel="socketio"))).channel == "socketio"
    assert read_event(body(user("tg:12345", channel="rest"))).channel == "telegram"
    assert read_event(body(action(S, "action_give_advice"))).channel is None
    assert channel_name("Weird Channel!/../x" * 5, S) == "weirdchannelxweirdchannelxweirdc"
    assert channel_name(None, S) == channel_name("", S) == "unknown"


def test_nothing_the_user_said_or_was_told_is_kept() -> None:
    secret = "my step 2 ck is 251 and my name is Ana Pereira"
    observation = read_event(body(user(S, text=secret, intent="inform", confidence=0.42)))
    kept = repr(dataclasses.astuple(observation))
    for fragment in ("251", "Ana", "Pereira", "0.42", "inform"):
        assert fragment not in kept
    assert "251" not in repr(dataclasses.astuple(read_event(body(slot(S, "step2ck_score", 251)))))


def test_carried_over_slots_at_a_session_start_mark_nothing() -> None:
    carried = [read_event(body(e)).in_session_start() for e in session_start(S)]
    assert all(o.steps == () for o in carried)
    # Outside a session start the same slot event is advice given.
    assert read_event(body(slot(S, "recommended_pathway", "dr_esir"))).steps == (FunnelStep.ADVICE,)
    # A forget is still a forget wherever it comes.
    forget = read_event(body(action(S, "action_forget_me"))).in_session_start()
    assert forget.forgets


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe", "not JSON"),
        (b"{not json", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'"user"', "not a JSON object"),
        (body({"event": "user", "timestamp": NOON}), "sender_id"),
        (body({"sender_id": S, "timestamp": NOON}), "event"),
        (body({"sender_id": S, "event": "user"}), "timestamp"),
        (body({"sender_id": S, "event": "user", "timestamp": "noon"}), "timestamp"),
        (body({"sender_id": S, "event": "user", "timestamp": -5}), "timestamp"),
        (body({"sender_id": 42, "event": "user", "timestamp": NOON}), "sender_id"),
        (body({"sender_id": "", "event": "user", "timestamp": NOON}), "sender_id"),
        (body({**user(S), "input_channel": ["rest"]}), "input_channel"),
    ],
)
def test_a_message_that_is_not_a_rasa_event_is_refused_with_a_reason(raw, reason) -> None:
    with pytest.raises(MalformedEventError, match=reason) as caught:
        read_event(raw)
    assert "Ana" not in str(caught.value)


def test_the_reason_never_repeats_the_message() -> None:
    with pytest.raises(MalformedEventError) as caught:
        read_event(body({"sender_id": "tg:999", "event": "user", "timestamp": "my score 251"}))
    assert "251" not in str(caught.value) and "999" not in str(caught.value)
