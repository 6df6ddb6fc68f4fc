"""Alembic environment: always run from `data/migrate.py` with an open connection, never from a shell."""

from alembic import context
from sqlmodel import SQLModel

from desmigratif_desktop.data import models  # noqa: F401  (registers every table on the metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
