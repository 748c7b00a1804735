"""Freeze the demo database at the current schema revision into tests/fixtures/.

Run once per released schema revision (after writing its migration and bumping
SCHEMA_HEAD): tests/db/test_schema.py upgrades every frozen file to the head.
usage: python tools/freeze_fixture.py
"""

from __future__ import annotations

from pathlib import Path

from dla_desktop.db.migrate import SCHEMA_HEAD
from dla_desktop.services.demo import write_demo

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def main() -> None:
    destination = FIXTURES / f"schema_{SCHEMA_HEAD}.dla"
    write_demo(destination)  # refuses to replace an existing release's file
    print(f"{destination} ({destination.stat().st_size // 1024} Kio)")


if __name__ == "__main__":
    main()
