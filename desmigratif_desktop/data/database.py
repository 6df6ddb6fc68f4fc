"""One installation's database: opening (migrated and backed up), reads, and change-logged writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from desmigratif_desktop.data import migrate
from desmigratif_desktop.data.engine import make_engine
from desmigratif_desktop.data.installation import INSTALLATION_ROW_ID, Installation
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DiskFullError,
    KnownError,
    NotInitialisedError,
)
from desmigratif_desktop.paths import DataPaths


class Database:
    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self.engine = make_engine(paths.database)

    @classmethod
    def open(cls, paths: DataPaths) -> Database:
        """Create the data dir if needed, back up and migrate an older schema, load reference data."""
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        db = cls(paths)
        try:
            with translate_sqlite_errors(paths):
                migrate.upgrade_to_head(db.engine, paths)
                from desmigratif_desktop.reference.lookups import ensure_reference_data

                with db.engine.begin() as connection:
                    ensure_reference_data(connection)
                db.gather_statistics(only_if_missing=True)
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        self.engine.dispose()

    def gather_statistics(self, only_if_missing: bool = False) -> None:
        """ANALYZE, so SQLite plans queries by real row counts (under 0.1 s at 100,000 persons).

        Run after bulk writes; at open only when a populated database has never been analysed.
        """
        with self.engine.connect() as connection:
            if only_if_missing:
                analysed = connection.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
                ).first()
                populated = connection.exec_driver_sql("SELECT 1 FROM person LIMIT 1").first()
                if analysed or not populated:
                    return
            connection.exec_driver_sql("ANALYZE")
            connection.commit()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session; writes go through `write()`, never through the ORM session."""
        with translate_sqlite_errors(self.paths), Session(self.engine) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with translate_sqlite_errors(self.paths), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def write(self, new_installation: Mapping[str, Any] | None = None) -> Iterator[ChangeRecorder]:
        """One IMMEDIATE transaction: the rows and their change-log entries commit together or not at all.

        `new_installation` is for setup only: that row is written first, in the same transaction.
        """
        with translate_sqlite_errors(self.paths), self.engine.connect() as connection:
            connection.execution_options(sqlite_begin="IMMEDIATE")
            with connection.begin():
                if new_installation is not None:
                    connection.execute(insert(table_of(Installation)), [dict(new_installation)])
                recorder = ChangeRecorder(connection, self._installation_row(connection))
                yield recorder
                recorder.save_clock()

    def installation(self) -> Installation | None:
        with self.session() as session:
            return session.get(Installation, INSTALLATION_ROW_ID)

    def require_installation(self) -> Installation:
        found = self.installation()
        if found is None:
            raise NotInitialisedError()
        return found

    @staticmethod
    def _installation_row(connection: Connection) -> dict[str, Any]:
        table = table_of(Installation)
        row = connection.execute(select(table).where(table.c.id == INSTALLATION_ROW_ID)).mappings().first()
        if row is None:
            raise NotInitialisedError()
        return dict(row)


@contextmanager
def translate_sqlite_errors(paths: DataPaths) -> Iterator[None]:
    """Turn the SQLite failures a user can act on into known errors; anything else stays a bug."""
    try:
        yield
    except (OperationalError, DatabaseError, sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseLockedError() from exc
        if "full" in text:
            raise DiskFullError() from exc
        if "not a database" in text or "malformed" in text:
            raise DatabaseCorruptError(str(paths.database)) from exc
        if "unable to open" in text or "readonly" in text:
            raise KnownError(
                f"Basis data {paths.database} tidak bisa dibuka untuk ditulis.",
                "Periksa bahwa folder data bisa ditulis dan tidak berisi folder bernama desmigratif.db.",
            ) from exc
        raise
