"""Program questions as new users ask them, answered from the project's knowledge base."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from bot.answers.programs import program_answer_messages
from bot.db import make_engine, transaction
from bot.kb.loader import default_knowledge_dir, load
from bot.profile import ApplicantProfile
from bot.programs.catalog import CatalogCache
from bot.programs.models import Tier, Track
from bot.programs.service import ProgramAnswer, answer_program_question
from bot.strategy import advise

PROFILE = ApplicantProfile.model_validate(
    {
        "applicant_type": "non_us_img",
        "visa_need": "h1b",
        "step2ck_score": 255,
        "us_ir_letters": 1,
    }
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('q') / 'kb.db'}")
    load(engine, default_knowledge_dir())
    yield engine
    engine.dispose()


def ask(engine: Engine, text: str, profile: ApplicantProfile = PROFILE) -> ProgramAnswer:
    with transaction(engine) as session:
        return answer_program_question(
            session, profile, advise(profile), text, cache=CatalogCache()
        )


def test_houston_only_gives_houston_programs(engine: Engine) -> None:
    answer = ask(engine, "Houston only")
    assert answer.result is not None and answer.result.items
    assert {item.city for item in answer.result.items} <= {"Houston", "Pasadena", "Kingwood"}


def test_near_chicago_is_near_chicago(engine: Engine) -> None:
    answer = ask(engine, "programs near Chicago")
    assert answer.result is not None and answer.result.items
    assert {item.state for item in answer.result.items} <= {"IL", "IN", "WI"}
    assert not {"Des Moines", "Port Huron"} & {item.city for item in answer.result.items}


def test_h1b_sponsors_near_chicago_in_one_turn(engine: Engine) -> None:
    answer = ask(engine, "which programs sponsor H-1B near Chicago?")
    assert answer.result is not None
    assert all(item.state in ("IL", "IN", "WI") for item in answer.result.items)
    assert answer.result.notes.sponsor_unknown > 0
    messages, _ = program_answer_messages(answer, offset=0, page_size=5, profile=PROFILE)
    assert "H-1B" in messages[0].text and "no H-1B fact" in messages[0].text


def test_integrated_ir_programs_when_asked(engine: Engine) -> None:
    answer = ask(engine, "show me the integrated IR programs")
    assert answer.result is not None and answer.result.items
    assert {item.track for item in answer.result.items} == {Track.INTEGRATED_IR}


def test_a_named_program_gets_its_own_answer(engine: Engine) -> None:
    answer = ask(engine, "what about Emory?")
    assert answer.about and "Emory" in answer.about[0].name
    messages, _ = program_answer_messages(answer, offset=0, page_size=5, profile=PROFILE)
    assert "Emory" in messages[0].text
    assert all(len(message.text) <= 600 for message in messages)


def test_the_closed_hospital_is_never_listed(engine: Engine) -> None:
    answer = ask(engine, "prelim and transitional programs in Massachusetts")
    assert answer.result is not None
    assert "9992400159" not in {item.program_id for item in answer.result.items}
    about = ask(engine, "what about Steward Carney?")
    assert about.about and about.about[0].left_out and "closed" in about.about[0].left_out


def test_a_plain_list_question_gives_the_list(engine: Engine) -> None:
    answer = ask(engine, "which programs should I apply to?")
    assert answer.result is not None and len(answer.result.items) > 50


def test_famous_programs_are_a_reach_for_a_248_with_one_publication(engine: Engine) -> None:
    profile = ApplicantProfile.model_validate(
        {
            "applicant_type": "non_us_img",
            "visa_need": "j1",
            "step2ck_score": 248,
            "ir_publications": 1,
            "us_ir_letters": 1,
        }
    )
    for name, program_id in (
        ("Yale", "4200821043"),
        ("BIDMC", "4202421080"),
        ("Columbia", "4203511138"),
    ):
        answer = ask(engine, f"what about {name}?", profile)
        found = {about.program_id: about for about in answer.about}
        assert found[program_id].tier is Tier.REACH, name
