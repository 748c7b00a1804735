"""What ships: the wheel carries its resources and migrations, and runs from a fresh install.

Also the direction of dependencies: everything below the UI imports without PySide6,
so the CLI, batch work and tests run without a screen (see ARCHITECTURE.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

import dla_desktop

ROOT = Path(__file__).resolve().parent.parent
# Left out of the copy the wheel is built from: a stale build/ would leak into the wheel.
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
)


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a command in a clean environment (no PYTHONPATH), failing with its output."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built offline from a clean copy of the sources (the checkout is not written)."""
    source = tmp_path_factory.mktemp("source") / "dla-desktop"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    wheels = tmp_path_factory.mktemp("wheels")
    pip_wheel = ("pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", wheels)
    run(sys.executable, "-m", *pip_wheel, ".", cwd=source)
    (built,) = wheels.glob("dla_desktop-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding only the wheel, borrowing the dependencies already installed here.

    A plain path in a .pth file exposes this venv's site-packages but not its editable
    finder (that needs the import line of its own .pth), so dla_desktop comes from the wheel.
    """
    venv = tmp_path_factory.mktemp("venv") / "fresh"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=venv.parent)
    python = venv / "bin" / "python"
    pip_install = ("pip", "--python", python, "install", "--no-deps", "--no-index", "--quiet")
    run(sys.executable, "-m", *pip_install, wheel, cwd=venv.parent)
    fresh_site = Path(run(python, "-c", PURELIB, cwd=venv.parent).stdout.strip())
    (fresh_site / "borrowed_dependencies.pth").write_text(f"{sysconfig.get_path('purelib')}\n")
    return venv


PURELIB = "import sysconfig; print(sysconfig.get_path('purelib'))"


@pytest.mark.slow
def test_the_wheel_carries_resources_and_migrations(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    resources = {
        "dla_desktop/resources/" + path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert "dla_desktop/resources/demo/lille_2006.json" in resources
    assert resources <= names, sorted(resources - names)
    migrations = ROOT / "dla_desktop" / "db" / "migrations"
    shipped = {
        "dla_desktop/db/migrations/script.py.mako",
        "dla_desktop/db/migrations/env.py",
        "dla_desktop/db/migrations/versions/0001_initial_schema.py",
        *(f"dla_desktop/db/migrations/versions/{p.name}" for p in migrations.glob("versions/*.py")),
    }
    assert shipped <= names, sorted(shipped - names)
    assert not any(name.startswith(("tests/", "bench/", "tools/")) for name in names)


@pytest.mark.slow
def test_the_installed_wheel_runs_its_commands(installed: Path, tmp_path: Path) -> None:
    where = "import dla_desktop; print(dla_desktop.__file__)"
    imported = run(installed / "bin" / "python", "-c", where, cwd=tmp_path)
    assert Path(imported.stdout.strip()).resolve().is_relative_to(installed.resolve())
    command = installed / "bin" / "dla-desktop"

    version = run(command, "--version", cwd=tmp_path)
    assert version.stdout.strip() == f"DLA Desktop {dla_desktop.__version__}"

    demo = tmp_path / "demo.dla"
    run(command, "demo", demo, cwd=tmp_path)  # reads the demo data from the wheel's resources
    assert demo.stat().st_size > 0
    run(command, "check", demo, cwd=tmp_path)

    # The PDF fonts ship in the wheel: an export embeds them from the installed resources.
    programmes = run(command, "list", "programmes", demo, cwd=tmp_path).stdout.splitlines()
    report = tmp_path / "rapport.pdf"
    run(command, "export", "evaluation", demo, programmes[0].split("\t")[0], report, cwd=tmp_path)
    assert b"DejaVuSans" in report.read_bytes()


# Runs in a child interpreter: PySide6 cannot be imported, then every module below
# the UI is imported. ``ui``, ``app`` and the Alembic scripts are the only exceptions.
BLOCK_QT_THEN_IMPORT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"{name} is blocked by the test")
            return None

    sys.meta_path.insert(0, BlockQt())
    try:
        import PySide6
    except ImportError:
        pass
    else:
        raise SystemExit("the blocker did not block PySide6")

    import dla_desktop
    import dla_desktop.cli, dla_desktop.db, dla_desktop.domain, dla_desktop.services

    SKIPPED = ("dla_desktop.ui", "dla_desktop.app", "dla_desktop.db.migrations")

    def import_all(path, prefix):
        for found in pkgutil.iter_modules(path, prefix):
            if any(found.name == s or found.name.startswith(s + ".") for s in SKIPPED):
                continue
            module = importlib.import_module(found.name)
            print(found.name)
            if found.ispkg:
                import_all(module.__path__, found.name + ".")

    import_all(dla_desktop.__path__, "dla_desktop.")
    """
)


def test_everything_below_the_ui_imports_without_qt(tmp_path: Path) -> None:
    result = run(sys.executable, "-c", BLOCK_QT_THEN_IMPORT, cwd=tmp_path)
    imported = set(result.stdout.split())
    assert {"dla_desktop.cli", "dla_desktop.db.database", "dla_desktop.services.demo"} <= imported


def test_every_third_party_import_is_a_declared_dependency() -> None:
    # The installed-wheel test borrows this venv's packages (no network), so it cannot
    # see a dependency missing from pyproject.toml; this test does.
    import ast
    import re
    import sys
    import tomllib
    from importlib.metadata import packages_distributions

    root = Path(__file__).resolve().parent.parent

    def canonical(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    declared = {
        canonical(re.split(r"[<>=!~ \[]", requirement, maxsplit=1)[0])
        for requirement in tomllib.loads((root / "pyproject.toml").read_text())["project"][
            "dependencies"
        ]
    }
    providers = packages_distributions()
    missing = set()
    for source in (root / "dla_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module]
                if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
                else []
            )
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top == "dla_desktop":
                    continue
                if not {canonical(d) for d in providers.get(top, [])} & declared:
                    missing.add(f"{top} ({source.relative_to(root)})")
    assert not missing, f"imported but not declared in pyproject.toml: {sorted(missing)}"
