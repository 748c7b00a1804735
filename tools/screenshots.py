"""Render the main window's screens on the demo database as PNG files, without a screen.

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

from dla_desktop.app import make_application  # noqa: E402
from dla_desktop.db.database import open_database  # noqa: E402
from dla_desktop.services.demo import write_demo  # noqa: E402
from dla_desktop.ui.main_window import PAGE_KEYS, MainWindow  # noqa: E402

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
        for number, key in enumerate(PAGE_KEYS, start=1):
            window.show_page(key)
            shoot(app, window, folder / f"{number:02d}-{key}.png")
        window.set_database(None)
    print(f"screenshots written to {folder.resolve()}")
    return 0


def shoot(app, window: MainWindow, path: Path) -> None:
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    window.grab().save(str(path))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
