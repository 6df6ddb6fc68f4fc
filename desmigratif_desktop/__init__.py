"""Desmigratif Desktop: the offline register of a Desa Migran Produktif village."""

# The one place the version is written: pyproject.toml reads it from here (hatch's dynamic version),
# which also spares start-up the cost of importlib.metadata.
__version__ = "0.1.0"

APP_NAME = "Desmigratif Desktop"
