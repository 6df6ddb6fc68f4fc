"""Who signs the printed reports and what the letterhead says: the officer, the village head, the
village office's address and phone.

For a village these live in the village profile, which travels to the district like any record; the
officer's name is also kept on the installation, where the status bar and new records read it. A
district office has no village profile: only its officer's name can change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select, update

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.data.installation import INSTALLATION_ROW_ID, Installation, VillageProfile
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.validation import (
    Checks,
    clean_text,
    normalise_phone,
    require_name,
)

MAX_ADDRESS_LENGTH = 200
_PROFILE = table_of(VillageProfile)
_INSTALLATION = table_of(Installation)


@dataclass(frozen=True)
class OfficeDetails:
    officer_name: str
    village_head_name: str | None = None
    address: str | None = None
    phone: str | None = None


def office_details(db: Database) -> tuple[OfficeDetails, bool]:
    """The details as saved, and whether this installation has a village profile to hold the
    village's own (head, address, phone): False for a district office."""
    installation = db.require_installation()
    with db.read() as connection:
        profile = connection.execute(_profile_query(installation.region_code)).mappings().first()
    if installation.role != Role.VILLAGE or profile is None:
        return OfficeDetails(officer_name=installation.officer_name), False
    return (
        OfficeDetails(
            officer_name=installation.officer_name,
            village_head_name=profile["village_head_name"],
            address=profile["address"],
            phone=profile["phone"],
        ),
        True,
    )


def office_details_checks(details: OfficeDetails) -> tuple[Checks, OfficeDetails]:
    """The rules, pure, for the form as the officer types; and the details as they would be saved."""
    checks = Checks()
    officer = clean_text(details.officer_name) or ""
    require_name(checks, "officer_name", officer, "Nama petugas")
    head = clean_text(details.village_head_name)
    if head:
        require_name(checks, "village_head_name", head, "Nama kepala desa")
    address = clean_text(details.address)
    if address and len(address) > MAX_ADDRESS_LENGTH:
        checks.error("address", "too_long", f"Alamat paling banyak {MAX_ADDRESS_LENGTH} huruf.")
    phone = normalise_phone(checks, clean_text(details.phone))
    return checks, OfficeDetails(officer, head, address, phone)


def save_office_details(db: Database, details: OfficeDetails) -> OfficeDetails:
    """Check, then write the profile (change-logged) and the installation's officer in one transaction."""
    checks, cleaned = office_details_checks(details)
    checks.raise_if_errors()
    saved, has_profile = office_details(db)
    if not has_profile:
        cleaned = OfficeDetails(cleaned.officer_name)  # a district keeps no village head or address
    if cleaned == saved:
        return cleaned  # nothing changed: no change-log entry to send to the district
    installation = db.require_installation()
    with db.write() as recorder:
        recorder.connection.execute(
            update(_INSTALLATION)
            .where(_INSTALLATION.c.id == INSTALLATION_ROW_ID)
            .values(officer_name=cleaned.officer_name)
        )
        profile_id = recorder.connection.execute(
            _profile_query(installation.region_code).with_only_columns(_PROFILE.c.id)
        ).scalar()
        if has_profile and profile_id is not None:
            changes = {
                "officer_name": cleaned.officer_name,
                "village_head_name": cleaned.village_head_name,
                "address": cleaned.address,
                "phone": cleaned.phone,
            }
            recorder.update(VillageProfile, profile_id, changes)
    return cleaned


def _profile_query(region_code: str) -> Select[Any]:
    return select(_PROFILE).where(_PROFILE.c.code == region_code, alive(_PROFILE))
