"""Every table, imported in one place so that `SQLModel.metadata` is complete (Alembic reads it)."""

from desmigratif_desktop.data.businesses import Business, BusinessSupport, BusinessTurnover
from desmigratif_desktop.data.cases import Case, CaseAction
from desmigratif_desktop.data.changelog import ChangeLogEntry
from desmigratif_desktop.data.cooperative import Cooperative, CooperativeMember, CooperativeMonth
from desmigratif_desktop.data.installation import Installation, VillageProfile
from desmigratif_desktop.data.migration_services import (
    ServiceContact,
    SocialisationAttendee,
    SocialisationEvent,
)
from desmigratif_desktop.data.parenting import ChildProfile, ParentingAttendance, ParentingSession
from desmigratif_desktop.data.reference_tables import ReferenceItem, ReferenceSet
from desmigratif_desktop.data.register import Household, HouseholdReview, Person, Placement
from desmigratif_desktop.data.sync_state import (
    BundleRecord,
    HeldEntry,
    ReceivedRange,
    SyncConflict,
    SyncPeer,
)

__all__ = [
    "BundleRecord",
    "Business",
    "BusinessSupport",
    "BusinessTurnover",
    "Case",
    "CaseAction",
    "ChangeLogEntry",
    "ChildProfile",
    "Cooperative",
    "CooperativeMember",
    "CooperativeMonth",
    "HeldEntry",
    "Household",
    "HouseholdReview",
    "Installation",
    "ParentingAttendance",
    "ParentingSession",
    "Person",
    "Placement",
    "ReceivedRange",
    "ReferenceItem",
    "ReferenceSet",
    "ServiceContact",
    "SocialisationAttendee",
    "SocialisationEvent",
    "SyncConflict",
    "SyncPeer",
    "VillageProfile",
]
