"""Setting up a data dir for a village officer or a district office (`init`, and later the wizard)."""

from __future__ import annotations

from datetime import UTC, datetime

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.data.installation import INSTALLATION_ROW_ID, Installation, VillageProfile
from desmigratif_desktop.data.sync_columns import new_id
from desmigratif_desktop.errors import AlreadyInitialisedError, ValidationError
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.reference.regions import Village, find_regency, find_village
from desmigratif_desktop.services.validation import Checks, clean_text, require_name


def initialise_village(paths: DataPaths, village_code: str, officer_name: str) -> Installation:
    officer = _checked_officer(officer_name)
    village = find_village(village_code)  # refuses an unknown code before anything is written
    return _initialise(paths, Role.VILLAGE, village.code, village.describe(), officer, village)


def initialise_district(paths: DataPaths, regency_code: str, officer_name: str) -> Installation:
    officer = _checked_officer(officer_name)
    regency = find_regency(regency_code)
    return _initialise(paths, Role.DISTRICT, regency.code, f"Dinas {regency.describe()}", officer, None)


def officer_name_checks(officer_name: str) -> Checks:
    """The rule for the officer's name: the wizard shows these messages as the officer types."""
    checks = Checks()
    require_name(checks, "officer_name", clean_text(officer_name), "Nama petugas")
    return checks


def _checked_officer(officer_name: str) -> str:
    checks = officer_name_checks(officer_name)
    if checks.errors:
        raise ValidationError(checks.problems)
    return clean_text(officer_name) or ""


def _initialise(
    paths: DataPaths, role: Role, region_code: str, region_name: str, officer: str, village: Village | None
) -> Installation:
    with Database.open(paths) as db:
        existing = db.installation()
        if existing is not None:
            raise AlreadyInitialisedError(existing.region_code)
        row = {
            "id": INSTALLATION_ROW_ID,
            "device_id": new_id(),
            "role": role.value,
            "region_code": region_code,
            "region_name": region_name,
            "officer_name": officer,
            "created_at": datetime.now(UTC),
            "clock_ms": 0,
            "clock_counter": 0,
            "last_seq": 0,
        }
        with db.write(new_installation=row) as recorder:
            if village is not None:
                recorder.insert(VillageProfile, _profile(village, officer))
        installation = db.require_installation()
    from sync.keys import create_keys  # DESIGN §5: the key pairs are made at setup

    create_keys(paths)
    return installation


def _profile(village: Village, officer: str) -> dict[str, object]:
    return {
        "code": village.code,
        "name": village.name,
        "subdistrict_name": village.subdistrict_name,
        "regency_name": village.regency_name,
        "province_name": village.province_name,
        "postal_code": village.postal_code,
        "officer_name": officer,
    }


def current_installation(db: Database) -> Installation | None:
    """Who this installation is, or None for a data dir that was never set up."""
    return db.installation()
