"""Puts a service's French messages under the fields they are about (convention 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QWidget

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#a15c00"  # orange dark enough to read on white


class FormErrors:
    """One hidden message row under each registered field of one or more QFormLayouts."""

    def __init__(self) -> None:
        self._rows: dict[str, tuple[QFormLayout, QWidget, QLabel]] = {}

    def add_row(self, form: QFormLayout, name: str, label: str, field: QWidget) -> None:
        """Add ``label: field`` to ``form`` and, below it, the hidden message of ``name``."""
        form.addRow(label, field)
        message = QLabel(objectName=f"{name}_error", textFormat=Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        # Expanding: under ExpandingFieldsGrow the message takes the field's whole width
        # instead of wrapping at a word-wrapped QLabel's narrow size hint.
        message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow("", message)
        form.setRowVisible(message, False)
        self._rows[name] = (form, field, message)

    def message(self, name: str) -> QLabel:
        """The label under the field (tests read it)."""
        return self._rows[name][2]

    def field(self, name: str) -> QWidget:
        return self._rows[name][1]

    def clear(self) -> None:
        for form, _field, message in self._rows.values():
            message.clear()
            form.setRowVisible(message, False)

    def show(self, errors: dict[str, str], warnings: dict[str, str] | None = None) -> list[str]:
        """Show errors in red and warnings in orange; returns the fields that got none.

        A field with both shows its error. Messages for unknown fields are returned so
        the caller can still say them somewhere.
        """
        self.clear()
        unplaced = []
        for colour, messages in ((WARNING_COLOUR, warnings or {}), (ERROR_COLOUR, errors)):
            for name, text in messages.items():
                if name not in self._rows:
                    unplaced.append(text)
                    continue
                form, _field, message = self._rows[name]
                message.setStyleSheet(f"color: {colour}")
                message.setText(text)
                form.setRowVisible(message, True)
        return unplaced

    def first_error(self, errors: dict[str, str]) -> QWidget | None:
        """The first field, in form order, that has an error: it gets the focus."""
        return next((field for name, (_f, field, _m) in self._rows.items() if name in errors), None)
