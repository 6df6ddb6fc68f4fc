"""Rows encoded once, as SQLite stores them: for bulk executemany and for change-log payloads.

The encoding uses each column type's own bind processor, so a row written here is stored exactly as
SQLAlchemy would store it (UTC timestamps and dates as ISO text, booleans as 0/1), without
SQLAlchemy's per-row statement overhead. The change log keeps the same encoded values as JSON, so the
payload is the stored row, ready to apply on another device.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Table
from sqlalchemy.dialects import sqlite
from sqlmodel import SQLModel

_DIALECT = sqlite.dialect()
Encoded = tuple[Any, ...]


class RowCodec:
    def __init__(self, model: type[SQLModel]) -> None:
        table: Table = model.__table__  # type: ignore[attr-defined]
        self.table_name = table.name
        self.columns = tuple(column.name for column in table.columns)
        processors = [column.type.dialect_impl(_DIALECT).bind_processor(_DIALECT) for column in table.columns]
        defaults = _field_defaults(model)
        # (name, default, processor) per column, resolved once: encode() runs for every row of a bulk write.
        self._plan: tuple[tuple[str, Any, Callable[[Any], Any] | None], ...] = tuple(
            (name, defaults.get(name), process)
            for name, process in zip(self.columns, processors, strict=True)
        )
        names = ", ".join(self.columns)
        marks = ", ".join("?" for _ in self.columns)
        self.insert_sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"
        assignments = ", ".join(f"{name} = ?" for name in self.columns if name != "id")
        self.update_sql = f"UPDATE {table.name} SET {assignments} WHERE id = ?"

    def encode(self, row: Mapping[str, Any]) -> Encoded:
        get = row.get
        return tuple(
            value if process is None or value is None else process(value)
            for name, default, process in self._plan
            for value in (get(name, default),)
        )

    def update_params(self, encoded: Encoded) -> Encoded:
        by_name = dict(zip(self.columns, encoded, strict=True))
        return (*(by_name[name] for name in self.columns if name != "id"), by_name["id"])

    def payload(self, encoded: Encoded) -> str:
        return json.dumps(
            dict(zip(self.columns, encoded, strict=True)), ensure_ascii=False, separators=(",", ":")
        )


@cache
def codec_for(model: type[SQLModel]) -> RowCodec:
    return RowCodec(model)


def _field_defaults(model: type[SQLModel]) -> dict[str, Any]:
    """Plain defaults declared on the model (`deleted=False`, `procedural=True`…); factories are not."""
    return {
        name: field.default
        for name, field in model.model_fields.items()
        if field.default is not PydanticUndefined and field.default_factory is None
    }
