"""Errors a service raises for the user to read (through the UI or CLI translation)."""

from __future__ import annotations


class ServiceError(Exception):
    exit_code = 1
    message_key = "service_error"


class NotFound(ServiceError):
    message_key = "not_found"


class Duplicate(ServiceError):
    message_key = "duplicate"


class InvalidInput(ServiceError):
    """Bad input from a person or a file; the message names the field."""

    exit_code = 2
    message_key = "invalid_input"


class ConsentRequired(ServiceError):
    """The recipient has no valid consent for this purpose; nothing was shared or invited."""

    exit_code = 7
    message_key = "consent_missing"
