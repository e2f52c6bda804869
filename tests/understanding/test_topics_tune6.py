"""Question phrasings from dev_tune_6's unplaced or misplaced questions (a tune file by a writer
who never saw the bot, 3 December): keyword topics, question shape, two alternatives in one
clause, elliptic questions and second topics; each with near misses, in other wording."""

from __future__ import annotations

import pytest

from bot.understanding import understand
from bot.understanding.alternatives import halves
from bot.understanding.ellipsis import elliptic_topic, is_elliptic
from bot.understanding.models import Distress
from bot.understanding.questions import is_question, states_facts
from bot.understanding.segments import clauses
from bot.understanding.signals import distress
from bot.understanding.topics import coarse, ranked_topics


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("how many radiology programs actually have ESIR?", "ask_esir"),
        ("Could I apply to DR from my TY year?", "ask_switching"),
        ("can I apply for radiology after quitting my surgery residency?", "ask_switching"),
        ("is it normal to hear nothing by November?", "ask_timeline"),
        ("can I still apply if my CK score comes back late?", "ask_timeline"),
        ("how many should I apply to?", "ask_application_count"),
        ("are there any programs that take older grads?", "ask_programs"),
        ("DR programs that are img friendly?", "ask_programs"),
        ("what's my chance for DR in Texas?", "ask_chances"),
        ("is integrated too ambitious for me?", "ask_chances"),
        ("will a 225 filter me out?", "ask_chances"),
        ("Kindly review", "ask_chances"),
        ("what is the fastest route for me?", "ask_pathway"),
        ("should I wait another year to apply?", "ask_pathway"),
        ("should I start applying?", "ask_pathway"),
        ("should I apply IR as a backup?", "ask_pathway"),
        ("should I move to IM instead?", "ask_contingency"),
        ("should I just give up?", "ask_contingency"),
        ("what other specialties are open to me?", "ask_contingency"),
        ("what can I do differently next cycle?", "ask_gaps"),
        ("what do I answer when programs ask about my gap year?", "ask_interview"),
        ("how should I explain the lack of USCE?", "ask_clinical_experience"),
        ("are two aways better than one?", "ask_clinical_experience"),
    ],
)
def test_a_tune6_phrasing_is_placed_on_its_topic(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("clause", "not_topic"),
    [
        ("how many DR programs should I apply to?", "ask_esir"),  # a count, no ESIR named
        ("best way to get LORs from US IR attendings?", "ask_pathway"),
        ("Is it better to apply in the midwest or northeast?", "ask_pathway"),
        ("I will go to the IM clinic in the morning", "ask_contingency"),
        ("how do I explain my interest in IR?", "ask_clinical_experience"),
        ("I ran away from home at 18", "ask_clinical_experience"),
    ],
)
def test_a_near_miss_keeps_off_the_new_topic(clause: str, not_topic: str) -> None:
    assert not_topic not in ranked_topics(clause)[:1]


def test_the_integration_example_stays_for_the_clause_nlu() -> None:
    # "tell them" is left to Rasa (tests/integration/test_clause_nlu.py)
    assert ranked_topics("What do I tell them when they ask why IR?") == []


# A lead-in before the question word keeps a question outright (answered first); "as an IMG
# with 240, ..." stays a question that states facts, answered after the outright ones.
@pytest.mark.parametrize(
    ("clause", "question", "weak"),
    [
        ("With a 228, is IR realistic?", True, False),
        ("Given my 2 year gap, which programs should I target?", True, False),
        ("If yes how many programs", True, False),
        ("My question: is 6 months of USCE enough?", True, False),
        ("or should I wait", True, False),
        ("As an IMG with 240 on CK, is DR realistic?", True, True),
        ("With 240 on CK I matched DR", False, True),
        ("if yes I will apply", False, False),
    ],
)
def test_lead_ins_before_the_question_word(clause: str, question: bool, weak: bool) -> None:
    assert is_question(clause) is question
    assert states_facts(clause) is weak


def test_a_question_after_and_does_is_cut() -> None:
    assert clauses("how long will it take and does J1 allow it?") == [
        "how long will it take",
        "and does J1 allow it?",
    ]
    assert clauses("I did 3 months and will do 2 more") == ["I did 3 months and will do 2 more"]


@pytest.mark.parametrize(
    ("clause", "cut"),
    [
        (
            "Is research enough or should I wait a year?",
            ("Is research enough", "should I wait a year?"),
        ),
        ("Is 2 years too long, or is 1 year enough?", ("Is 2 years too long", "is 1 year enough?")),
        ("IR or DR?", None),  # one word after "or": no alternative clause
        ("Should I apply now", None),
    ],
)
def test_the_last_or_cuts_two_alternatives(clause: str, cut: tuple[str, str] | None) -> None:
    assert halves(clause) == cut


def _topics(text: str) -> list[str]:
    return [coarse(topic) for topic in understand(text).topics]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # two alternatives on two topics ask both, in order
        (
            "Are 3 pubs enough or should I wait another year before applying?",
            ["ask_research", "ask_pathway"],
        ),
        ("Should I do another research year or start applying?", ["ask_research", "ask_pathway"]),
        ("Is there any hope for DR or should I just give up?", ["ask_chances", "ask_contingency"]),
        # a pattern across the "or" keeps one question about the routes
        ("is IR even possible for me or should i go DR first?", ["ask_pathway"]),
        # an elliptic alternative is the head's
        ("I have 5 pubs, is that enough for IR or do I need more?", ["ask_research"]),
        (
            "I can do a 2 year research job. Is 2 years too long, or is 1 year enough?",
            ["ask_research"],
        ),
    ],
)
def test_alternatives_in_one_clause(text: str, topics: list[str]) -> None:
    assert _topics(text)[: len(topics)] == topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Offers: an IR observership and an IM externship. Which one should I take?",
            "ask_clinical_experience",
        ),
        ("I will start an IR research fellowship. Will that boost my chances?", "ask_research"),
        ("Profile: YOG 2018, CK 240, 3 US letters, J1. enough for DR?", "ask_chances"),
        ("LoR x3 from US IR attendings, CK 243. Enough for IR?", "ask_letters"),  # not a profile
    ],
)
def test_an_elliptic_question_takes_its_referent(text: str, topic: str) -> None:
    assert _topics(text)[0] == topic


def test_new_elliptic_shapes_and_near_misses() -> None:
    assert is_elliptic("Which one should I take for DR?")
    assert is_elliptic("Will that boost chances?")
    assert is_elliptic("is 1 year too long?")
    assert not is_elliptic("Which programs should I take for DR?")
    assert not is_elliptic("Will that boost my chances at the top 10 IR programs in the northeast?")
    assert elliptic_topic(["CK 240, 3 letters, J1."], "enough for DR?") != "ask_chances"


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (
            "Should I mention IR in my DR personal statement?",
            {"ask_dr_framing", "ask_personal_statement"},
        ),
        ("Which programs sponsor H1B for DR?", {"ask_programs", "ask_visa"}),
    ],
)
def test_a_named_second_topic_is_asked_too(text: str, topics: set[str]) -> None:
    assert topics <= set(_topics(text))


def test_a_second_topic_not_named_is_not_added() -> None:
    assert _topics("Which programs take IMGs with a J1?") == ["ask_programs"]


# dev_tune_5's remaining general phrasings (3 December, second step), other wording.
@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("is it worth starting now?", "ask_pathway"),
        ("or just apply directly?", "ask_pathway"),
        ("will programs care about my gap if I did research?", "ask_gaps"),
        ("What do PDs think of a 6 year old CK score?", "ask_usmle"),
        ("which programs take foreign radiologists?", "ask_trained_radiologist"),
        ("kya 240 se IR mil jayega?", "ask_chances"),
    ],
)
def test_a_tune5_phrasing_is_placed_on_its_topic(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


def test_a_request_to_review_is_a_question_and_near_misses() -> None:
    assert is_question("Kindly review 🙏")
    assert ranked_topics("pls review") == ["ask_chances"]
    assert not is_question("I will review the programs later")
    assert ranked_topics("I care about the programs near my family") != ["ask_gaps"]


def test_a_judged_plan_takes_the_last_clause() -> None:
    # the last clause's topic (the research year), not the whole profile's heaviest (letters)
    text = "CK 250, 4 months USCE, 3 US letters. Planning an IR research year. is it a good idea?"
    assert _topics(text)[0] == "ask_research"
    assert is_elliptic("is that a smart move?")
    assert not is_elliptic("is it a good idea to do a prelim year first?")  # names its plan


# Distress and passive self-harm wishes worded as dev_tune_6 words them; near misses stay calm.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my family would be better off without me", Distress.SELF_HARM),
        ("some days I don't want to wake up", Distress.SELF_HARM),
        ("I'm so done with this match", Distress.DISTRESS),
        ("I am done with step 1, passed!", Distress.NONE),
        ("I'd be better off without a prelim year?", Distress.NONE),
        ("I want to take my time with the ERAS essays", Distress.NONE),
    ],
)
def test_distress_words(text: str, expected: Distress) -> None:
    assert distress(text) is expected
