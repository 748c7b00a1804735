"""Facts about the Qt binding we ship on, checked where they bit us."""

from __future__ import annotations

import subprocess
import sys

EMITS = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    fired = Signal()

app = QCoreApplication([])
emitter = Emitter()
for _ in range(20_000):
    emitter.fired.emit()
print("ok")
"""


def test_many_signal_emits_do_not_abort_python() -> None:
    # PySide6 6.12.0 lost a reference to True on each argument-less emit, and Python
    # aborted after a few thousand ("bool_dealloc"): a long working session would
    # crash. pyproject.toml keeps PySide6 below 6.12 until a fixed release.
    result = subprocess.run(
        [sys.executable, "-c", EMITS], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
