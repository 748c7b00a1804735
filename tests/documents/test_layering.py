"""The documents layer renders dataclasses: it never reaches the database or the UI."""

from __future__ import annotations

import ast
from pathlib import Path

import dla_desktop.documents

FORBIDDEN = ("sqlalchemy", "PySide6", "dla_desktop.db", "dla_desktop.services", "dla_desktop.ui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_documents_import_neither_the_database_nor_qt() -> None:
    folder = Path(dla_desktop.documents.__file__).parent
    modules = sorted(folder.rglob("*.py"))
    assert len(modules) >= 8  # the layer is there: theme, layout, charts, four documents
    for module in modules:
        bad = {name for name in imported_modules(module) if name.startswith(FORBIDDEN)}
        assert not bad, f"{module.name} imports {sorted(bad)}"
