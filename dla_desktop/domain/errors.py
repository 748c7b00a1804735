"""Errors that carry the user's words, so every layer can show them as they are."""

from __future__ import annotations


class DlaError(Exception):
    """Base of every error whose message is meant for the user (in French)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DlaError):
    """Input refused before anything is written; maps each field to its French message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ; ".join(self.errors.values()))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        """Build the common one-field error."""
        return cls({field: message})


class NotFoundError(DlaError):
    """A record asked for by id or name does not exist (or was archived)."""


class StaleRecordError(DlaError):
    """Someone else saved the record since it was read (optimistic locking)."""

    MESSAGE = (
        "Cette fiche a été modifiée entre-temps (autre fenêtre ou autre poste). "
        "Rechargez-la avant d'enregistrer."
    )

    def __init__(self, message: str = MESSAGE) -> None:
        super().__init__(message)


class DatabaseFileError(DlaError):
    """A file cannot be opened as a DLA Desktop database; the file was left untouched."""
