"""Desmigratif Desktop: the offline register of a Desa Migran Produktif village."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("desmigratif-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Desmigratif Desktop"
