"""Entry point of ``dla-desktop`` and ``python -m dla_desktop``."""

from __future__ import annotations

import sys

from dla_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
