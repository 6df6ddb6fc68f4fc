"""Migrations: an older database opens in this version with every row kept and a backup taken first."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from desmigratif_desktop.data import (
    migrate,
    models,  # noqa: F401  (full metadata)
)
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.engine import make_engine
from desmigratif_desktop.errors import DatabaseCorruptError, KnownError
from desmigratif_desktop.paths import DataPaths
from tests.dbtools import count_rows, file_digest

FIRST_REVISION = "0001"
STAMP = "2025-01-02 03:04:05.000000"
SYNC_COLUMNS = "id, created_at, updated_at, version, device_id, deleted"


def insert(conn: sqlite3.Connection, table: str, row_id: str, **values: object) -> None:
    """Insert with the sync columns every synced table had in the first revision."""
    columns = f"{SYNC_COLUMNS}, {', '.join(values)}"
    marks = ", ".join("?" for _ in range(6 + len(values)))
    sync = (row_id, STAMP, STAMP, "0001735787045000-000000-dev1", "dev1", 0)
    conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", (*sync, *values.values()))


def fill_first_revision(database: Path, households: int) -> None:
    """Rows written as the first released schema held them, with plain SQL (no models of today)."""
    with closing(sqlite3.connect(database)) as conn, conn:
        conn.execute(
            "INSERT INTO installation VALUES (1, 'dev1', 'village', '33.29.15.2007', 'Desa Rengaspendawa',"
            " 'Siti', ?, 0, 0, 0)",
            (STAMP,),
        )
        for n in range(households):
            insert(conn, "household", f"h{n}", village_code="33.29.15.2007", kk_number=f"33291501022{n:05d}")
            insert(
                conn,
                "person",
                f"p{n}",
                household_id=f"h{n}",
                nik=f"33291515089{n:05d}",
                full_name=f"Warga {n}",
                sex="L",
                birth_date="1989-08-15",
                relationship="head",
                migration_status="abroad",
            )
            insert(
                conn,
                "placement",
                f"pl{n}",
                person_id=f"p{n}",
                destination_country="MY",
                sector="plantation",
                scheme="p3mi",
                departure_date="2024-03-01",
                procedural=1,
                bpjs_member=1,
            )
            conn.execute(
                "INSERT INTO change_log VALUES ('dev1', ?, 'household', ?, 'insert', 'v', '{}', ?, 0)",
                (n + 1, f"h{n}", STAMP),
            )


@pytest.fixture
def old_database(data_paths: DataPaths) -> DataPaths:
    data_paths.data_dir.mkdir(parents=True)
    engine = make_engine(data_paths.database)
    migrate.upgrade(engine, FIRST_REVISION)
    engine.dispose()
    fill_first_revision(data_paths.database, households=25)
    return data_paths


def test_an_older_database_upgrades_to_head_without_losing_a_row(old_database: DataPaths) -> None:
    assert migrate.head_revision() != FIRST_REVISION  # otherwise this test proves nothing
    with Database.open(old_database) as db:
        with db.read() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
        installation = db.require_installation()
    assert installation.region_code == "33.29.15.2007"
    for table in ("household", "person", "placement", "change_log"):
        assert count_rows(old_database.database, table) == 25
    with closing(sqlite3.connect(old_database.database)) as conn:
        assert conn.execute("SELECT full_name FROM person WHERE id = 'p7'").fetchone() == ("Warga 7",)
        # The newer revision's reference data is there too.
        assert (
            conn.execute("SELECT count(*) FROM reference_item WHERE category = 'country'").fetchone()[0] > 10
        )


def test_the_older_database_is_backed_up_before_migrating(old_database: DataPaths) -> None:
    Database.open(old_database).close()
    backups = list(old_database.backups.glob("pre-migration-*.db"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST_REVISION,)
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (25,)


def test_opening_a_current_database_takes_no_backup(old_database: DataPaths) -> None:
    Database.open(old_database).close()
    Database.open(old_database).close()
    assert len(list(old_database.backups.glob("pre-migration-*.db"))) == 1


def test_the_models_and_the_migrations_describe_the_same_schema(data_paths: DataPaths) -> None:
    """A model changed without a migration would fail here before it failed on a village laptop."""
    with Database.open(data_paths) as db, db.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), SQLModel.metadata
        )
    assert differences == []


def test_every_migration_downgrades_and_upgrades_again(data_paths: DataPaths) -> None:
    data_paths.data_dir.mkdir(parents=True)
    engine = make_engine(data_paths.database)
    try:
        migrate.upgrade(engine, "head")
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "base")
        migrate.upgrade(engine, "head")
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
    finally:
        engine.dispose()


def test_a_database_from_a_newer_release_is_refused_untouched(data_paths: DataPaths) -> None:
    Database.open(data_paths).close()
    with closing(sqlite3.connect(data_paths.database)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with closing(sqlite3.connect(data_paths.database)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_digest(data_paths.database)
    with pytest.raises(KnownError, match="lebih baru"):
        Database.open(data_paths)
    assert file_digest(data_paths.database) == before


def test_a_foreign_sqlite_file_is_not_taken_over(data_paths: DataPaths) -> None:
    data_paths.data_dir.mkdir(parents=True)
    with closing(sqlite3.connect(data_paths.database)) as conn, conn:
        conn.execute("CREATE TABLE belanja (barang TEXT)")
        conn.execute("INSERT INTO belanja VALUES ('beras')")
    with pytest.raises(DatabaseCorruptError):
        Database.open(data_paths)
    with closing(sqlite3.connect(data_paths.database)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"belanja"}
