"""The one question asked before unsaved edits could be lost: save, drop, or stay."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_leaving(parent: QWidget, question: str, save: Callable[[], bool]) -> bool:
    """Ask ``question``; True when leaving is fine (saved now, or edits dropped)."""
    translate = QCoreApplication.translate  # literal calls below: lupdate sees only those
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("confirm_leaving", "Modifications non enregistrées"),
        question,
    )
    box.setParent(parent, box.windowFlags())
    save_button = box.addButton(
        translate("confirm_leaving", "Enregistrer"), QMessageBox.ButtonRole.AcceptRole
    )
    drop_button = box.addButton(
        translate("confirm_leaving", "Ne pas enregistrer"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(translate("confirm_leaving", "Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save_button)
    box.exec()
    if box.clickedButton() is save_button:
        return save()
    return box.clickedButton() is drop_button
