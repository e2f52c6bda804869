"""Adapters to the outside: the ORM tables and their metadata (``orm``), one module.

Every table the project owns is declared in ``bot.adapters.orm`` and created from there
(``create_schema``); repositories and services import the tables, never the other way round.
"""
