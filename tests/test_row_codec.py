"""Rows written by the bulk path are stored exactly as SQLAlchemy's ORM stores them, and read back equal."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from sqlalchemy import text
from sqlmodel import Session

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.register import Household, Person, Placement
from desmigratif_desktop.data.row_codec import codec_for

STAMP = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)
SYNC = {"created_at": STAMP, "updated_at": STAMP, "version": "v1", "device_id": "dev"}


def stored(db: Database, table: str, row_id: str) -> tuple:
    with db.engine.connect() as connection:
        return tuple(connection.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id}).one())


def test_codec_rows_equal_orm_rows_byte_for_byte(village_db: Database) -> None:
    household = {"village_code": "33.29.15.2007", "kk_number": "3329150101100001", "rt": "003", **SYNC}
    person = {
        "household_id": "h-orm",
        "nik": "3329155708900001",
        "full_name": "Siti",
        "sex": "P",
        "birth_date": date(1990, 8, 17),
        "relationship": "head",
        "migration_status": "abroad",
        **SYNC,
    }
    placement = {
        "person_id": "p-orm",
        "destination_country": "HK",
        "sector": "domestic_worker",
        "scheme": "p3mi",
        "departure_date": date(2024, 1, 2),
        "procedural": False,
        **SYNC,
    }
    with Session(village_db.engine) as session:
        session.add(Household(id="h-orm", **household))
        session.add(Person(id="p-orm", **person))
        session.add(Placement(id="pl-orm", **placement))
        session.commit()
    with village_db.engine.begin() as connection:
        for model, row_id, row in (
            (Household, "h-codec", household),
            (Person, "p-codec", {**person, "household_id": "h-codec"}),
            (Placement, "pl-codec", {**placement, "person_id": "p-codec"}),
        ):
            codec = codec_for(model)
            connection.exec_driver_sql(codec.insert_sql, codec.encode({**row, "id": row_id}))

    def without_ids(values: tuple, *ids: str) -> tuple:
        return tuple(v for v in values if v not in ids)

    assert without_ids(stored(village_db, "household", "h-orm"), "h-orm") == without_ids(
        stored(village_db, "household", "h-codec"), "h-codec"
    )
    assert without_ids(stored(village_db, "person", "p-orm"), "p-orm", "h-orm") == without_ids(
        stored(village_db, "person", "p-codec"), "p-codec", "h-codec"
    )
    assert without_ids(stored(village_db, "placement", "pl-orm"), "pl-orm", "p-orm") == without_ids(
        stored(village_db, "placement", "pl-codec"), "pl-codec", "p-codec"
    )
    with Session(village_db.engine) as session:
        back = session.get(Placement, "pl-codec")
        assert back is not None
        assert back.departure_date == date(2024, 1, 2)
        assert back.created_at == STAMP
        assert back.procedural is False and back.bpjs_member is False  # model default filled in


def test_the_payload_is_the_stored_row(village_db: Database) -> None:
    codec = codec_for(Household)
    encoded = codec.encode(
        {"id": "h1", "village_code": "33.29.15.2007", "kk_number": "3329150101100001", **SYNC}
    )
    payload = json.loads(codec.payload(encoded))
    assert payload["created_at"] == "2026-03-04 05:06:07.890123"
    assert payload["deleted"] == 0
    assert list(payload) == [c.name for c in Household.__table__.columns]  # type: ignore[attr-defined]
