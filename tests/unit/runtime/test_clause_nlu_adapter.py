"""Rasa's /model/parse for unplaced question clauses, against a real local HTTP server that
answers as Rasa does (or fails as a server can); the real Rasa is used through `make run`."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.bootstrap import temporary_settings
from bot.runtime.clause_nlu import (
    MAX_CLAUSES,
    NoClauseIntents,
    RasaClauseIntents,
    clause_intents_for,
)


# clause -> (HTTP status, body) the server answers with
def _intent(name: str, confidence: float) -> tuple[int, str]:
    return 200, json.dumps({"intent": {"name": name, "confidence": confidence}})


REPLIES: dict[str, tuple[int, str]] = {
    "will PDs see the fail?": _intent("ask_usmle", 0.93),
    "is it over?": _intent("ask_chances", 0.41),
    "hi there?": _intent("greet", 0.99),
    "broken json?": (200, "{not json"),
    "no intent?": (200, json.dumps({"intent": None})),
    "server error?": (500, "oops"),
}


class _Rasa(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        query = parse_qs(urlsplit(self.path).query)
        type(self).seen.append({"path": urlsplit(self.path).path, "query": query, **body})
        status, reply = REPLIES.get(body["text"], (404, "{}"))
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(reply.encode())

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def rasa_url() -> Iterator[str]:
    _Rasa.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Rasa)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _free_port() -> int:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Rasa)
    port = server.server_address[1]
    server.server_close()
    return port


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("will PDs see the fail?", "ask_usmle"),  # confident answer topic
        ("is it over?", None),  # below the confidence threshold
        ("hi there?", None),  # not an answer topic
        ("broken json?", None),
        ("no intent?", None),
        ("server error?", None),
    ],
)
def test_only_a_confident_answer_topic_places_a_clause(
    rasa_url: str, clause: str, topic: str | None
) -> None:
    found = asyncio.run(RasaClauseIntents(urls=(rasa_url,))([clause]))
    assert found == ({clause: topic} if topic else {})


def test_the_token_goes_with_each_parse_and_the_text_is_the_clause(rasa_url: str) -> None:
    asyncio.run(RasaClauseIntents(urls=(rasa_url,), token="s3cret")(["will PDs see the fail?"]))
    assert _Rasa.seen == [
        {"path": "/model/parse", "query": {"token": ["s3cret"]}, "text": "will PDs see the fail?"}
    ]


def test_a_server_that_is_down_is_skipped_for_one_that_answers(rasa_url: str) -> None:
    down = f"http://127.0.0.1:{_free_port()}"
    parser = RasaClauseIntents(urls=(down, rasa_url))
    for _ in range(4):  # whichever order the instances are tried in
        assert asyncio.run(parser(["will PDs see the fail?"])) == {
            "will PDs see the fail?": "ask_usmle"
        }


def test_no_server_at_all_places_nothing_and_does_not_raise() -> None:
    parser = RasaClauseIntents(urls=(f"http://127.0.0.1:{_free_port()}",))
    assert asyncio.run(parser(["will PDs see the fail?"])) == {}


def test_at_most_a_few_distinct_clauses_are_parsed(rasa_url: str) -> None:
    clauses = [f"question {i}?" for i in range(10)] + ["question 0?", " "]
    asyncio.run(RasaClauseIntents(urls=(rasa_url,))(clauses))
    assert len(_Rasa.seen) == MAX_CLAUSES


def test_settings_choose_the_servers(tmp_path: Path) -> None:
    single = clause_intents_for(temporary_settings(tmp_path, bind_host="0.0.0.0", rasa_port=5111))
    assert single == RasaClauseIntents(urls=("http://127.0.0.1:5111",), token=None)
    scaled = clause_intents_for(
        temporary_settings(
            tmp_path, rasa_instances=2, instance_base_port=16000, rasa_auth_token="t"
        )
    )
    assert scaled == RasaClauseIntents(
        urls=("http://127.0.0.1:16000", "http://127.0.0.1:16001"), token="t"
    )
    off = clause_intents_for(temporary_settings(tmp_path, clause_nlu=False))
    assert isinstance(off, NoClauseIntents)
    assert asyncio.run(off(["will PDs see the fail?"])) == {}
