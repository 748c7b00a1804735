"""Shared by every test: no screen needed, and the real home folder is never touched."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from dla_desktop.services.demo import write_demo  # noqa: E402

# platformdirs reads these on every call (paths.py's module-level PlatformDirs included):
# data -> XDG_DATA_HOME, logs -> XDG_STATE_HOME; Qt and fontconfig use config and cache.
USER_FOLDERS = {
    "XDG_DATA_HOME": "data",
    "XDG_STATE_HOME": "state",
    "XDG_CACHE_HOME": "cache",
    "XDG_CONFIG_HOME": "config",
}


@pytest.fixture(autouse=True)
def private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Per-user folders in a temporary home, outside tmp_path so tests may list tmp_path."""
    home = tmp_path_factory.mktemp("user-folders")
    for variable, name in USER_FOLDERS.items():
        monkeypatch.setenv(variable, str(home / name))
    return home


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo written once per run through the services (about a second): tests read it,
    or open a copy of it when they change it."""
    path = tmp_path_factory.mktemp("demo") / "demo.dla"
    write_demo(path)
    return path
