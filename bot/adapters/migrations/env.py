"""Alembic's environment for the project's own tables (``bot.adapters.schema`` runs it).

The caller hands over an open connection (``config.attributes["connection"]``); generating a
new revision also hands over the full metadata (``config.attributes["target_metadata"]``, see
``bot.adapters.schema.new_revision``). Rasa's tracker tables are Rasa's and never appear here.
"""

from __future__ import annotations

from alembic import context

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=config.attributes.get("target_metadata"),
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
