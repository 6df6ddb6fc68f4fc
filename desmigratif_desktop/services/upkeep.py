"""What every start does after opening a village's database: bring date-driven statuses up to today."""

from __future__ import annotations

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.services.placements import advance_due_departures
from desmigratif_desktop.services.setup import current_installation


def routine_upkeep(db: Database) -> None:
    """Only a village rewrites its own rows: the district must not change what villages send."""
    installation = current_installation(db)
    if installation is not None and installation.role == Role.VILLAGE:
        advance_due_departures(db)
