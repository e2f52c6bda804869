"""The analytics funnel table (``bot.adapters.orm.FunnelMark``; docs/analytics.md).

One row per conversation, day, channel and funnel step, keyed by a one-way hash of the sender;
no text, slot values or scores.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analytics_funnel",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("step", sa.String(length=16), nullable=False),
        sa.Column("sender_key", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint(
            "day", "channel", "step", "sender_key", name="uq_analytics_funnel_mark"
        ),
    )
    with op.batch_alter_table("analytics_funnel", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_analytics_funnel_day"), ["day"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_analytics_funnel_sender_key"), ["sender_key"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("analytics_funnel", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_analytics_funnel_sender_key"))
        batch_op.drop_index(batch_op.f("ix_analytics_funnel_day"))
    op.drop_table("analytics_funnel")
