"""Package discovery only (metadata is in pyproject.toml).

resources/ stays at the top of the repository, where designers and translators
find it, and ships inside the wheel as ``dla_desktop.resources`` so that
``importlib.resources`` finds it in an install or a frozen bundle alike.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = ["dla_desktop.resources"] + [
    f"dla_desktop.resources.{name}" for name in find_namespace_packages(where="resources")
]

setup(
    packages=[*find_packages(include=["dla_desktop", "dla_desktop.*"]), *RESOURCES],
    package_dir={"dla_desktop.resources": "resources"},
)
