"""Start-up benchmark: from process start to a usable window on the demo, beside a bare window.

Each run is a fresh Python process (what a double-click costs): the parent starts the
clock, the child prints a line from the first turn of Qt's event loop, i.e. once the
window is shown and answers input. The same is done for a bare PySide6 window, so the
ratio says what DLA Desktop adds. The child also says whether pandas or reportlab were
imported (they must stay out of start-up).

    .venv/bin/python -m bench.bench_startup [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 1.0
HEAVY_MODULES = ("pandas", "reportlab", "python_calamine", "xlsxwriter", "PySide6.QtCharts")

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("usable", flush=True), app.quit()))
app.exec()
"""

APPLICATION = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from dla_desktop.app import make_application, run_app

HEAVY = {heavy!r}
def usable():
    loaded = [name for name in HEAVY if name in sys.modules]
    print("usable", *loaded, flush=True)
    app.quit()

app = make_application()
QTimer.singleShot(0, usable)
sys.exit(run_app(Path({path!r})))
"""


def time_child(code: str, environment: dict[str, str]) -> tuple[float, list[str]]:
    """Seconds from spawning ``python -c code`` to its "usable" line, and what it reported."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=environment,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("usable"):
            elapsed = time.perf_counter() - started
            child.wait(timeout=30)
            return elapsed, line.split()[1:]
    child.wait(timeout=30)
    raise RuntimeError(f"the child never became usable (exit code {child.returncode})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each (default 5)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dla-bench-startup-") as folder:
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": folder,  # throwaway settings: no recent file, no saved layout
            "XDG_DATA_HOME": folder,
        }
        demo = Path(folder) / "demo.dla"
        subprocess.run([sys.executable, "-m", "dla_desktop", "demo", str(demo)], check=True)
        bare, application, loaded = [], [], set()
        for _ in range(args.runs):
            bare.append(time_child(BARE_WINDOW, environment)[0])
            seconds, heavy = time_child(
                APPLICATION.format(heavy=HEAVY_MODULES, path=str(demo)), environment
            )
            application.append(seconds)
            loaded.update(heavy)
    report(statistics.median(bare), statistics.median(application), application, loaded)
    return 0


def report(bare: float, median: float, runs: list[float], loaded: set[str]) -> None:
    """The figure beside its target, the ratio to a bare window, and the heavy imports."""
    verdict = "OK" if median < TARGET_S else "MISSED"
    print(f"{'bare PySide6 window usable':<44}{bare:8.3f} s")
    print(
        f"{'DLA Desktop on the demo, window usable':<44}{median:8.3f} s   target < {TARGET_S:.0f} s"
        f"   {verdict:<6} (median of {len(runs)}; min {min(runs):.3f}, max {max(runs):.3f} s)"
    )
    print(f"{'ratio to the bare window':<44}{median / bare:8.1f} x")
    print(f"{'heavy modules imported at start-up':<44}{', '.join(sorted(loaded)) or 'none'}")


if __name__ == "__main__":
    sys.exit(main())
