"""The request path (catalog arrays + vector scores) gives exactly what the reference gives."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from bot.db import make_engine, transaction
from bot.kb.loader import default_knowledge_dir, load
from bot.kb.repository import ProgramRepository
from bot.profile import ApplicantProfile, ApplicantType, Region, VisaNeed
from bot.programs.catalog import CatalogCache
from bot.programs.models import Track
from bot.programs.ranking import rank_programs
from bot.programs.scoring import raw_scores, score_program, track_arrays
from bot.programs.service import program_list
from bot.report import (
    Applications,
    Competitiveness,
    IntegratedIRStance,
    Level,
    Pathway,
    StrategyReport,
)

VALUES = ("yes", "no", "unknown")


def random_case(rng: random.Random) -> tuple[ApplicantProfile, StrategyReport]:
    profile = ApplicantProfile(
        applicant_type=rng.choice([*ApplicantType, None]),
        visa_need=rng.choice([*VisaNeed, None]),
        preferred_regions=rng.sample(list(Region), rng.randint(0, 3)) or None,
    )
    report = StrategyReport(
        pathway=Pathway.DR_THEN_INDEPENDENT_IR,
        integrated_ir=IntegratedIRStance.UPSIDE_OPTION,
        competitiveness=Competitiveness(
            integrated_ir=rng.choice(list(Level)), dr=rng.choice(list(Level))
        ),
        applications=Applications(
            integrated_ir=rng.randint(0, 30), dr=rng.randint(0, 120), pgy1=rng.randint(0, 40)
        ),
        actions=[],
        contingency=[],
        reasons=[],
        sources=[],
        missing=[],
    )
    return profile, report


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("fast")
    engine = make_engine(f"sqlite:///{folder / 'kb.db'}")
    load(engine, default_knowledge_dir())
    # Vary the facts the real data lacks, so every branch of the formula is exercised.
    rng = random.Random(3)
    with transaction(engine) as session:
        from bot.kb.models import Program

        for program in session.query(Program):
            program.visa_j1, program.visa_h1b = rng.choice(VALUES), rng.choice(VALUES)
            program.img_history = rng.choice(VALUES)
            program.setting = rng.choice(("academic", "community", "unknown"))
            if program.track == "dr":
                program.ir_affiliated = rng.choice(VALUES)
    yield engine
    engine.dispose()


def test_vector_scores_equal_the_reference_exactly(engine) -> None:  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        records = ProgramRepository(session).all()
    rng = random.Random(11)
    for _ in range(100):
        profile, report = random_case(rng)
        competitiveness = {
            "integrated_ir": report.competitiveness.integrated_ir,
            "dr": report.competitiveness.dr,
        }
        for track in Track:
            subset = [r for r in records if r.track == track.value]
            vector = raw_scores(track_arrays(subset), track, profile, competitiveness)
            reference = [score_program(r, profile, competitiveness).raw for r in subset]
            assert np.array_equal(vector, np.array(reference)), (track, profile)


def test_service_list_equals_the_reference_list(engine) -> None:  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        records = ProgramRepository(session).all()
    rng = random.Random(5)
    cache = CatalogCache()
    for _ in range(60):
        profile, report = random_case(rng)
        track = rng.choice([None, None, *Track])
        limit = rng.choice([None, 10])
        expected = rank_programs(records, profile, report, track=track, limit=limit)
        with transaction(engine) as session:
            got = program_list(session, profile, report, track=track, limit=limit, cache=cache)
        assert got.items == expected.items
        assert got.available == expected.available


def test_catalog_refreshes_after_a_load_changes_a_row(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    load(engine, default_knowledge_dir())
    cache = CatalogCache()
    profile = ApplicantProfile(visa_need=VisaNeed.J1)
    _, report = random_case(random.Random(1))
    report = report.model_copy(
        update={"applications": Applications(integrated_ir=0, dr=300, pgy1=0)}
    )
    with transaction(engine) as session:
        before = program_list(session, profile, report, cache=cache)
    assert "4200521031" in {item.program_id for item in before.items}  # UCSF DR: J-1 yes
    update = tmp_path / "update"
    update.mkdir()
    row = (default_knowledge_dir() / "programs" / "dr.csv").read_text(encoding="utf-8")
    header, *lines = row.splitlines()
    ucsf = next(line for line in lines if line.startswith("4200521031,"))
    (update / "dr.csv").write_text(
        header + "\n" + ucsf.replace(",yes,no,", ",no,no,", 1) + "\n", encoding="utf-8"
    )
    assert load(engine, update).programs_updated == 1
    with transaction(engine) as session:
        after = program_list(session, profile, report, cache=cache)
    assert "4200521031" not in {item.program_id for item in after.items}
    engine.dispose()
