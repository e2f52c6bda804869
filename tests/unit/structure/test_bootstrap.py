"""The bootstrap builds every store once, with the whole schema, over temporary databases."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from actions import storage
from bot.bootstrap import build_services, temporary_settings


def test_temporary_services_have_every_project_table(tmp_path: Path):
    services = build_services(temporary_settings(tmp_path))
    try:
        tables = set(inspect(services.stores.database).get_table_names())
        assert {"applicant_profiles", "user_reports", "chart_images"} <= tables
        assert {"kb_programs", "kb_facts", "kb_version"} <= tables
        assert "events" not in tables  # Rasa's table is Rasa's
        assert str(tmp_path) in str(services.stores.database.url)
        assert str(tmp_path) in str(services.stores.tracker.url)
    finally:
        services.dispose()


def test_the_action_server_builds_its_services_once(tmp_path: Path):
    installed = build_services(temporary_settings(tmp_path))
    previous = storage.install(installed)
    try:
        assert storage.services() is installed
        assert storage.database_engine() is installed.stores.database
        assert storage.forget_service() is installed.forget
        assert storage.correction_service() is storage.correction_service()
    finally:
        assert storage.install(previous) is installed
        installed.dispose()


def test_the_learned_topic_model_is_loaded_from_its_setting(tmp_path: Path):
    from bot.understanding.learned_topics import LearnedTopics, TopicExample

    model_file = tmp_path / "topic.pkl"
    examples = [TopicExample("how many programs?", "ask_application_count")]
    LearnedTopics.train([*examples, TopicExample("J1?", "ask_visa")]).save(model_file)
    loaded = build_services(temporary_settings(tmp_path, topic_model_path=model_file))
    off = build_services(
        temporary_settings(tmp_path, topic_model_path=model_file, learned_topics=False)
    )
    missing = build_services(temporary_settings(tmp_path, topic_model_path=tmp_path / "none.pkl"))
    try:
        assert loaded.topic_guess is not None and loaded.topic_guess("J1?") is not None
        assert off.topic_guess is None and missing.topic_guess is None
    finally:
        for services in (loaded, off, missing):
            services.dispose()
