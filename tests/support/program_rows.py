"""A few program rows (as the knowledge base stores them) for the corrections tests."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from bot.db import transaction
from bot.kb.models import KnowledgeVersion, Program

PROGRAMS = (
    (
        "4201221052",
        "Emory University School of Medicine - Diagnostic Radiology",
        "Emory University School of Medicine",
        "Atlanta",
        "GA",
        "dr",
    ),
    (
        "4161200001",
        "Emory University School of Medicine - Integrated Interventional Radiology",
        "Emory University School of Medicine",
        "Atlanta",
        "GA",
        "integrated_ir",
    ),
    (
        "4200300935",
        "Mayo Clinic College of Medicine and Science (Arizona) - Diagnostic Radiology",
        "Mayo Clinic College of Medicine and Science (Arizona)",
        "Phoenix",
        "AZ",
        "dr",
    ),
    (
        "4202621105",
        "Mayo Clinic College of Medicine and Science (Rochester) - Diagnostic Radiology",
        "Mayo Clinic College of Medicine and Science (Rochester)",
        "Rochester",
        "MN",
        "dr",
    ),
)
EMORY_DR = PROGRAMS[0][0]


def add_programs(engine: Engine) -> None:
    with transaction(engine) as session:
        for pid, name, institution, city, state, track in PROGRAMS:
            session.add(
                Program(
                    id=pid, name=name, institution=institution, city=city, state=state,
                    region="southeast", track=track, positions=None, visa_j1="unknown",
                    visa_h1b="unknown", visa_source_url=None, img_history="unknown",
                    img_source_url=None, setting="academic", setting_source=None,
                    ir_affiliated="unknown", ir_affiliated_source=None,
                    source_url="https://example.org/list", source_label="test list",
                    source_year=2026, last_verified=date(2026, 11, 1), notes=None,
                    source_file="test.csv",
                )
            )  # fmt: skip
        session.add(KnowledgeVersion(id=1, version=1))
