"""Every table, imported in one place so that `SQLModel.metadata` is complete (Alembic reads it)."""

from desmigratif_desktop.data.cases import Case, CaseAction
from desmigratif_desktop.data.changelog import ChangeLogEntry
from desmigratif_desktop.data.installation import Installation, VillageProfile
from desmigratif_desktop.data.reference_tables import ReferenceItem, ReferenceSet
from desmigratif_desktop.data.register import Household, Person, Placement

__all__ = [
    "Case",
    "CaseAction",
    "ChangeLogEntry",
    "Household",
    "Installation",
    "Person",
    "Placement",
    "ReferenceItem",
    "ReferenceSet",
    "VillageProfile",
]
