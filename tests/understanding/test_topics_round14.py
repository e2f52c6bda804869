"""Round 14 main-topic rules (dev_tune_14/15): the main question marked inside a story clause
("... but my real question is ...", Taglish "ang main question ko"), the options after no match,
one count per route, an age limit, a score asked in Hinglish, the interviewer's "why not IR?",
and another specialty's requirements. Each with paraphrases and near misses."""

from __future__ import annotations

import pytest

from bot.understanding import understand
from bot.understanding.questions import _TAG_QUESTION, states_facts
from bot.understanding.topics import ranked_topics


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the options after no match are plan B
        ("if i dont match anything in march wat r my options realistically", "ask_contingency"),
        ("if I don't match this year what are my options?", "ask_contingency"),
        ("if we didn't match, what next?", "ask_contingency"),
        # one count per route is one application-count question
        ("how many DR, how many prelim", "ask_application_count"),
        ("how many IR and how many DR should I apply to?", "ask_application_count"),
        ("how many prelims, how many TY?", "ask_application_count"),
        # the applicant's age weighed
        ("is there an age limit for rads?", "ask_gaps"),
        ("is there any age cutoff for DR residency?", "ask_gaps"),
        ("am I too old for radiology at 41?", "ask_gaps"),
        # how high a score must be, in Hinglish
        ("bhai IR ke liye CK kitna chahiye realistically??", "ask_usmle"),
        ("DR ke liye kitna score chahiye?", "ask_usmle"),
        # the interviewer's "why not IR?": the DR answer of an IR applicant
        ("and what if they ask 'why radiology and not IR'", "ask_dr_framing"),
        ("what do I say when they ask why not IR directly?", "ask_dr_framing"),
        ("how to handle 'why DR instead of IR' at a DR interview?", "ask_dr_framing"),
        # another specialty's requirements are not ours, even when switching to it
        (
            "honestly thinking of switching to anesthesia instead, what CK do IMGs need for gas?",
            "out_of_scope",
        ),
        ("im thinking of moving to psychiatry, what score do i need for it", "out_of_scope"),
    ],
)
def test_main_topic(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("what if I don't match?", "ask_contingency"),
        ("how many prelim programs should I apply to?", "ask_application_count"),
        ("how many prelim years do I need?", "ask_prelim"),
        ("will my 2012 YOG filter me out?", "ask_gaps"),
        ("what CK do I need for IR?", "ask_usmle"),
        ("any tips for virtual interviews for DR?", "ask_interview"),
        # another specialty as radiology's plan B stays plan B
        ("thinking of switching to anesthesia, is that a smart backup?", "ask_contingency"),
        ("should I switch to IM or pathology?", "ask_contingency"),
        ("if I don't match DR should I switch to FM, what do I need for that?", "ask_contingency"),
    ],
)
def test_near_misses(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (
            "ok so i have step 1 pass and ck 238 and 2 months usce in IM... but my real question"
            " is can i even apply integrated IR or shud i only go DR",
            "ask_pathway",
        ),
        (
            "I have 3 months USCE and 2 IR letters but my main question is how many programs",
            "ask_application_count",
        ),
        (
            "CK 245, 1 pub, need J1 and the real question is which programs sponsor J1",
            "ask_programs",
        ),
        (
            "Should I signal integrated IR or DR lang? kelan ba dapat humingi ng LOR? pero ang main"
            " question ko talaga, with a step 1 retake ano realistic chances ko sa DR?",
            "ask_chances",
        ),
    ],
)
def test_marked_main_question_inside_a_clause(text: str, main: str) -> None:
    assert understand(text).questions[0].topic == main


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # no mark: the clause's own strongest topic stays first
        ("i have 2 months usce in IM, can i even apply integrated IR or only DR?", "ask_pathway"),
        ("my main question is how many programs should I apply to?", "ask_application_count"),
        ("how many DR programs should I apply to? also which sponsor J1?", "ask_application_count"),
    ],
)
def test_unmarked_or_leading_mark_unchanged(text: str, main: str) -> None:
    assert understand(text).questions[0].topic == main


def test_options_without_question_mark_ask() -> None:
    assert [q.topic for q in understand("if i dont match wat r my options").questions] == [
        "ask_contingency"
    ]


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the advanced spot matched without its first year is the prelim question
        ("if i match DR but not a prelim year what happens??", "ask_prelim"),
        ("what if I matched an advanced spot but not a TY?", "ask_prelim"),
        # letters weighed by where they came from
        (
            "Will programs take observership letters seriously, or do they discount them?",
            "ask_letters",
        ),
        ("are LORs from an observership worth anything?", "ask_letters"),
        # time away explained
        ("How do I explain the 5 months off, and do I need another prelim year?", "ask_gaps"),
        ("how should i explain 8 months away from clinical work", "ask_gaps"),
        # after failed cycles, a way forward is plan B
        ("Is there any way forward or should I just stop?", "ask_contingency"),
        ("is there some way out of this after 3 cycles?", "ask_contingency"),
        # how to gain hands-on experience
        (
            "What can I realistically do in the next 3-4 months to get hands-on experience?",
            "ask_clinical_experience",
        ),
        ("how do i find hands-on rotations as an IMG?", "ask_clinical_experience"),
        # a lack held as the condition of a judged score is not asked
        ("Is 251 enough for integrated IR with no research?", "ask_usmle"),
        ("is 245 ok for DR without any pubs?", "ask_usmle"),
    ],
)
def test_main_topic_second_round(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("what happens if I match DR but not IR?", "ask_contingency"),
        ("how do I explain my gap in the interview?", "ask_interview"),
        ("do observerships or externships count more?", "ask_observership"),
        ("how important is research for IR?", "ask_research"),
        ("can I match IR with no research?", "ask_chances"),
        ("what are my chances realistically?", "ask_chances"),
    ],
)
def test_near_misses_second_round(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the odds of the writer's own case
        ("does anyone actually make it from where I am?", "ask_chances"),
        ("has anybody ever matched with stats like mine... am i cooked?", "ask_chances"),
        ("do IMGs really get in from my situation?", "ask_chances"),
        # a dependant's visa to train on
        ("Is my J2 EAD enough to start residency or do I need my own J1?", "ask_visa"),
        ("can I start residency on H4 or do I need to change visa?", "ask_visa"),
        # what was told, explained in the application
        ("and how do i explain it in my application", "ask_gaps"),
        ("how should I explain that on ERAS?", "ask_gaps"),
    ],
)
def test_main_topic_third_round(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("how do I explain it in the interview?", "ask_interview"),
        ("can my wife on H4 EAD work?", "out_of_scope"),
        ("what are my chances?", "ask_chances"),
    ],
)
def test_near_misses_third_round(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # a question opened inside a story clause asks what follows it
        (
            "so i did my full 12 month prelim medicine year in ohio that ended in june and now im"
            " just studying at home and i want to know if this gap will hurt me",
            "ask_gaps",
        ),
        (
            "finished my prelim surgery year and did 2 IR electives and i was wondering if my"
            " letters from surgery will count",
            "ask_letters",
        ),
        # a number of programs judged names its own topic, whatever the message said before
        (
            "Budget is tight, about $6k. Is 80 DR enough, and can I afford 20 prelims?",
            "ask_application_count",
        ),
    ],
)
def test_question_inside_a_story(text: str, main: str) -> None:
    assert understand(text).questions[0].topic == main


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("i want to know if my gap will hurt me", "ask_gaps"),  # the opener leads: unchanged
        ("I have 1 IR and 2 IM letters. Are 3 enough?", "ask_letters"),  # elliptic: what was listed
    ],
)
def test_question_inside_a_story_near_misses(text: str, main: str) -> None:
    assert understand(text).questions[0].topic == main


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the count weighed after numbers of programs were told
        ("What number makes sense for me?", "ask_application_count"),
        ("what number should i apply to, 60 or 100?", "ask_application_count"),
        ("so what count is reasonable?", "ask_application_count"),
    ],
)
def test_the_count_weighed(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    "clause",
    ["what number should I aim for on CK?", "what number of pubs makes sense for IR?"],
)
def test_a_number_of_something_else_is_not_the_count(clause: str) -> None:
    assert ranked_topics(clause)[:1] != ["ask_application_count"]


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # a search typed as a query asks outright, before a later question
        (
            "IR programs in the southeast that sponsor j1?? and how many should i apply to",
            "ask_programs",
        ),
        ("DR programs in Texas that take IMGs?? also how many should I apply to", "ask_programs"),
    ],
)
def test_a_search_typed_as_a_query_comes_first(text: str, main: str) -> None:
    assert understand(text).questions[0].topic == main


def test_facts_typed_as_a_question_still_state_facts() -> None:
    assert states_facts("Need advice: IMG, CK 232, no USCE.")
    assert not states_facts("IR programs in the southeast that sponsor j1??")


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # a remark said with a question mark comes after the real question
        (
            "my friend says 40, my uncle says 120. That's a huge range? What number makes sense?",
            "ask_application_count",
        ),
        ("this is so confusing? which programs sponsor J1?", "ask_programs"),
    ],
)
def test_a_remark_with_a_question_mark_comes_after(text: str, main: str) -> None:
    assert understand(text).questions[0].topic == main


def test_a_real_question_about_that_is_not_a_remark() -> None:
    assert not _TAG_QUESTION.search("is that a huge range?")
    assert not _TAG_QUESTION.search("that is too low?")
