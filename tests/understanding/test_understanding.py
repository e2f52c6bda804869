"""bot.understanding: clauses, question shape, topics, signals, ``understand`` and ``plan_kind``."""

from __future__ import annotations

import pytest

from bot.extraction import Extraction
from bot.understanding import Command, Distress, Understanding, understand
from bot.understanding.models import Question
from bot.understanding.plan import TurnKind, plan_kind
from bot.understanding.questions import is_question
from bot.understanding.segments import clauses
from bot.understanding.signals import command, distress
from bot.understanding.topics import coarse, ranked_topics

FLAGSHIP = (
    "Hi, IMG from India, grad 2025, step 1 pass first attempt, 266 on CK, need J1, "
    "2 US IR letters. Should I apply integrated IR?"
)


def test_a_long_post_is_cut_into_sentences_and_numbered_items() -> None:
    parts = clauses(
        "Hello! Im from Nigeria. Graduated 2020. Questions: 1) what are my chances for DR? "
        "2) how many programs? 3) when should i take step 3?"
    )
    assert parts[:3] == ["Hello!", "Im from Nigeria.", "Graduated 2020."]
    assert "1) what are my chances for DR?" in parts
    assert parts[-1] == "3) when should i take step 3?"


def test_also_and_semicolons_start_a_new_clause() -> None:
    assert clauses("is IR possible for me; also do i need step 3 for H1B?") == [
        "is IR possible for me",
        "also do i need step 3 for H1B?",
    ]


def test_empty_text_has_no_clauses() -> None:
    assert clauses("   ") == []


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        ("Should you use program signals?", True),
        ("whats a good CK score for IR", True),
        ("tips for my personal statement please", True),
        ("need J1, 2 US IR letters.", False),
        ("Graduated 2020.", False),
    ],
)
def test_question_shape(clause: str, asks: bool) -> None:
    assert is_question(clause) is asks


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("how many signals do we get for DR?", "ask_signals"),
        ("what's ESIR?", "ask_esir"),
        ("When is SOAP week?", "ask_timeline"),
        ("how much are ERAS fees per program?", "ask_costs"),
        ("prelim or TY for someone aiming at IR?", "ask_prelim"),
        ("how many LORs do I need?", "ask_letters"),
        ("Should I apply integrated IR?", "ask_pathway"),
        ("should I apply integrated IR next year or is DR only realistic??", "ask_pathway"),
        ("do i need step 3 before applying for H1B programs?", "ask_exam_timing"),
        ("can you recommend a good laptop?", "out_of_scope"),
    ],
)
def test_keyword_topics(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


def test_is_it_too_late_after_graduating_years_ago_asks_about_the_gaps() -> None:
    assert ranked_topics("And is it too late since I graduated 2019?")[0] == "ask_gaps"


def test_a_trained_radiologist_asking_to_skip_residency() -> None:
    clause = "Can I do IR fellowship in USA without doing residency again?"
    assert ranked_topics(clause)[0] == "ask_trained_radiologist"


def test_out_of_scope_only_when_no_topic_of_the_bot_matches() -> None:
    assert ranked_topics("do I need a J1 visa for DR?")[0] == "ask_visa"


@pytest.mark.parametrize(
    "clause",
    [
        "what is the best dermatology program for IMGs",
        "how many programs should I apply to for cardiology?",
        "is psychiatry easier to match as an IMG",
    ],
)
def test_another_specialty_is_out_of_scope_even_with_our_topic_words(clause: str) -> None:
    assert ranked_topics(clause) == ["out_of_scope"]


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("which radiology programs near a good cardiology department?", "ask_programs"),
        ("how many DR programs if I switch from neurology residency?", "ask_switching"),
    ],
)
def test_another_specialty_beside_radiology_keeps_our_topic(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


def test_nothing_placed_in_small_talk() -> None:
    assert ranked_topics("thank you so much") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm so stressed I can't sleep, I feel like giving up on everything", Distress.DISTRESS),
        ("sometimes i think about ending it all", Distress.SELF_HARM),
        ("how many programs should I apply to?", Distress.NONE),
    ],
)
def test_distress(text: str, expected: Distress) -> None:
    assert distress(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("start over", Command.START_OVER),
        ("cancel", Command.CANCEL),
        ("nvm", Command.CANCEL),
        ("Never mind.", Command.CANCEL),
        ("forget it", Command.CANCEL),
        ("forget it, what about signals?", None),
        ("stop asking me questions", Command.STOP_ASKING),
        ("just tell me", Command.JUST_TELL_ME),
        ("should I cancel my observership?", None),
    ],
)
def test_commands(text: str, expected: Command | None) -> None:
    assert command(text) is expected


def test_a_long_post_mentioning_restart_is_not_a_command() -> None:
    text = "I had to restart my research year after a visa problem, " * 3 + "what now?"
    assert command(text) is None


def test_the_flagship_opening_is_a_pathway_question_with_its_facts() -> None:
    understood = understand(FLAGSHIP)
    assert understood.main_topic == "ask_pathway"
    assert understood.facts.facts["step2ck_score"] == 266
    assert understood.facts.facts["visa_need"] == "j1"
    assert plan_kind(understood) is TurnKind.ANSWER


def test_three_questions_keep_their_order() -> None:
    understood = understand(
        "1) what are my chances for DR? 2) how many programs? 3) when should i take step 3?"
    )
    assert understood.topics == ["ask_chances", "ask_application_count", "ask_exam_timing"]


def test_two_topics_in_one_clause() -> None:
    assert understand("To how many programs and where should I apply?").topics == [
        "ask_application_count",
        "ask_programs",
    ]


def test_facts_given_by_the_caller_are_not_extracted_again() -> None:
    given = Extraction(facts={"step2ck_score": 250})
    assert understand("CK 231. chances?", facts=given).facts is given


def test_the_classifier_places_a_clause_the_keywords_cannot() -> None:
    understood = understand("how does it work for me?", classify=lambda clause: "ask_pathway")
    assert understood.main_topic == "ask_pathway"


def test_the_message_intent_is_the_last_resort_and_limited_to_answer_topics() -> None:
    text = "hmm what about me?"
    assert understand(text, message_intent="ask_chances").main_topic == "ask_chances"
    limited = understand(text, message_intent="greet", answer_topics={"ask_chances"})
    assert limited.main_topic is None
    assert limited.unplaced


def test_a_statement_classified_as_a_question_becomes_that_question() -> None:
    understood = understand("tell", message_intent="ask_visa")
    assert understood.topics == ["ask_visa"]


@pytest.mark.parametrize(
    ("understood", "kind"),
    [
        (Understanding(distress=Distress.SELF_HARM), TurnKind.SELF_HARM),
        (Understanding(distress=Distress.DISTRESS), TurnKind.DISTRESS),
        (Understanding(command=Command.CANCEL), TurnKind.COMMAND),
        (
            Understanding(questions=[Question(text="x", topic="out_of_scope")]),
            TurnKind.OUT_OF_SCOPE,
        ),
        (Understanding(facts=Extraction(facts={"step2ck_score": 240})), TurnKind.FACTS),
        (Understanding(questions=[Question(text="x?")]), TurnKind.UNPLACED),
        (
            Understanding(
                distress=Distress.DISTRESS, questions=[Question(text="x", topic="ask_chances")]
            ),
            TurnKind.ANSWER,
        ),
    ],
)
def test_plan_kind(understood: Understanding, kind: TurnKind) -> None:
    assert plan_kind(understood) is kind


def test_a_confident_nlu_intent_the_keywords_missed_is_added_last() -> None:
    text = "how many LORs do I need? also is my profile ok for this"
    added = understand(text, message_intent="ask_gaps", message_confidence=0.9)
    assert added.topics == ["ask_letters", "ask_gaps"]
    unsure = understand(text, message_intent="ask_gaps", message_confidence=0.6)
    assert unsure.topics == ["ask_letters"]
    not_a_question = understand(text, message_intent="inform", message_confidence=0.99)
    assert not_a_question.topics == ["ask_letters"]


@pytest.mark.parametrize(
    ("clause", "finer", "parent"),
    [
        ("when should i take step 3?", "ask_exam_timing", "ask_usmle"),
        ("I'm a DO student, is COMLEX enough?", "ask_do_comlex", "ask_usmle"),
        ("can I switch from IM residency to DR?", "ask_switching", "ask_pathway"),
        (
            "I am a radiologist trained abroad, can I work in the US?",
            "ask_trained_radiologist",
            "ask_pathway",
        ),
        ("research positions for IMGs, how to find one?", "ask_research_position", "ask_research"),
        (
            "observership vs externship, which is better?",
            "ask_observership",
            "ask_clinical_experience",
        ),
    ],
)
def test_finer_topics_refine_an_nlu_intent(clause: str, finer: str, parent: str) -> None:
    assert ranked_topics(clause)[0] == finer
    assert coarse(finer) == parent
    assert coarse(parent) == parent


def test_the_nlu_parent_of_a_placed_finer_topic_is_not_added_again() -> None:
    understood = understand(
        "when should i take step 3?", message_intent="ask_usmle", message_confidence=0.99
    )
    assert understood.topics == ["ask_exam_timing"]


def test_a_question_that_only_states_facts_comes_after_an_outright_one() -> None:
    text = (
        "Need advice: Indian IMG, CK 232, no USCE, H1B needed. chances for DR? "
        "should I do research year first?"
    )
    assert understand(text).topics[:2] == ["ask_chances", "ask_research"]
    # "??" after a list of facts, a real question before it: the real one is the main one.
    text = "IMG, CK 236, 6 months usce as research assistant?? how many programs should I apply to?"
    assert understand(text).main_topic == "ask_application_count"
    # Only fact-stating questions: their order is kept.
    assert understand("CK 236, 6 months usce??").questions[0].text.startswith("CK 236")


def test_a_message_with_only_a_fact_to_confirm_is_confirmed_not_unplaced() -> None:
    understood = understand("I will get an IR letter next month")
    assert understood.facts.uncertain and plan_kind(understood) is TurnKind.FACTS


def test_how_many_counts_the_noun_it_names() -> None:
    assert ranked_topics("how many IR letters vs DR letters is ideal?")[0] == "ask_letters"
    assert ranked_topics("how many DR programs should I apply to?")[0] == "ask_application_count"
    assert ranked_topics("how many IR and DR should I apply to")[0] == "ask_application_count"


def test_what_went_wrong_asks_about_the_weak_points() -> None:
    assert understand("applied last year, no match. what went wrong?").main_topic == "ask_gaps"
    assert ranked_topics("why didn't I match?")[0] == "ask_gaps"
