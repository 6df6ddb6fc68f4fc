"""The rows behind the printed register and the household profile: queries, labels in Indonesian, no layout.

The register reuses the register page's own filter, sort and "latest placement" rules
(`register_queries`), so a printed list is exactly the list on screen. Its ids are fetched once, in
order; the rows follow REGISTER_CHUNK at a time, so memory and time stay linear however long it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, and_, func, select

from desmigratif_desktop.data.cases import Case, CaseAction
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import MigrationStatus
from desmigratif_desktop.data.reference_tables import ReferenceItem
from desmigratif_desktop.data.register import Household, Person, Placement
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.errors import KnownError, NotFoundError
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.reference import paper_labels as labels
from desmigratif_desktop.services.register_queries import (
    PersonFilter,
    PersonSort,
    age_on,
    alive,
    fetch_ids,
    latest_placement,
    person_conditions,
    person_order,
    search_person_ids,
)
from desmigratif_desktop.services.report_lines import (
    CaseActionLine,
    CaseLine,
    HouseholdProfile,
    MemberLine,
    PlacementLine,
    RegisterLine,
)

__all__ = [  # the lines are defined in report_lines; callers may take them from here with the queries
    "REGISTER_CHUNK",
    "CaseActionLine",
    "CaseLine",
    "HouseholdProfile",
    "MemberLine",
    "PlacementLine",
    "RegisterLine",
    "count_register_lines",
    "full_address",
    "household_id_by_kk",
    "household_profile",
    "register_ids",
    "register_lines",
]

REGISTER_CHUNK = 500  # rows fetched and laid out at a time: memory and time stay linear
# Who the unfiltered register lists: everyone who is, was or will be a migrant worker.
MIGRANT_STATUSES = (MigrationStatus.PROSPECTIVE, MigrationStatus.ABROAD, MigrationStatus.RETURNED)

_PERSON = table_of(Person)
_HOUSEHOLD = table_of(Household)
_PLACEMENT = table_of(Placement)
_CASE = table_of(Case)
_ACTION = table_of(CaseAction)
_REFERENCE = table_of(ReferenceItem)


# -- the register --------------------------------------------------------------------------------


def count_register_lines(db: Database, filter: PersonFilter | None = None) -> int:
    """How many lines `register_lines` yields (for the progress bar)."""
    query = select(func.count()).select_from(_PERSON).where(*_register_conditions(filter))
    with db.read() as connection:
        return int(connection.execute(query).scalar_one())


def register_lines(
    db: Database,
    filter: PersonFilter | None = None,
    sort: PersonSort = PersonSort.NAME,
    descending: bool = False,
    today: date | None = None,
) -> Iterator[list[RegisterLine]]:
    """The register in chunks of REGISTER_CHUNK lines. Without a filter: every migrant worker
    (prospective, abroad or returned); with one: what the register page shows, in its order."""
    today = today or date.today()
    ids = register_ids(db, filter, sort, descending)
    if not ids:
        return
    with db.read() as connection:
        countries = reference_labels(connection, lookups.COUNTRY)
        sectors = reference_labels(connection, lookups.SECTOR)
    for start in range(0, len(ids), REGISTER_CHUNK):
        chunk = ids[start : start + REGISTER_CHUNK]
        with db.read() as connection:
            rows = {row["id"]: row for row in connection.execute(_register_rows_query(chunk)).mappings()}
        # Ids deleted since the list was read are simply missing from `rows`.
        lines = [_register_line(rows[i], today, countries, sectors) for i in chunk if i in rows]
        if lines:
            yield lines


def register_ids(
    db: Database, filter: PersonFilter | None, sort: PersonSort = PersonSort.NAME, descending: bool = False
) -> list[str]:
    """The register's person ids in print order; with a filter, exactly the register page's list."""
    if filter is not None:
        return search_person_ids(db, filter, sort, descending)
    query = select(_PERSON.c.id).where(*_register_conditions(None))
    if sort in (PersonSort.KK, PersonSort.DUSUN):  # their sort keys are the household's columns
        query = query.select_from(_PERSON.join(_HOUSEHOLD, _HOUSEHOLD.c.id == _PERSON.c.household_id))
    query = query.order_by(*person_order(sort, descending))
    with db.read() as connection:
        return fetch_ids(connection, query)


def _register_conditions(filter: PersonFilter | None) -> list[Any]:
    if filter is not None:
        return person_conditions(filter)
    return [*person_conditions(PersonFilter()), _PERSON.c.migration_status.in_(MIGRANT_STATUSES)]


def _register_rows_query(ids: Sequence[str]) -> Select[Any]:
    person, household, placement = _PERSON, _HOUSEHOLD, _PLACEMENT
    latest = and_(placement.c.person_id == person.c.id, alive(placement), latest_placement())
    return (
        select(
            person.c.id,
            person.c.full_name,
            person.c.nik,
            person.c.sex,
            person.c.birth_date,
            person.c.migration_status,
            person.c.phone,
            household.c.kk_number,
            household.c.address,
            household.c.dusun,
            household.c.rt,
            household.c.rw,
            placement.c.destination_country,
            placement.c.sector,
            placement.c.departure_date,
            placement.c.return_date,
            placement.c.procedural,
        )
        .select_from(
            person.join(household, household.c.id == person.c.household_id).outerjoin(placement, latest)
        )
        .where(person.c.id.in_(list(ids)), alive(person))
    )


def _register_line(row: Any, today: date, countries: dict[str, str], sectors: dict[str, str]) -> RegisterLine:
    has_placement = row["destination_country"] is not None
    return RegisterLine(
        full_name=row["full_name"],
        nik=row["nik"],
        sex=row["sex"],
        birth_date=row["birth_date"],
        age=age_on(row["birth_date"], today),
        kk_number=row["kk_number"],
        address=full_address(row["address"], row["dusun"], row["rt"], row["rw"]),
        status=labels.label(labels.MIGRATION_STATUS, row["migration_status"]),
        country=_labelled(countries, row["destination_country"]),
        sector=_labelled(sectors, row["sector"]),
        departure_date=row["departure_date"],
        return_date=row["return_date"],
        procedural=bool(row["procedural"]) if has_placement else None,
        phone=row["phone"],
    )


def full_address(address: str | None, dusun: str | None, rt: str | None, rw: str | None) -> str:
    """ "Jl. Melati No. 4, Dusun Krajan, RT 001/RW 002": whichever parts the household has."""
    parts = [address, f"Dusun {dusun}" if dusun else None]
    if rt or rw:
        parts.append(f"RT {rt or '-'}/RW {rw or '-'}")
    return ", ".join(part for part in parts if part)


# -- the household profile -----------------------------------------------------------------------


def household_id_by_kk(db: Database, kk_number: str) -> str:
    """The living household with this Nomor KK; NotFoundError when none (message names the KK)."""
    digits = re.sub(r"\D", "", kk_number)
    query = select(_HOUSEHOLD.c.id).where(alive(_HOUSEHOLD), _HOUSEHOLD.c.kk_number == digits)
    with db.read() as connection:
        found = list(connection.execute(query.limit(2)).scalars())
    if not found:
        raise NotFoundError(
            f"Rumah tangga dengan Nomor KK {kk_number.strip()} tidak ditemukan di register.",
            "Periksa Nomor KK (16 angka). Rumah tangga yang sudah dihapus tidak dapat dicetak.",
        )
    if len(found) > 1:  # a district office holds many villages; a KK is national, but typos happen
        raise KnownError(
            f"Nomor KK {digits} tercatat pada lebih dari satu rumah tangga.",
            "Cetak profilnya dari daftar Rumah Tangga PMI, setelah memilih rumah tangga yang dimaksud.",
        )
    return found[0]


def household_profile(db: Database, household_id: str, today: date | None = None) -> HouseholdProfile:
    """One living household; NotFoundError (Indonesian message) when there is none.

    Only living members are shown, with their living placements and cases: a deleted person's
    records leave the family file with them (their cases stay in the case list).
    """
    today = today or date.today()
    with db.read() as connection:
        household = (
            connection.execute(select(_HOUSEHOLD).where(_HOUSEHOLD.c.id == household_id, alive(_HOUSEHOLD)))
            .mappings()
            .first()
        )
        if household is None:
            raise NotFoundError("Rumah tangga tidak ditemukan di register.", "Mungkin sudah dihapus.")
        members, head = _members(connection, household_id, today)
        placements = _placements(connection, household_id)
        cases = _cases(connection, household_id)
    return HouseholdProfile(
        household_id=household_id,
        kk_number=household["kk_number"],
        head_name=head,
        address=household["address"],
        dusun=household["dusun"],
        rt=household["rt"],
        rw=household["rw"],
        phone=household["phone"],
        notes=household["notes"],
        members=members,
        placements=placements,
        cases=cases,
    )


def _members(connection: Connection, household_id: str, today: date) -> tuple[list[MemberLine], str | None]:
    """The living members in the family card's order, and the head's name."""
    person = _PERSON
    rows = connection.execute(
        select(person).where(person.c.household_id == household_id, alive(person))
    ).mappings()
    relationships = reference_order(connection, lookups.RELATIONSHIP)
    education = reference_labels(connection, lookups.EDUCATION)
    marital = reference_labels(connection, lookups.MARITAL_STATUS)
    ordered = sorted(
        rows,
        key=lambda r: (
            r["relationship"] != lookups.HEAD_OF_FAMILY,
            relationships.get(r["relationship"], len(relationships)),
            r["birth_date"],
            r["full_name"],
        ),
    )
    relationship_labels = reference_labels(connection, lookups.RELATIONSHIP)
    head = next((r["full_name"] for r in ordered if r["relationship"] == lookups.HEAD_OF_FAMILY), None)
    members = [
        MemberLine(
            person_id=r["id"],
            full_name=r["full_name"],
            nik=r["nik"],
            sex=r["sex"],
            birth_place=r["birth_place"],
            birth_date=r["birth_date"],
            age=age_on(r["birth_date"], today),
            relationship=_labelled(relationship_labels, r["relationship"]),
            education=_labelled(education, r["education"]),
            occupation=r["occupation"],
            marital_status=_labelled(marital, r["marital_status"]),
            phone=r["phone"],
            status=labels.label(labels.MIGRATION_STATUS, r["migration_status"]),
        )
        for r in ordered
    ]
    return members, head


def _living_members(household_id: str) -> Select[Any]:
    return select(_PERSON.c.id).where(_PERSON.c.household_id == household_id, alive(_PERSON))


def _placements(connection: Connection, household_id: str) -> list[PlacementLine]:
    placement, person = _PLACEMENT, _PERSON
    query = (
        select(placement, person.c.full_name)
        .join(person, person.c.id == placement.c.person_id)
        .where(placement.c.person_id.in_(_living_members(household_id)), alive(placement))
        .order_by(placement.c.departure_date.desc(), placement.c.id.desc())
    )
    countries = reference_labels(connection, lookups.COUNTRY)
    sectors = reference_labels(connection, lookups.SECTOR)
    return [
        PlacementLine(
            full_name=r["full_name"],
            country=_labelled(countries, r["destination_country"]),
            sector=_labelled(sectors, r["sector"]),
            job_title=r["job_title"],
            employer=r["employer"],
            scheme=labels.label(labels.SCHEME, r["scheme"]),
            placement_agency=r["placement_agency"],
            departure_date=r["departure_date"],
            contract_end_date=r["contract_end_date"],
            return_date=r["return_date"],
            procedural=bool(r["procedural"]),
            passport_number=r["passport_number"],
            bpjs_member=bool(r["bpjs_member"]),
            siskop2mi_id=r["siskop2mi_id"],
        )
        for r in connection.execute(query).mappings()
    ]


def _cases(connection: Connection, household_id: str) -> list[CaseLine]:
    case, person, action = _CASE, _PERSON, _ACTION
    query = (
        select(case, person.c.full_name)
        .join(person, person.c.id == case.c.person_id)
        .where(case.c.person_id.in_(_living_members(household_id)), alive(case))
        .order_by(case.c.reported_date.desc(), case.c.created_at.desc(), case.c.id)
    )
    cases = list(connection.execute(query).mappings())
    actions: dict[str, list[CaseActionLine]] = {row["id"]: [] for row in cases}
    action_rows = connection.execute(
        select(action)
        .where(action.c.case_id.in_(list(actions)), alive(action))
        .order_by(action.c.action_date, action.c.created_at)
    ).mappings()
    for row in action_rows:
        actions[row["case_id"]].append(CaseActionLine(row["action_date"], row["description"], row["actor"]))
    case_types = reference_labels(connection, lookups.CASE_TYPE)
    return [
        CaseLine(
            full_name=r["full_name"] or "",
            case_type=_labelled(case_types, r["case_type"]),
            reported_date=r["reported_date"],
            status=labels.label(labels.CASE_STATUS, r["status"]),
            resolved_date=r["resolved_date"],
            description=r["description"],
            actions=actions[r["id"]],
        )
        for r in cases
    ]


# -- reference labels ----------------------------------------------------------------------------


def reference_labels(connection: Connection, category: str) -> dict[str, str]:
    """code -> Indonesian label of one reference list (inactive codes too: old records keep them)."""
    reference = _REFERENCE
    query = select(reference.c.code, reference.c.label_id).where(reference.c.category == category)
    return dict(connection.execute(query).all())


def reference_order(connection: Connection, category: str) -> dict[str, int]:
    reference = _REFERENCE
    query = select(reference.c.code, reference.c.sort_order).where(reference.c.category == category)
    return dict(connection.execute(query).all())


def _labelled(labels_by_code: dict[str, str], code: str | None) -> str:
    """The label, the code itself when the list lacks it, "" when there is none."""
    return "" if not code else labels_by_code.get(code, code)
