"""Round 16 topic rules (dev_tune_18/19/20): the IR goal told to DR interviewers, "how many"
in the writer's own language, signals with any modal, another specialty weighed when ours fails,
a green card started and its steps, questions marked off topic, information asked for, the
calendar of invitations and months, the letter as an experience's condition, the statement as a
document, and what to do now after an unmatched cycle. Each with paraphrases and near misses."""

from __future__ import annotations

import pytest

from bot.understanding import OUT_OF_SCOPE, understand
from bot.understanding.questions import is_question
from bot.understanding.topics import ranked_topics


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the IR goal told to DR interviewers or programs is the DR framing
        ("Is it bad to tell DR interviewers that my final goal is IR?", "ask_dr_framing"),
        ("should I admit to DR programs that I really want IR?", "ask_dr_framing"),
        ("can I mention to radiology PDs that interventional is my dream?", "ask_dr_framing"),
        # near misses: something else told to DR programs, or interviewers alone
        ("should I tell DR programs about my step 1 fail?", "ask_usmle"),
        ("what do DR interviewers ask IMGs?", "ask_interview"),
    ],
)
def test_ir_goal_told_to_dr(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # "how many programs" in Tagalog, Hinglish, Spanish
        ("Ilang programs po dapat i-apply for DR?", "ask_application_count"),
        ("kitne programs me apply karu for DR?", "ask_application_count"),
        ("cuantos programas de DR debo aplicar?", "ask_application_count"),
        # the programs named before: "how many of them should I apply to?"
        ("And how many of them should I apply to?", "ask_application_count"),
        # near misses: the same words about signals, letters, or which programs
        ("ilang signals po?", "ask_signals"),
        ("how many of them sponsor J1?", "ask_visa"),
        ("how many letters should I apply with?", "ask_letters"),
    ],
)
def test_how_many_programs(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # signals asked with any modal and a short subject
        ("How many programs may a radiology applicant signal this season?", "ask_signals"),
        ("how many programs could an IMG signal?", "ask_signals"),
        # near misses: the count applied to stays the count
        ("How many programs may a radiology applicant apply to?", "ask_application_count"),
        ("how many programs should an IMG apply to?", "ask_application_count"),
    ],
)
def test_signals_any_modal(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    "clause",
    [
        # another specialty weighed, ours only as the failed condition
        "if IR really doesnt work out, is anesthesia easier to match for IMGs?",
        "If radiology fails, is neurology easier for IMGs?",
        # a green card started or sponsored for one, and how its steps go
        "can a residency program start a green card for you while you're on H1B?",
        "how long does PERM take these days?",
        "will my employer sponsor my green card?",
    ],
)
def test_out_of_scope(clause: str) -> None:
    assert ranked_topics(clause) == [OUT_OF_SCOPE]


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # near misses: the other specialty as radiology's plan B stays ours
        ("if IR doesnt work out, should I switch to anesthesia?", "ask_contingency"),
        ("if IR doesnt work out, is anesthesia a good backup?", "ask_contingency"),
        # a green card held, or a step of it pending, is a fact
        ("As a green card holder, do I need a visa?", "ask_visa"),
        ("GC in process (I-485 pending), will I need a visa for residency?", "ask_visa"),
    ],
)
def test_out_of_scope_near_miss(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        # the writer marks the question off topic, before, in or after it
        ("whats the best monitor setup to practice reading CTs at home? sorry off topic", None),
        ("Off topic, which laptop bag do residents like?", None),
        # near miss: a question the keywords place keeps its topic
        ("sorry off topic but how many programs should I apply to?", "ask_application_count"),
    ],
)
def test_marked_off_topic(message: str, topic: str | None) -> None:
    assert understand(message).topics[0] == (topic or OUT_OF_SCOPE)


def test_unmarked_unplaced_question_stays_unplaced() -> None:
    assert understand("whats the best monitor setup to practice reading CTs at home?").topics == []


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        # information asked for, and a question after "general question,"
        ("I just want general info about how signals work", True),
        ("need some information on ESIR", True),
        ("general question, can a residency program sponsor H1B?", True),
        # near misses: information had, a profile heading, a question bank
        ("I got some info about signals from a friend", False),
        ("info about me: IMG, CK 240", False),
        ("My general question bank is UWorld.", False),
    ],
)
def test_request_shapes(clause: str, asks: bool) -> None:
    assert is_question(clause) is asks


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the calendar: which month, at what point one applies, when invitations are sent
        (
            "By which month should my Step 2 CK score be released to be safe for ERAS?",
            "ask_timeline",
        ),
        ("at what point during DR residency does one apply for Independent IR?", "ask_timeline"),
        ("When do DR programs usually send interview invitations?", "ask_timeline"),
    ],
)
def test_calendar(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    "clause",
    [
        # near misses: the exam's month told, what is sent after interviews
        "I took CK in March, is 240 enough?",
        "how do I send a thank you note after interviews?",
        "at what point is my CK too old?",
    ],
)
def test_calendar_near_miss(clause: str) -> None:
    assert ranked_topics(clause)[:1] != ["ask_timeline"]


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the letter as the condition of an experience weighed
        (
            "Is an IR elective without a letter still worth it, or is an observership that "
            "comes with a letter better?",
            "ask_clinical_experience",
        ),
        ("is an observership with a LOR worth it?", "ask_clinical_experience"),
        # near miss: the letter itself weighed
        ("does a letter from an observership count?", "ask_letters"),
        # the statement as a document: one or separate ones
        (
            "Should I write one statement for Integrated IR and a separate one for DR?",
            "ask_personal_statement",
        ),
        # the chances given up on
        ("is IR completely dead for me now?", "ask_chances"),
        ("is radiology totally finished for us?", "ask_chances"),
    ],
)
def test_experience_statement_chances(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # near misses: a statement the program wrote, a dead end of the route
        ("the program statement says they sponsor J1, is that true?", "ask_personal_statement"),
        ("is IR a dead end for DR residents?", "ask_chances"),
    ],
)
def test_experience_statement_chances_near_miss(clause: str, topic: str) -> None:
    assert topic not in ranked_topics(clause)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        # what to do now after an unmatched cycle, with a word of doubt or in Hinglish
        ("unmatched for the third time this March. what should i even do now", "ask_contingency"),
        (
            "Last cycle 4 DR interviews, matched nowhere. no match. Ab kya change karu?",
            "ask_contingency",
        ),
    ],
)
def test_what_now_after_unmatched(message: str, topic: str) -> None:
    assert understand(message).topics[0] == topic


def test_what_now_without_unmatched_is_not_plan_b() -> None:
    assert "ask_contingency" not in understand("CK 240. what should i even do now").topics


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # moving into radiology from another residency: switching, not the PGY-1 year it names
        ("Is it realistic to switch into DR from IM after intern year?", "ask_switching"),
        ("can I move into radiology from my FM residency?", "ask_switching"),
        ("how hard is it to transfer to rads from general surgery?", "ask_switching"),
        # near misses: no residency left behind, or the intern year itself asked
        ("I want to switch into IR, what do I need?", "ask_pathway"),
        ("do I need an intern year before DR?", "ask_prelim"),
    ],
)
def test_moving_in_from_another_residency(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic
