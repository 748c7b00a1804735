"""Refresh the translation files from the sources, then compile them.

    .venv/bin/python tools/update_translations.py

French is the source language: every ``self.tr()`` / ``QCoreApplication.translate()``
string under ``dla_desktop/`` is a message. ``lupdate`` merges them into
``resources/translations/dla_desktop_<lang>.ts``: existing translations are kept, new
messages arrive unfinished, removed ones are marked obsolete. Enum labels are plain
strings of ``LabelledEnum`` classes (``domain/enums.py`` and a few modules below the UI,
which import no Qt), and so are the labels of the import's fields (``ImportField`` in
``domain/imports.py``): generated sources that ``lupdate`` reads add them in the contexts
``enums`` and ``import_fields``, located at their line in their module. Translate with Qt Linguist
(``.venv/bin/pyside6-linguist``) or by hand in the ``.ts``, then run this again:
``lrelease`` writes the ``.qm`` the application loads.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "dla_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
SOURCE_LANGUAGE = "fr_FR"
# Generated sources of plain labels; their locations are rewritten to point at the real modules.
LABEL_SOURCE_PREFIX = "_labels_for_lupdate_"
ENUM_CONTEXT = "enums"  # LabelledEnum labels, as ui/translations.enum_label translates them
IMPORT_FIELD_CONTEXT = "import_fields"  # ImportField labels, as the import wizard shows them
# Messages a .ts still holds for history, which the sources no longer use.
RETIRED = {"obsolete", "vanished"}


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"dla_desktop_{language}.ts"


def qt_tool(name: str) -> str:
    """Qt's lupdate/lrelease as shipped inside PySide6 (or the pyside6-* wrapper on PATH)."""
    import PySide6

    executable = name + (".exe" if sys.platform == "win32" else "")
    for candidate in (
        Path(PySide6.__file__).parent / executable,
        Path(sys.executable).parent / f"pyside6-{executable}",
    ):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"{name} not found: is PySide6 installed in this interpreter?")
    return found


def python_sources() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def enum_labels(source: Path) -> dict[int, str]:
    """The label of every ``LabelledEnum`` member defined in ``source``, keyed by its line."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    labels: dict[int, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        if not any(isinstance(base, ast.Name) and base.id == "LabelledEnum" for base in node.bases):
            continue
        for statement in node.body:
            value = statement.value if isinstance(statement, ast.Assign) else None
            if isinstance(value, ast.Tuple) and len(value.elts) == 2:
                label = value.elts[1]
                if isinstance(label, ast.Constant) and isinstance(label.value, str):
                    labels[label.lineno] = label.value
    return labels


def import_field_labels(source: Path) -> dict[int, str]:
    """The label of every ``ImportField(...)`` built in ``source``, keyed by its line.

    The label is the call's second positional argument or its ``label=`` keyword.
    """
    tree = ast.parse(source.read_text(encoding="utf-8"))
    labels: dict[int, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", "")
        if name != "ImportField":
            continue
        label = node.args[1] if len(node.args) >= 2 else None
        for keyword in node.keywords:
            if keyword.arg == "label":
                label = keyword.value
        if isinstance(label, ast.Constant) and isinstance(label.value, str):
            labels[label.lineno] = label.value
    return labels


def write_label_sources(folder: Path) -> dict[str, Path]:
    """Per module and context of plain labels, a file lupdate reads: each label on its line.

    Keys are the generated files' names, values the modules whose lines they mirror.
    """
    generated = {}
    collectors = ((ENUM_CONTEXT, enum_labels), (IMPORT_FIELD_CONTEXT, import_field_labels))
    for number, source in enumerate(python_sources()):
        for context, collect in collectors:
            labels = collect(source)
            if not labels:
                continue
            lines = [""] * max(labels)
            for line, label in labels.items():
                text = json.dumps(label, ensure_ascii=False)
                lines[line - 1] = f'QT_TRANSLATE_NOOP("{context}", {text})'
            path = folder / f"{LABEL_SOURCE_PREFIX}{context}_{number}.py"
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            generated[path.name] = source
    return generated


def extract(ts: Path, *, silent: bool = True) -> None:
    """Merge the sources' messages into ``ts`` (created if missing), as lupdate does."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        generated = write_label_sources(Path(folder))
        command = [
            qt_tool("lupdate"),
            *(["-silent"] if silent else []),
            "-locations",
            "absolute",
            "-source-language",
            SOURCE_LANGUAGE,
            *map(str, python_sources()),
            *(str(Path(folder) / name) for name in generated),
            "-ts",
            str(ts),
        ]
        subprocess.run(command, check=True)
    text = ts.read_text(encoding="utf-8")
    for name, source in generated.items():
        relative = Path(os.path.relpath(source, ts.parent)).as_posix()
        pattern = r'filename="[^"]*/' + re.escape(name) + '"'
        text = re.sub(pattern, f'filename="{relative}"', text)
    ts.write_text(text, encoding="utf-8")


def compile_qm(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def read_messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation (None while unfinished), current messages only."""
    messages: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in RETIRED:
                continue
            text = translation.text if translation is not None else None
            finished = kind != "unfinished" and bool(text)
            messages[(name, message.findtext("source", ""))] = text if finished else None
    return messages


def main() -> int:
    for language in LANGUAGES:
        ts = ts_path(language)
        extract(ts, silent=False)
        qm = compile_qm(ts)
        messages = read_messages(ts)
        missing = sum(1 for text in messages.values() if text is None)
        print(
            f"{ts.relative_to(ROOT)}: {len(messages)} messages, {missing} to translate; "
            f"compiled {qm.relative_to(ROOT)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
