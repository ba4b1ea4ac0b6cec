"""One exception hierarchy, mapped once to CLI exit codes and HTTP problem details."""

from __future__ import annotations


class TwitchcheckError(Exception):
    """Base of every error twitchcheck raises on purpose."""

    code = "error"
    exit_code = 1
    http_status = 500


class InputError(TwitchcheckError):
    """The text or request a person sent cannot be consulted on."""

    code = "invalid_input"
    exit_code = 2
    http_status = 422


class EmptyText(InputError):
    code = "empty_text"


class TextTooLong(InputError):
    code = "text_too_long"
    http_status = 413


class NotText(InputError):
    code = "not_text"


class InvalidJson(InputError):
    code = "invalid_json"
    http_status = 400


class InvalidAnswers(InputError):
    code = "invalid_answers"


class KnowledgeError(TwitchcheckError):
    """The knowledge base is missing, malformed or inconsistent."""

    code = "knowledge_error"
    exit_code = 3
