"""The program list from a stored knowledge base (SQLite), including the empty-database case."""

from __future__ import annotations

from pathlib import Path

import pytest
from programs_support import report

from bot.db import create_schema, make_engine, transaction
from bot.kb.loader import default_knowledge_dir, load
from bot.profile import ApplicantProfile, ApplicantType, VisaNeed
from bot.programs.models import Track
from bot.programs.service import EmptyKnowledgeBaseError, program_list
from bot.report import Level

REPORT = report(ir=Level.MODERATE, dr=Level.HIGH, apps=(10, 40, 15))
PROFILE = ApplicantProfile(applicant_type=ApplicantType.NON_US_IMG, visa_need=VisaNeed.H1B)


def test_empty_database_asks_for_kb_load(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    create_schema(engine)
    with transaction(engine) as session, pytest.raises(EmptyKnowledgeBaseError, match="kb load"):
        program_list(session, PROFILE, REPORT)
    engine.dispose()


def test_project_knowledge_gives_the_sized_list(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    load(engine, default_knowledge_dir())
    with transaction(engine) as session:
        result = program_list(session, PROFILE, REPORT)
    engine.dispose()
    tracks = [item.track for item in result.items]
    assert tracks.count(Track.INTEGRATED_IR) == 10
    assert tracks.count(Track.DR) == 40
    assert len(tracks) == 65
    # Programs whose own page refuses H-1B never appear; a forum "no" (UCSF) only lowers.
    assert all(item.visa_h1b.value != "no" for item in result.items)
    ids = {item.program_id for item in result.items}
    assert "4203521147" not in ids  # SUNY Upstate DR: "no" on its own page
    # The hospital that closed in 2024 is never listed.
    assert "9992400159" not in ids
    tiers = {item.tier for item in result.items}
    assert len(tiers) >= 2
