"""bot.dialogue: the turn plan, the facts worth asking, the turn's own texts."""

from __future__ import annotations

from bot.dialogue import AdviceGoal, plan_turn
from bot.dialogue.goals import MAX_ASKED_FIELDS, fields_to_ask, missing_fields, parse_goal
from bot.dialogue.replies import also_asked, asking_next, command_reply, unplaced
from bot.dialogue.turn import answerable_topics
from bot.profile import ApplicantProfile
from bot.understanding import Command, Understanding, understand
from bot.understanding.models import Question
from bot.understanding.plan import TurnKind

ANSWERABLE = frozenset({"ask_pathway", "ask_usmle", "ask_letters", "ask_programs", "out_of_scope"})


def _asked(*topics: str) -> Understanding:
    return Understanding(questions=[Question(text="q?", topic=topic) for topic in topics])


def test_the_main_question_in_full_the_others_briefly() -> None:
    plan = plan_turn(_asked("ask_pathway", "ask_usmle", "ask_letters"), ANSWERABLE)
    assert plan.kind is TurnKind.ANSWER
    assert (plan.main, plan.also, plan.goal) == (
        "ask_pathway",
        ["ask_usmle", "ask_letters"],
        AdviceGoal.PATHWAY,
    )
    assert plan.answers_question


def test_a_topic_without_an_answer_is_named_not_replaced() -> None:
    plan = plan_turn(_asked("ask_esir", "ask_letters"), ANSWERABLE)
    assert (plan.main, plan.unanswered) == ("ask_letters", ["ask_esir"])
    alone = plan_turn(_asked("ask_esir"), ANSWERABLE)
    assert alone.kind is TurnKind.UNPLACED and alone.unanswered == ["ask_esir"]


def test_a_plain_question_has_no_goal() -> None:
    assert plan_turn(_asked("ask_usmle"), ANSWERABLE).goal is None


def test_commands_and_out_of_scope_keep_their_kind() -> None:
    assert plan_turn(understand("start over"), ANSWERABLE).command is Command.START_OVER
    assert plan_turn(_asked("out_of_scope"), ANSWERABLE).kind is TurnKind.OUT_OF_SCOPE


def test_at_most_three_facts_most_decisive_first() -> None:
    profile = ApplicantProfile.model_validate({"applicant_type": "non_us_img", "step1": "failed"})
    asked = fields_to_ask(AdviceGoal.PATHWAY, profile, decisive=["visa_need", "step2ck_score"])
    assert len(asked) == MAX_ASKED_FIELDS
    assert asked == ["visa_need", "step2ck_score", "us_ir_letters"]


def test_decisive_fields_lead_and_known_or_skipped_ones_are_not_asked() -> None:
    profile = ApplicantProfile.model_validate({"visa_need": "j1"})
    missing = missing_fields(
        AdviceGoal.PROGRAMS, profile, skipped=["preferred_regions"], decisive=["step2ck_score"]
    )
    assert missing == ["applicant_type", "step2ck_score"]  # the program list's own order
    pathway = missing_fields(AdviceGoal.PATHWAY, profile, decisive=["step2ck_score"])
    assert pathway[:2] == ["step2ck_score", "applicant_type"]


def test_an_unknown_goal_means_the_pathway() -> None:
    assert parse_goal(None) is AdviceGoal.PATHWAY
    assert parse_goal("programs") is AdviceGoal.PROGRAMS


def test_the_answerable_topics_include_the_registry_and_the_program_list() -> None:
    topics = answerable_topics()
    assert {"ask_pathway", "ask_letters", "ask_programs", "out_of_scope"} <= topics


def test_texts() -> None:
    assert also_asked(["ask_usmle"]).text.startswith("You also asked about ")
    assert [b.payload for b in also_asked(["ask_usmle"]).buttons] == ["/ask_usmle"]
    assert "3 quick questions" in asking_next(["step1", "step2ck_score", "visa_need"]).text
    assert unplaced().buttons
    assert "fresh start" in command_reply(Command.START_OVER).text
