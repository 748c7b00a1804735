"""One French date field for every form: required, or optional (empty shown as a dash)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject
from PySide6.QtWidgets import QDateEdit, QLineEdit, QStyle, QWidget

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
NO_DATE = QDate(1900, 1, 1)  # the minimum of an optional date edit stands for "none"


class DateEdit(QDateEdit):
    """A French date with a calendar; ``optional`` lets it stay empty, with a clear button."""

    def __init__(
        self, object_name: str = "", *, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName=object_name)
        self.setLocale(FRENCH)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumWidth(130)
        self.setMaximumWidth(160)
        self._optional = optional
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText("—")
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
            self.clear_action = self.lineEdit().addAction(
                icon, QLineEdit.ActionPosition.TrailingPosition
            )
            self.clear_action.setToolTip(self.tr("Effacer la date"))
            self.clear_action.triggered.connect(lambda: self.set_value(None))
            self.dateChanged.connect(self._on_date_changed)
            self.calendarWidget().installEventFilter(self)
        self.set_value(None if optional else date.today())

    def value(self) -> date | None:
        """The date shown, None for the dash of an optional field."""
        if self._optional and self.date() == NO_DATE:
            return None
        return self.date().toPython()  # type: ignore[return-value]

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def _on_date_changed(self, value: QDate) -> None:
        self.clear_action.setVisible(value != NO_DATE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """An empty field's calendar opens on today's month, not on 1900 (the value stays)."""
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
