"""Marks into the analytics table and the funnel out of it, on SQLite and PostgreSQL; forgetting
leaves nothing that leads back to the sender."""

from __future__ import annotations

from datetime import date, datetime, timezone

from rasa_events import action, body, session_start, slot, user
from sqlalchemy import Engine, text

from bot.analytics.events import FunnelStep, read_event
from bot.analytics.funnel import format_table, funnel
from bot.analytics.store import AnalyticsRepository, sender_key
from bot.db import transaction
from bot.forget import ForgetService

DAY = date(2026, 12, 1)
LATE = datetime(2026, 12, 1, 23, 59, 59, tzinfo=timezone.utc).timestamp()
AFTER_MIDNIGHT = datetime(2026, 12, 2, 0, 0, 2, tzinfo=timezone.utc).timestamp()


def feed(engine: Engine, *events: dict) -> None:
    """Each event in its own transaction, as the consumer stores them."""
    starting: set[str] = set()
    for event in events:
        observation = read_event(body(event))
        if observation.sender_id in starting:
            observation = observation.in_session_start()
        if event["event"] == "session_started" or observation.action == "action_session_start":
            starting.add(observation.sender_id)
        elif event["event"] == "action":
            starting.discard(observation.sender_id)
        with transaction(engine) as session:
            AnalyticsRepository(session).record(observation)


def rows(engine: Engine) -> list[tuple]:
    with engine.connect() as connection:
        query = "SELECT day, channel, step, sender_key FROM analytics_funnel ORDER BY id"
        return [(str(r[0]), *r[1:]) for r in connection.execute(text(query))]


def counts(engine: Engine, channel: str | None = None, today: date = DAY) -> dict:
    return {
        (r.day.isoformat(), r.channel): {s.value: r.count(s) for s in FunnelStep if r.count(s)}
        for r in funnel(engine, today=today, days=7, channel=channel)
    }


def conversation(sender: str, channel: str = "rest") -> list[dict]:
    return [
        *session_start(sender),
        user(sender, "hi", "greet", channel),
        action(sender, "action_answer_turn"),
        user(sender, "which pathway for me?", "ask_pathway", channel),
        action(sender, "action_answer_turn"),
        slot(sender, "recommended_pathway", "dr_esir"),
        user(sender, "and which programs?", "ask_programs", channel),
        action(sender, "action_answer_turn"),
        slot(sender, "program_offset", 10),
        user(sender, "asdf qwer", "nlu_fallback", channel),
    ]


def test_the_funnel_counts_conversations_per_day_and_channel(engine: Engine) -> None:
    feed(engine, *conversation("web:a", "socketio"), *conversation("web:b", "socketio"))
    feed(engine, *session_start("tg:1"), user("tg:1", "hi", "greet", "rest"))
    feed(engine, *session_start("web:c"), user("web:c", "programs?", "ask_programs", "socketio"))
    assert counts(engine) == {
        ("2026-12-01", "socketio"): {"started": 3, "advice": 2, "programs": 3, "fallback": 2},
        ("2026-12-01", "telegram"): {"started": 1},
    }
    assert counts(engine, channel="telegram") == {("2026-12-01", "telegram"): {"started": 1}}
    assert counts(engine, today=date(2026, 11, 20)) == {}  # outside the window


def test_a_second_delivery_changes_nothing(engine: Engine) -> None:
    feed(engine, *conversation("web:a"))
    before = rows(engine)
    feed(engine, *conversation("web:a"))
    assert rows(engine) == before
    assert counts(engine)[("2026-12-01", "rest")]["started"] == 1


def test_rows_hold_only_day_channel_step_and_a_one_way_key(engine: Engine) -> None:
    feed(engine, *conversation("tg:987654321"))
    stored = rows(engine)
    assert {r[3] for r in stored} == {sender_key("tg:987654321")}
    dump = repr(stored)
    for fragment in ("987654321", "dr_esir", "pathway for me", "asdf", "251"):
        assert fragment not in dump


def test_a_turn_counts_on_the_day_its_message_came(engine: Engine) -> None:
    feed(engine, user("web:a", "my pathway?", "ask_pathway", "socketio", at=LATE))
    feed(engine, action("web:a", "action_give_advice", at=AFTER_MIDNIGHT))
    assert counts(engine, today=date(2026, 12, 2)) == {
        ("2026-12-01", "socketio"): {"started": 1, "advice": 1}
    }


def test_forget_me_leaves_only_an_anonymous_forgot_mark(engine: Engine) -> None:
    feed(engine, *conversation("web:a", "socketio"), *conversation("web:b", "socketio"))
    feed(engine, user("web:a", "forget me", "forget_me", "socketio"))
    feed(engine, action("web:a", "action_forget_me"), action("web:a", "action_listen"))
    assert not [r for r in rows(engine) if r[3] == sender_key("web:a")]
    assert [r for r in rows(engine) if r[3] is None] == [("2026-12-01", "socketio", "forgot", None)]
    assert counts(engine) == {
        ("2026-12-01", "socketio"): {
            "started": 1,
            "advice": 1,
            "programs": 1,
            "fallback": 1,
            "forgot": 1,
        }
    }
    # Two more people forget themselves the same day: counted, still nobody's. One of them
    # had no message recorded (the broker was off then): its channel is unknown.
    feed(engine, user("web:c", "forget me", "forget_me", "socketio"))
    feed(engine, action("web:c", "action_forget_me"), action("web:d", "action_forget_me"))
    assert counts(engine)[("2026-12-01", "socketio")]["forgot"] == 2
    assert counts(engine)[("2026-12-01", "socketio")]["started"] == 1
    assert counts(engine)[("2026-12-01", "unknown")] == {"forgot": 1}
    assert {r[3] for r in rows(engine)} == {sender_key("web:b"), None}


def test_forget_service_deletes_the_senders_marks(engine: Engine, tmp_path) -> None:
    from bot.db import make_engine

    feed(engine, *conversation("web:a"), *conversation("web:b"))
    tracker = make_engine(f"sqlite:///{tmp_path / 'tracker.db'}")
    try:
        ForgetService(engine, tracker).forget_profile("web:a")
    finally:
        tracker.dispose()
    keys = {r[3] for r in rows(engine)}
    assert keys == {sender_key("web:b")}


def test_the_table_prints_every_column_and_a_total(engine: Engine) -> None:
    feed(engine, *conversation("web:a", "socketio"), *conversation("tg:5"))
    table = format_table(funnel(engine, today=DAY, days=1))
    lines = table.splitlines()
    assert lines[0].split("  ")[0] == "day"
    for title in ("started", "reached advice", "asked for programs", "fell back", "forgot"):
        assert title in lines[0]
    assert lines[2].split() == ["2026-12-01", "socketio", "1", "1", "1", "1", "0"]
    assert lines[3].split() == ["2026-12-01", "telegram", "1", "1", "1", "1", "0"]
    assert lines[-1].split() == ["total", "2", "2", "2", "2", "0"]
