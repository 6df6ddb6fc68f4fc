"""Schema migrations (Alembic), run at every start after a backup of the older database."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from desmigratif_desktop.errors import DatabaseCorruptError, KnownError
from desmigratif_desktop.paths import DataPaths

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
log = logging.getLogger(__name__)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, paths: DataPaths) -> None:
    """Bring the database to the newest schema, backing it up first when it holds an older one."""
    with engine.connect() as connection:
        current = current_revision(connection)
        has_tables = bool(inspect(connection).get_table_names())
    if current is None and has_tables:
        raise DatabaseCorruptError(str(paths.database))
    if current is not None and current not in known_revisions():
        raise KnownError(
            "Basis data ini dibuat oleh versi Desmigratif Desktop yang lebih baru.",
            "Pasang versi aplikasi terbaru; data tidak diubah.",
        )
    if current == head_revision():
        return
    if current is not None:
        from desmigratif_desktop.data.backup import automatic_backup

        saved = automatic_backup(paths, reason="pre-migration")
        log.info("backed up the database before migrating from %s: %s", current, saved)
    upgrade(engine, "head")


def upgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
