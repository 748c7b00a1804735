"""The user's error log: where details go that a French message does not show."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from dla_desktop import __version__
from dla_desktop.paths import log_dir

LOG_NAME = "dla-desktop.log"


def log_exception(context: str, error: BaseException | None = None) -> Path:
    """Append ``error`` (default: the exception being handled) to the log; return its path."""
    log = log_dir() / LOG_NAME
    details = "".join(traceback.format_exception(error)) if error else traceback.format_exc()
    with log.open("a", encoding="utf-8") as stream:
        stream.write(f"--- {datetime.now().isoformat()} DLA Desktop {__version__}: {context}\n")
        stream.write(details)
    return log
