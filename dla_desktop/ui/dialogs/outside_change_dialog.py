"""The file changed on disk under the application: reload, merge, save our version, or close.

Shown by ``FileGuard`` once the base is already read-only (nothing is ever written
into a changed or replaced file). "Fusionner" keeps our version (read through the
connection ``FileGuard`` holds) as a backup, reloads the file on disk and merges our
version into it, so that neither side is lost; it is not offered for a deleted file.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dla_desktop.sharing.watch import FileChange


class OutsideChoice(enum.Enum):
    """What the user wants once the file changed on disk."""

    RELOAD = enum.auto()
    MERGE = enum.auto()  # reload the file on disk, then merge our version into it
    SAVE_MINE = enum.auto()
    CLOSE = enum.auto()
    LATER = enum.auto()  # closed the box: stay read-only, decide from the banner


class OutsideChangeDialog(QMessageBox):
    """Says the file changed under the application; offers reload / merge / save mine / close."""

    def __init__(self, file_name: str, change: FileChange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outside_change_dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Fichier modifié"))
        self.setText(self.tr("Le fichier a été modifié en dehors de l'application"))
        self.setInformativeText(_explanation(file_name, change))
        self._buttons = {
            self.addButton(self.tr("Recharger"), QMessageBox.ButtonRole.AcceptRole): (
                OutsideChoice.RELOAD
            ),
        }
        if change is not FileChange.DELETED:  # nothing on disk to merge into
            merge = self.addButton(self.tr("Fusionner"), QMessageBox.ButtonRole.ActionRole)
            self._buttons[merge] = OutsideChoice.MERGE
        self._buttons |= {
            self.addButton(
                self.tr("Enregistrer ma version sous…"), QMessageBox.ButtonRole.ActionRole
            ): OutsideChoice.SAVE_MINE,
            self.addButton(self.tr("Fermer"), QMessageBox.ButtonRole.DestructiveRole): (
                OutsideChoice.CLOSE
            ),
        }
        self.addButton(self.tr("Plus tard"), QMessageBox.ButtonRole.RejectRole)

    def choice(self) -> OutsideChoice:
        """The button clicked (LATER for "Plus tard" or Escape)."""
        return self._buttons.get(self.clickedButton(), OutsideChoice.LATER)


def _explanation(file_name: str, change: FileChange) -> str:
    """What happened to the file, and what each answer does, in French."""
    what = {
        FileChange.REPLACED: QCoreApplication.translate(
            "OutsideChangeDialog",
            "« {name} » a été remplacé sur le disque (outil de synchronisation, autre poste).",
        ),
        FileChange.MODIFIED: QCoreApplication.translate(
            "OutsideChangeDialog",
            "« {name} » a été modifié par un autre programme ou un autre poste.",
        ),
        FileChange.DELETED: QCoreApplication.translate(
            "OutsideChangeDialog", "« {name} » a été supprimé ou déplacé."
        ),
    }[change].format(name=file_name)
    parts = [
        what,
        QCoreApplication.translate(
            "OutsideChangeDialog",
            "Pour ne rien écrire dans ce fichier, la base est passée en lecture seule.",
        ),
        QCoreApplication.translate(
            "OutsideChangeDialog",
            "« Recharger » ouvre le fichier tel qu'il est maintenant sur le disque ;",
        ),
    ]
    if change is not FileChange.DELETED:
        parts.append(
            QCoreApplication.translate(
                "OutsideChangeDialog",
                "« Fusionner » le recharge et y fusionne votre version, pour ne perdre "
                "les modifications d'aucun côté ;",
            )
        )
    parts.append(
        QCoreApplication.translate(
            "OutsideChangeDialog",
            "« Enregistrer ma version sous… » en garde d'abord une copie.",
        )
    )
    return " ".join(parts)
