"""DLA Desktop: offline desktop application for DLA and CBE coordinators."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dla-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
