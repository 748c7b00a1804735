"""The application's translators: French is the source language, others load a .qm.

The compiled files ship in ``dla_desktop.resources/translations`` (built by
``tools/update_translations.py``).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from dla_desktop.domain.enums import LabelledEnum

SOURCE_LANGUAGE = "fr"
ENUM_CONTEXT = "enums"

# Installed translators with the bytes they read: QTranslator keeps a pointer into
# the data, so it must outlive them; also what ``uninstall_translations`` removes.
_installed: list[tuple[QTranslator, bytes | None]] = []


def install_translations(app: QApplication, locale: QLocale) -> None:
    """Speak ``locale``'s language: Qt's own strings, and ours unless it is French.

    Calling it again replaces what an earlier call installed. A language we have no
    file for keeps the French source strings.
    """

    uninstall_translations(app)
    language = locale.name().split("_")[0]
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", folder):
        app.installTranslator(qt)
        _installed.append((qt, None))
    if language == SOURCE_LANGUAGE:
        return
    compiled = resources.files("dla_desktop.resources") / "translations"
    compiled = compiled / f"dla_desktop_{language}.qm"
    if not compiled.is_file():
        return
    data = compiled.read_bytes()
    ours = QTranslator(app)
    if ours.load(data):
        app.installTranslator(ours)
        _installed.append((ours, data))


def uninstall_translations(app: QApplication) -> None:
    """Back to the French source strings (and Qt's English ones)."""
    while _installed:
        translator, _data = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()


def enum_label(member: LabelledEnum) -> str:
    """The member's label in the interface language (its French label by default)."""

    return QCoreApplication.translate(ENUM_CONTEXT, member.label)
