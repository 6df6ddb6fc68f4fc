"""The villages a district office holds data of: for its filters, its columns and its recapitulation.

A district's database holds the rows its villages sent. A village is "present" when its profile
(sent with its first bundle) or any living household of it has arrived; a village trusted but still
silent has no row anywhere yet and is not listed. Names come from the village's own profile, else from
the Kemendagri list, else the code itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, union

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.data.installation import VillageProfile
from desmigratif_desktop.data.register import Household
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.errors import KnownError, UnknownRegionError
from desmigratif_desktop.reference.regions import find_village
from desmigratif_desktop.services.register_queries import alive

_PROFILE = table_of(VillageProfile)
_HOUSEHOLD = table_of(Household)


@dataclass(frozen=True)
class Village:
    code: str  # 33.29.15.2007
    name: str  # Rengaspendawa
    subdistrict_name: str  # kecamatan: Larangan ("" when not known)

    @property
    def label(self) -> str:
        """For a choice list: "Kamal (Kec. Larangan)"; two kecamatan may each have a village of one name."""
        return f"{self.name} (Kec. {self.subdistrict_name})" if self.subdistrict_name else self.name


def is_district(db: Database) -> bool:
    return db.require_installation().role == Role.DISTRICT


def require_district(db: Database, what: str, hint: str) -> None:
    """Refuse at a village: `what` is the work only a district office does (Indonesian, a sentence)."""
    if not is_district(db):
        raise KnownError(what, hint)


def villages_present(db: Database) -> list[Village]:
    """Every village whose data is here, in code order (kecamatan by kecamatan)."""
    with db.read() as connection:
        return villages_in(connection)


def villages_in(connection: Connection) -> list[Village]:
    codes = union(
        select(_PROFILE.c.code.label("code")).where(alive(_PROFILE)),
        select(_HOUSEHOLD.c.village_code.label("code")).where(alive(_HOUSEHOLD)),
    )
    found = sorted(code for (code,) in connection.execute(codes))
    profiles = _profiles(connection)
    return [profiles.get(code) or _from_region_list(code) for code in found]


def household_village(db: Database, household_id: str) -> Village | None:
    """The village a household belongs to (deleted households too); None for an unknown id."""
    with db.read() as connection:
        code = connection.execute(
            select(_HOUSEHOLD.c.village_code).where(_HOUSEHOLD.c.id == household_id)
        ).scalar()
        if code is None:
            return None
        return _profiles(connection).get(code) or _from_region_list(code)


def village_names(db: Database) -> dict[str, str]:
    """code -> name, for a column that shows the village of each row."""
    return {village.code: village.name for village in villages_present(db)}


def _profiles(connection: Connection) -> dict[str, Village]:
    query = (
        select(_PROFILE.c.code, _PROFILE.c.name, _PROFILE.c.subdistrict_name)
        .where(alive(_PROFILE))
        .order_by(_PROFILE.c.created_at.desc())  # should two arrive, the first recorded one wins
    )
    return {
        code: Village(code, name, subdistrict or "") for code, name, subdistrict in connection.execute(query)
    }


def _from_region_list(code: str) -> Village:
    try:
        village = find_village(code)
    except UnknownRegionError:
        return Village(code, code, "")
    return Village(code, village.name, village.subdistrict_name)
