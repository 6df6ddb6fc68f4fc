"""Every table, imported in one place so that `SQLModel.metadata` is complete (Alembic reads it)."""

from desmigratif_desktop.data.cases import Case, CaseAction
from desmigratif_desktop.data.changelog import ChangeLogEntry
from desmigratif_desktop.data.installation import Installation, VillageProfile
from desmigratif_desktop.data.reference_tables import ReferenceItem, ReferenceSet
from desmigratif_desktop.data.register import Household, Person, Placement

SYNCED_TABLES = (VillageProfile, Household, Person, Placement, Case, CaseAction)
ENTITY_BY_NAME = {model.__tablename__: model for model in SYNCED_TABLES}

__all__ = [
    "ENTITY_BY_NAME",
    "SYNCED_TABLES",
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
