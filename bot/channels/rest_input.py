"""Rasa's REST input channel plus one speed fix; runs INSIDE the Rasa process (``.venv-rasa``).

``credentials.yml`` names it ``bot.channels.rest_input.AdvisorRestInput`` in place of ``rest:``;
the webhook stays ``POST /webhooks/rest/webhook``. Like ``rasa_socketio.py`` it imports only Rasa
and Rasa's own dependencies (Rasa's environment has none of ours).

The fix: Rasa 3.6 checks every action server response with ``jsonschema.validate``
(``RemoteAction._validate_action_result``), which first validates the large events schema
against its meta-schema, on every call. Profiling one advising conversation showed that check
taking about two thirds of Rasa's time per message (~120 ms for each custom action on this
2-core machine), for a schema that never changes. ``install_cached_action_validation`` checks
the schema once and reuses the compiled validator: responses are still validated against the
same schema, with the same error.
"""

from __future__ import annotations

from typing import Any

from rasa.core.channels.rest import RestInput

_DOCS_HINT = (
    ". Failed to validate Action server response from API, make sure your response from the "
    "Action endpoint is valid."
)


def install_cached_action_validation() -> None:
    """Make ``RemoteAction`` validate responses with a validator compiled once (idempotent)."""
    from jsonschema import exceptions, validators  # type: ignore[import-untyped]
    from rasa.core.actions.action import RemoteAction

    if getattr(RemoteAction, "_advisor_cached_validation", False):
        return
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    def _validate_action_result(self: Any, result: dict[str, Any]) -> bool:
        error = exceptions.best_match(validator.iter_errors(result))
        if error is not None:
            error.message += _DOCS_HINT
            raise error
        return True

    RemoteAction._validate_action_result = _validate_action_result
    RemoteAction._advisor_cached_validation = True


class AdvisorRestInput(RestInput):  # type: ignore[misc]  # Rasa ships no type stubs
    """Rasa's REST channel (same name and URL); installs the cached validation at startup."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> AdvisorRestInput:
        install_cached_action_validation()
        return cls()
