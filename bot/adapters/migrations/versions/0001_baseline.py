"""Baseline: the project's own tables as of December 2026.

A database created before migrations existed (tables made straight from the models) may have
some of these tables already: only the missing ones are created, then the database is at this
revision like any other.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "applicant_profiles" not in existing:
        op.create_table(
            "applicant_profiles",
            sa.Column("sender_id", sa.String(length=255), nullable=False),
            sa.Column("profile", sa.JSON(), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.PrimaryKeyConstraint("sender_id"),
        )

    if "chart_images" not in existing:
        op.create_table(
            "chart_images",
            sa.Column("token", sa.String(length=64), nullable=False),
            sa.Column("owner", sa.String(length=64), nullable=False),
            sa.Column("png", sa.LargeBinary(), nullable=False),
            sa.Column("alt", sa.Text(), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.PrimaryKeyConstraint("token"),
        )
        with op.batch_alter_table("chart_images", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_chart_images_owner"), ["owner"], unique=False)

    if "kb_facts" not in existing:
        op.create_table(
            "kb_facts",
            sa.Column("id", sa.String(length=220), nullable=False),
            sa.Column("dataset", sa.String(length=64), nullable=False),
            sa.Column("key", sa.String(length=150), nullable=False),
            sa.Column("topic", sa.String(length=120), nullable=True),
            sa.Column("year", sa.Integer(), nullable=True),
            sa.Column("value", sa.Text(), nullable=False),
            sa.Column("unit", sa.String(length=120), nullable=True),
            sa.Column("statement", sa.Text(), nullable=False),
            sa.Column("n", sa.Float(), nullable=True),
            sa.Column("median", sa.Float(), nullable=True),
            sa.Column("mean", sa.Float(), nullable=True),
            sa.Column("q1", sa.Float(), nullable=True),
            sa.Column("q3", sa.Float(), nullable=True),
            sa.Column("source_url", sa.Text(), nullable=False),
            sa.Column("source_label", sa.Text(), nullable=True),
            sa.Column("source_kind", sa.String(length=12), nullable=False),
            sa.Column("last_verified", sa.Date(), nullable=False),
            sa.Column("notes", sa.Text(), nullable=True),
            sa.Column("source_file", sa.String(length=300), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("kb_facts", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_kb_facts_dataset"), ["dataset"], unique=False)

    if "kb_program_facts" not in existing:
        op.create_table(
            "kb_program_facts",
            sa.Column("id", sa.String(length=120), nullable=False),
            sa.Column("program_id", sa.String(length=64), nullable=False),
            sa.Column("fact", sa.String(length=32), nullable=False),
            sa.Column("value", sa.Text(), nullable=False),
            sa.Column("as_of", sa.String(length=200), nullable=False),
            sa.Column("year", sa.Integer(), nullable=True),
            sa.Column("strength", sa.String(length=12), nullable=False),
            sa.Column("source_url", sa.Text(), nullable=False),
            sa.Column("source_label", sa.Text(), nullable=False),
            sa.Column("detail", sa.Text(), nullable=True),
            sa.Column("source_file", sa.String(length=300), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("kb_program_facts", schema=None) as batch_op:
            batch_op.create_index(
                batch_op.f("ix_kb_program_facts_program_id"), ["program_id"], unique=False
            )

    if "kb_programs" not in existing:
        op.create_table(
            "kb_programs",
            sa.Column("id", sa.String(length=64), nullable=False),
            sa.Column("name", sa.String(length=300), nullable=False),
            sa.Column("institution", sa.String(length=300), nullable=False),
            sa.Column("city", sa.String(length=120), nullable=False),
            sa.Column("state", sa.String(length=2), nullable=False),
            sa.Column("region", sa.String(length=16), nullable=False),
            sa.Column("track", sa.String(length=24), nullable=False),
            sa.Column("positions", sa.Integer(), nullable=True),
            sa.Column("visa_j1", sa.String(length=8), nullable=False),
            sa.Column("visa_h1b", sa.String(length=8), nullable=False),
            sa.Column("visa_source_url", sa.Text(), nullable=True),
            sa.Column("img_history", sa.String(length=8), nullable=False),
            sa.Column("img_source_url", sa.Text(), nullable=True),
            sa.Column("setting", sa.String(length=12), nullable=False),
            sa.Column("setting_source", sa.Text(), nullable=True),
            sa.Column("ir_affiliated", sa.String(length=8), nullable=False),
            sa.Column("ir_affiliated_source", sa.Text(), nullable=True),
            sa.Column("source_url", sa.Text(), nullable=False),
            sa.Column("source_label", sa.Text(), nullable=True),
            sa.Column("source_year", sa.Integer(), nullable=True),
            sa.Column("last_verified", sa.Date(), nullable=False),
            sa.Column("notes", sa.Text(), nullable=True),
            sa.Column("source_file", sa.String(length=300), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("kb_programs", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_kb_programs_track"), ["track"], unique=False)

    if "kb_version" not in existing:
        op.create_table(
            "kb_version",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )

    if "user_reports" not in existing:
        op.create_table(
            "user_reports",
            sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
            sa.Column("program_id", sa.String(length=64), nullable=False),
            sa.Column("program_name", sa.String(length=300), nullable=False),
            sa.Column("fact", sa.String(length=32), nullable=False),
            sa.Column("value", sa.String(length=16), nullable=False),
            sa.Column("link", sa.Text(), nullable=False),
            sa.Column("message", sa.Text(), nullable=False),
            sa.Column("reporter", sa.String(length=64), nullable=True),
            sa.Column("status", sa.String(length=12), nullable=False),
            sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
            sa.Column("source_label", sa.Text(), nullable=True),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("user_reports", schema=None) as batch_op:
            batch_op.create_index(
                batch_op.f("ix_user_reports_program_id"), ["program_id"], unique=False
            )
            batch_op.create_index(
                batch_op.f("ix_user_reports_reporter"), ["reporter"], unique=False
            )
            batch_op.create_index(batch_op.f("ix_user_reports_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("user_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_reports_status"))
        batch_op.drop_index(batch_op.f("ix_user_reports_reporter"))
        batch_op.drop_index(batch_op.f("ix_user_reports_program_id"))

    op.drop_table("user_reports")
    op.drop_table("kb_version")
    with op.batch_alter_table("kb_programs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kb_programs_track"))

    op.drop_table("kb_programs")
    with op.batch_alter_table("kb_program_facts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kb_program_facts_program_id"))

    op.drop_table("kb_program_facts")
    with op.batch_alter_table("kb_facts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kb_facts_dataset"))

    op.drop_table("kb_facts")
    with op.batch_alter_table("chart_images", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chart_images_owner"))

    op.drop_table("chart_images")
    op.drop_table("applicant_profiles")
