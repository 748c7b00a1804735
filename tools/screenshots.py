"""Render every screen (sections, record pages and their tabs) of the demo as PNG files.

    .venv/bin/python tools/screenshots.py [FOLDER]     # default: ./screenshots (git-ignored)

Writes the demo into a temporary folder and uses throwaway settings, so neither the
user's files nor their remembered layout are touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from dla_desktop.app import make_application  # noqa: E402
from dla_desktop.db.database import open_database  # noqa: E402
from dla_desktop.services.demo import write_demo  # noqa: E402
from dla_desktop.ui.dialogs.partnership_dialog import PartnershipDialog  # noqa: E402
from dla_desktop.ui.main_window import PAGE_KEYS, RECORD_SECTIONS, MainWindow  # noqa: E402

SIZE = (1280, 800)


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    app = make_application()
    with tempfile.TemporaryDirectory() as temporary:
        settings = QSettings(str(Path(temporary) / "settings.ini"), QSettings.Format.IniFormat)
        empty = MainWindow(settings=settings)
        shoot(app, empty, folder / "00-start.png")
        empty.close()
        demo = Path(temporary) / "demo.dla"
        write_demo(demo)
        window = MainWindow(open_database(demo), settings=settings)
        shoot_sections(app, window, folder)
        shoot_records(app, window, folder)
        window.set_database(None)
    print(f"screenshots written to {folder.resolve()}")
    return 0


def shoot_sections(app: QApplication, window: MainWindow, folder: Path) -> None:
    """Each navigation entry; the partnerships section as a list and as a board."""
    for number, key in enumerate(PAGE_KEYS, start=1):
        window.show_page(key)
        shoot(app, window, folder / f"{number:02d}-{key}.png")
    window.show_page("partnerships")
    page = window.page("partnerships")
    page.board_button.click()
    shoot(app, window, folder / "06-partnerships-board.png")
    page.list_button.click()


def shoot_records(app: QApplication, window: MainWindow, folder: Path) -> None:
    """The first record of each list, every tab of its page."""
    for kind, section in RECORD_SECTIONS.items():
        if kind == "partnership":
            continue
        window.show_page(section)
        rows = window.page(section).panel.model
        if rows.total_count == 0:
            continue
        window.open_record(kind, rows.row_at(0).id)
        page = window.record_page
        for number in range(page.tabs.count()):
            page.tabs.setCurrentIndex(number)
            shoot(app, window, folder / f"{kind}-{number + 1}.png")
        window.go_back()
    dialog = PartnershipDialog(window.operations, None, window)
    shoot(app, dialog, folder / "partnership-dialog.png", size=None)


def shoot(
    app: QApplication, widget: QWidget, path: Path, size: tuple[int, int] | None = SIZE
) -> None:
    if size is not None:
        widget.resize(*size)
    widget.show()
    app.processEvents()
    widget.grab().save(str(path))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
