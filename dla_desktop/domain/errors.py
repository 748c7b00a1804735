"""Errors that carry the user's words, so every layer can show them as they are."""

from __future__ import annotations

import errno


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


class FileReadError(DlaError):
    """A file to import could not be read (unknown format, damaged, empty); nothing changed."""


class FileWriteError(DlaError):
    """A document or an export could not be written; nothing was left half-written."""

    REASONS = {  # errno -> why, in the user's words (the system's own are English)
        errno.EACCES: "accès refusé",
        errno.EPERM: "accès refusé",
        errno.ENOSPC: "disque plein",
        errno.EROFS: "support en lecture seule",
        errno.ENOENT: "dossier introuvable",
        errno.ENOTDIR: "dossier introuvable",
        errno.EISDIR: "c'est un dossier",
        errno.ENAMETOOLONG: "nom trop long",
    }

    @classmethod
    def of(cls, error: OSError, path: object) -> FileWriteError:
        """The French sentence for an OSError met while writing ``path``."""
        reason = cls.REASONS.get(error.errno or 0, f"erreur système {error.errno}")
        return cls(f"Impossible d'écrire « {path} » : {reason}.")
