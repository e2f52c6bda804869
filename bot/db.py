"""Database plumbing under its historical name: the engine, the transaction, schema creation.

Everything lives in ``bot.adapters.orm`` (the one ORM metadata); this module only re-exports it
for the modules that import ``bot.db``. It imports none of the table modules that use it.
"""

from __future__ import annotations

from bot.adapters.orm import Base, create_schema, make_engine, transaction

__all__ = ["Base", "create_schema", "make_engine", "transaction"]
