"""Whole conversations through the REST channel of the real Rasa + action server (``make run``).

Each test asserts what the user sees (replies, buttons) and what Rasa keeps (the tracker's slots
from ``GET /conversations/{sender}/tracker``, the rows of the SQL databases). The last test
restarts both servers and checks that the conversations are still there. The stack is the
session's shared one (tests/conftest.py).
"""

from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
from typing import Any

import httpx
import pytest
import yaml
from support.replies import all_text, buttons, new_sender
from support.stack import ROOT, ProductStack
from support.waiting import wait_until

from actions.slots import PATHWAY_FIELDS, PROGRAM_FIELDS
from bot.dialogue import MAX_ASKED_FIELDS
from bot.report import Pathway

pytestmark = pytest.mark.integration

ADVISOR = str(ROOT / ".venv" / "bin" / "advisor")

PATHWAYS = {pathway.value for pathway in Pathway}

# How a user answers each question: typed text, or the title of the button to tap.
TYPED_ANSWERS: dict[str, str] = {
    "step2ck_score": "I got 251",
    "us_ir_letters": "1",
    "us_dr_letters": "2 letters",
    "ir_publications": "3 publications",
    "usce_months": "4 months",
    "graduation_year": "2021",
    "match_cycles": "0",
}
BUTTON_ANSWERS: dict[str, str] = {
    "applicant_type": "Non-US IMG",
    "step1": "Passed, first attempt",
    "visa_need": "J-1",
    "preferred_regions": "Northeast",
    "cycle_stage": "Not applied yet",  # asked first while a season is under way
}


# The form's questions as the domain words them (their first line).
QUESTION_TEXT = {
    name.removeprefix("utter_ask_"): variants[0]["text"]
    for name, variants in yaml.safe_load((ROOT / "domain.yml").read_text())["responses"].items()
    if name.startswith("utter_ask_")
}


def requested(stack: ProductStack, sender: str) -> str | None:
    value = stack.slots(sender).get("requested_slot")
    return str(value) if value else None


def answer(
    stack: ProductStack, sender: str, field: str, replies: list[dict[str, Any]]
) -> list[dict]:
    """Answer the question for ``field`` the way a user would (typing or tapping)."""
    if field in BUTTON_ANSWERS:
        choices = buttons(replies)
        assert BUTTON_ANSWERS[field] in choices, f"no button for {field}: {choices}"
        return stack.say(sender, choices[BUTTON_ANSWERS[field]])
    return stack.say(sender, TYPED_ANSWERS[field])


def past_the_stage(
    stack: ProductStack, sender: str, replies: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """While a season is under way (the server's real date) the stage is asked first: answer it."""
    if requested(stack, sender) == "cycle_stage":
        return answer(stack, sender, "cycle_stage", replies)
    return replies


def fill_form(
    stack: ProductStack, sender: str, replies: list[dict], limit: int = 15
) -> tuple[list, list]:
    """Answer every question until the form ends; returns (fields asked, last replies)."""
    asked: list[str] = []
    for _ in range(limit):
        field = requested(stack, sender)
        if field is None:
            return asked, replies
        assert "I don't know yet" in buttons(replies), f"no skip button for {field}"
        asked.append(field)
        replies = answer(stack, sender, field, replies)
    raise AssertionError(f"the form did not end: asked {asked}")


def tracker_rows(stack: ProductStack, sender: str) -> int:
    with sqlite3.connect(stack.tracker_file) as db:
        query = "SELECT count(*) FROM events WHERE sender_id = ?"
        return int(db.execute(query, (sender,)).fetchone()[0])


def stored_profile(stack: ProductStack, sender: str) -> str | None:
    with sqlite3.connect(stack.database_file) as db:
        row = db.execute(
            "SELECT profile FROM applicant_profiles WHERE sender_id = ?", (sender,)
        ).fetchone()
    return None if row is None else str(row[0])


PATHWAY_SENDER = new_sender("pathway")
CORRECTION_SENDER = new_sender("correct")


def test_pathway_question_asks_what_matters_then_advises(stack: ProductStack):
    replies = stack.say(PATHWAY_SENDER, "should I apply Integrated IR?")
    asked, replies = fill_form(stack, PATHWAY_SENDER, replies)
    # Answered first, then at most three facts that would change the answer, one at a time.
    assert 1 <= len(asked) <= MAX_ASKED_FIELDS and set(asked) <= set(PATHWAY_FIELDS)
    text = all_text(replies)
    assert "Your best route" in text
    assert "Integrated IR" in text
    assert buttons(replies), "the advice ends with what to do next"
    slots = stack.slots(PATHWAY_SENDER)
    assert slots["recommended_pathway"] in PATHWAYS
    assert all(slots[field] is not None for field in asked)
    assert stored_profile(stack, PATHWAY_SENDER) is not None


def test_facts_first_correction_outside_and_inside_the_form(stack: ProductStack):
    sender = CORRECTION_SENDER
    replies = stack.say(sender, "I got 251 on step 2 and passed step 1 first try")
    assert "251" in all_text(replies)
    replies = stack.say(sender, "actually it was 248")
    text = all_text(replies)
    assert "Updated" in text and "248" in text and "251" in text
    assert stack.slots(sender)["step2ck_score"] == 248
    # Known facts are not asked again.
    replies = past_the_stage(stack, sender, stack.say(sender, "which pathway fits me?"))
    first = requested(stack, sender)
    assert first == "applicant_type"
    replies = answer(stack, sender, "applicant_type", replies)
    asking = requested(stack, sender)
    assert asking not in {"applicant_type", "step1", "step2ck_score"}  # those were known
    # A correction mid-form: said, applied, and the same question again.
    replies = stack.say(sender, "sorry, my step 2 ck was 250 not 248")
    text = all_text(replies)
    assert "Updated" in text and "250" in text
    assert stack.slots(sender)["step2ck_score"] == 250
    assert requested(stack, sender) == asking
    asked, replies = fill_form(stack, sender, replies)
    assert "step2ck_score" not in asked and "step1" not in asked
    assert stack.slots(sender)["recommended_pathway"] in PATHWAYS


def test_skipping_and_impossible_values_never_get_stuck(stack: ProductStack):
    sender = new_sender("skip")
    replies = stack.say(sender, "I'm a non-US IMG. which programs should I apply to?")
    assert requested(stack, sender) == PROGRAM_FIELDS[0] == "visa_need"
    replies = stack.say(sender, "/skip")
    assert requested(stack, sender) == "preferred_regions"
    replies = answer(stack, sender, "preferred_regions", replies)
    assert requested(stack, sender) == "step2ck_score"  # the third (and last) fact asked
    for attempt in (1, 2):
        replies = stack.say(sender, "my step 2 ck is 320")
        assert "300" in all_text(replies), "the refusal names the valid range"
        assert requested(stack, sender) == "step2ck_score", "asked again"
        assert stack.slots(sender)["failed_attempts"] == attempt
    replies = stack.say(sender, "320")  # third failure in a row: move on
    text = all_text(replies)
    assert "leave" in text.lower()
    slots = stack.slots(sender)
    assert slots["step2ck_score"] is None
    assert set(slots["skipped_fields"]) == {"visa_need", "step2ck_score"}
    assert "Programs 1-" in text
    more = buttons(replies)
    payload = next(p for t, p in more.items() if t.startswith("More programs"))
    replies = stack.say(sender, payload)
    assert "Programs 6-" in all_text(replies)


def test_question_during_the_form_is_answered_and_the_form_resumes(stack: ProductStack):
    sender = new_sender("faq")
    replies = past_the_stage(stack, sender, stack.say(sender, "should I apply Integrated IR?"))
    # The button sends exactly what the next line types (domain.yml doubles the braces so that
    # Rasa's slot interpolation leaves the JSON alone, without logging an error).
    assert buttons(replies)["Non-US IMG"] == '/inform{"applicant_type":"non_us_img"}'
    assert "interpolator" not in stack.log_path.read_text(errors="replace")
    replies = stack.say(sender, '/inform{"applicant_type":"non_us_img"}')
    asking = requested(stack, sender)
    assert asking is not None
    replies = stack.say(sender, "how many research publications do I need for IR?")
    text = all_text(replies)
    assert "publication" in text.lower()
    assert requested(stack, sender) == asking, "the form asks its question again"
    assert replies[-1]["text"] == QUESTION_TEXT[asking]


def parsed_intent(stack: ProductStack, text: str) -> str:
    response = httpx.post(
        f"{stack.rasa_url}/model/parse", json={"text": text}, params=stack.api_params, timeout=30
    )
    response.raise_for_status()
    return str(response.json()["intent"]["name"])


def test_unclear_message_gets_a_plain_question_never_an_intent_name(stack: ProductStack):
    sender = new_sender("unclear")
    # Which strings the classifier is unsure about depends on the trained model: ask Rasa's NLU
    # for one that falls back rather than hard-coding it.
    candidates = ["the thing with the stuff", "lol ok so", "qwerty", "kjh", "asdf qwer zxcv"]
    unclear = next(text for text in candidates if parsed_intent(stack, text) == "nlu_fallback")
    replies = stack.say(sender, unclear)
    text = all_text(replies)
    assert "not sure what you're asking" in text, text  # short and honest, no guessing
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), "an intent identifier reached the user"
    payloads = set(buttons(replies).values())
    assert payloads, "the question offers choices"
    # Tapping a topic leaves the fallback and answers it.
    topic = sorted(p for p in payloads if p != "/out_of_scope")[0]
    replies = stack.say(sender, topic)
    assert all_text(replies)
    assert stack.tracker(sender).get("active_loop", {}).get("name") != "action_two_stage_fallback"


def test_advisor_chat_in_a_terminal(stack: ProductStack):
    """``advisor chat`` as a subprocess: buttons are numbered, a number sends the payload."""
    sender = new_sender("terminal")
    result = subprocess.run(
        [ADVISOR, "chat", "--url", stack.rasa_url, "--sender", sender],
        input="hi\n1\n/quit\n",
        env={**stack.env, "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    output = result.stdout
    assert "IR Match Advisor" in output, output
    assert "  1. Which pathway fits me?" in output, output
    # "1" picked the first button: Rasa received its payload and the form asked a question.
    assert "/ask_pathway" in stack.user_texts(sender)
    assert stack.slots(sender)["requested_slot"], output


def test_forget_me_erases_slots_profile_and_tracker_rows(stack: ProductStack):
    sender = PATHWAY_SENDER
    assert tracker_rows(stack, sender) > 0 and stored_profile(stack, sender) is not None
    replies = stack.say(sender, "forget me")
    assert "erased" in all_text(replies)
    assert wait_until(lambda: tracker_rows(stack, sender) == 0)
    assert stored_profile(stack, sender) is None
    slots = stack.slots(sender)
    assert slots["step2ck_score"] is None and slots["recommended_pathway"] is None
    # The next message starts afresh and stays fresh.
    replies = stack.say(sender, "what do you know about me?")
    assert "don't know anything" in all_text(replies)


def test_conversations_survive_a_restart_of_both_servers(stack: ProductStack):
    """Stopped the way a service manager stops it (SIGTERM to make alone), then started again:
    the shared stack serves the later tests. (Ctrl-C to the whole group, with the same check for
    orphans, is tests/scaled/test_production_stores.py's restart.)"""
    sender = CORRECTION_SENDER
    before = stack.slots(sender)
    assert before["step2ck_score"] == 250
    assert stack.process is not None
    pid = stack.process.pid
    stack.process.send_signal(signal.SIGTERM)
    stack.process.wait(timeout=40)
    stack.process = None
    assert stack.orphans() == [], f"processes left after SIGTERM to make ({pid}):\n{stack.log()}"
    stack.start()
    after = stack.slots(sender)
    for field in (*PATHWAY_FIELDS, "recommended_pathway"):
        assert after[field] == before[field], field
    replies = stack.say(sender, "what do you know about me?")
    assert "250" in all_text(replies)
