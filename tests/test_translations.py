"""The English translation: built from the current sources, complete, and loaded by the app."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dla_desktop.domain import imports
from dla_desktop.domain.enums import LabelledEnum, VoletKind
from dla_desktop.domain.imports import ImportField, ImportTarget, fields_of
from dla_desktop.ui.translations import enum_label, install_translations, uninstall_translations

ROOT = Path(__file__).resolve().parent.parent
REFRESH = "run .venv/bin/python tools/update_translations.py"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def load_tool() -> ModuleType:
    path = ROOT / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = load_tool()
TS = tool.ts_path("en")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    """The application speaking English for one test, then back to the source strings."""
    install_translations(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        yield qapp
    finally:
        uninstall_translations(qapp)


def test_the_ts_file_holds_exactly_the_messages_of_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "dla_desktop_en.ts"
    tool.extract(fresh)
    extracted = set(tool.read_messages(fresh))
    committed = set(tool.read_messages(TS))
    assert extracted, "lupdate found no message at all"
    missing, gone = sorted(extracted - committed), sorted(committed - extracted)
    assert not missing, f"messages missing from {TS.name} ({REFRESH}): {missing}"
    assert not gone, f"{TS.name} holds messages gone from the sources ({REFRESH}): {gone}"


def test_every_enum_label_is_a_message() -> None:
    labels = {m.label for enum in LabelledEnum.__subclasses__() for m in enum}
    assert {("enums", label) for label in labels} <= set(tool.read_messages(TS))


def every_import_field() -> set[ImportField]:
    """The fields of every target, and any other field the module defines."""
    listed = {field for target in ImportTarget for field in fields_of(target)}
    return listed | {value for value in vars(imports).values() if isinstance(value, ImportField)}


def test_every_import_field_label_is_a_message() -> None:
    labels = {field.label for field in every_import_field()}
    assert labels, "no ImportField found"
    assert {("import_fields", label) for label in labels} <= set(tool.read_messages(TS))


def test_the_tool_finds_a_label_given_by_keyword_or_position(tmp_path: Path) -> None:
    source = tmp_path / "fields.py"
    source.write_text(
        'A = ImportField("a", "Premier")\n'
        'B = imports.ImportField(\n    "b",\n    label="Second",\n)\n'
        'C = ImportField("c")  # no label: nothing to translate\n',
        encoding="utf-8",
    )
    assert tool.import_field_labels(source) == {1: "Premier", 4: "Second"}


def test_every_message_has_an_english_translation_with_the_same_placeholders() -> None:
    for (context, source), translation in tool.read_messages(TS).items():
        assert translation, f"untranslated in {context}: {source!r}"
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), (
            f"placeholders differ in {context}: {source!r} → {translation!r}"
        )


def test_the_compiled_file_matches_the_ts(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    copy.write_bytes(TS.read_bytes())
    fresh = tool.compile_qm(copy)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), f"stale .qm: {REFRESH}"


def test_the_compiled_file_translates_the_main_window() -> None:
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    assert translator.translate("MainWindow", "&Fichier") == "&File"
    empty = translator.translate(
        "StartPage",
        "Aucune base n’est ouverte.\n\nCréez une base, ouvrez un fichier .dla ou découvrez "
        "l’application avec la base de démonstration.",
    )
    assert empty.startswith("No database is open.")


def test_enum_labels_are_french_without_a_translator(qapp: QApplication) -> None:
    uninstall_translations(qapp)
    assert enum_label(VoletKind.MECENAT) == "Mécénat"


def test_enum_labels_follow_the_installed_language(english: QApplication) -> None:
    assert enum_label(VoletKind.MECENAT) == "Sponsorship"
    assert QCoreApplication.translate("MainWindow", "&Quitter") == "&Quit"


def test_import_field_labels_follow_the_installed_language(english: QApplication) -> None:
    from dla_desktop.ui.dialogs.import_common import field_label, field_title

    assert field_label(imports.TOWN) == "Town"
    name = next(f for f in fields_of(ImportTarget.ASSOCIATIONS) if f.name == "name")
    assert field_title(name) == "Name (required)"


def test_french_installs_no_translation_of_ours(qapp: QApplication) -> None:
    install_translations(qapp, QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert enum_label(VoletKind.MECENAT) == "Mécénat"
    finally:
        uninstall_translations(qapp)


def test_the_main_window_speaks_english(english: QApplication, qtbot: QtBot) -> None:
    from dla_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Record", "&View"]
