"""The stored catalog (database + cache) gives exactly the in-memory list, and refreshes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from programs_support import report

from bot.db import make_engine, transaction
from bot.kb.loader import default_knowledge_dir, load
from bot.kb.repository import ProgramFactRepository, ProgramRepository
from bot.profile import ApplicantProfile, ApplicantType, Region, VisaNeed
from bot.programs.catalog import CatalogCache
from bot.programs.models import Track
from bot.programs.ranking import rank_programs
from bot.programs.service import program_list
from bot.report import Level, StrategyReport


def random_case(rng: random.Random) -> tuple[ApplicantProfile, StrategyReport]:
    profile = ApplicantProfile(
        applicant_type=rng.choice([*ApplicantType, None]),
        visa_need=rng.choice([*VisaNeed, None]),
        step2ck_score=rng.choice([None, 225, 240, 250, 262]),
        graduation_year=rng.choice([None, 2012, 2024]),
        preferred_regions=rng.sample(list(Region), rng.randint(0, 3)) or None,
    )
    levels = list(Level)
    apps = (rng.randint(0, 30), rng.randint(0, 120), rng.randint(0, 40))
    return profile, report(ir=rng.choice(levels), dr=rng.choice(levels), apps=apps)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("fast")
    engine = make_engine(f"sqlite:///{folder / 'kb.db'}")
    load(engine, default_knowledge_dir())
    yield engine
    engine.dispose()


def test_service_list_equals_the_in_memory_list(engine) -> None:  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        records = ProgramRepository(session).all()
        facts = ProgramFactRepository(session).all()
    assert len(facts) > 400  # visa/IMG facts, signals, ESIR, status rows
    rng = random.Random(5)
    cache = CatalogCache()
    for _ in range(25):
        profile, case = random_case(rng)
        track = rng.choice([None, None, *Track])
        limit = rng.choice([None, 10])
        expected = rank_programs(records, profile, case, facts=facts, track=track, limit=limit)
        with transaction(engine) as session:
            got = program_list(session, profile, case, track=track, limit=limit, cache=cache)
        assert got.items == expected.items
        assert got.available == expected.available


def test_catalog_refreshes_after_a_load_adds_a_fact(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    load(engine, default_knowledge_dir())
    cache = CatalogCache()
    profile = ApplicantProfile(visa_need=VisaNeed.J1)
    wide = report(apps=(0, 300, 0))
    with transaction(engine) as session:
        before = program_list(session, profile, wide, cache=cache)
    assert "4200521031" in {item.program_id for item in before.items}  # UCSF DR
    update = tmp_path / "update"
    update.mkdir()
    (update / "facts.csv").write_text(
        "program_id,fact,value,as_of,strength,source_url,source_label\n"
        "4200521031,sponsors_j1,no,2026,solid,https://example.org/ucsf,test page\n",
        encoding="utf-8",
    )
    assert load(engine, update).program_facts_added == 1
    with transaction(engine) as session:
        after = program_list(session, profile, wide, cache=cache)
    assert "4200521031" not in {item.program_id for item in after.items}
    engine.dispose()
