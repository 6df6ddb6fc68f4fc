"""The business list (Usaha Produktif page): filtered and sorted in SQL, with each latest turnover."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select

from desmigratif_desktop.data.businesses import Business, BusinessTurnover
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.register import Person
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.services.register_queries import alive, name_words

_BUSINESS = table_of(Business)
_TURNOVER = table_of(BusinessTurnover)
_PERSON = table_of(Person)


@dataclass(frozen=True)
class BusinessFilter:
    text: str = ""  # words of the business name, the owner's name or the products
    status: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class BusinessRow:
    id: str
    name: str
    owner_person_id: str
    owner_name: str | None
    sector: str
    status: str
    workers: int
    products: str | None
    last_month: str | None  # YYYY-MM of the latest recorded turnover
    last_amount: int | None


def business_rows(db: Database, where: BusinessFilter | None = None) -> list[BusinessRow]:
    """The business list by name; each with its latest recorded month's turnover."""
    where = where or BusinessFilter()
    b, t = _BUSINESS.c, _TURNOVER
    last_month = (
        select(func.max(t.c.month)).where(t.c.business_id == b.id, alive(t)).correlate(_BUSINESS)
    ).scalar_subquery()
    latest = t.alias("latest")
    last_amount = (
        select(latest.c.amount)
        .where(latest.c.business_id == b.id, alive(latest), latest.c.month == last_month)
        .limit(1)
        .correlate(_BUSINESS)
    ).scalar_subquery()
    columns = (b.id, b.name, b.owner_person_id, _PERSON.c.full_name, b.sector, b.status, b.workers)
    query = (
        select(*columns, b.products, last_month, last_amount)
        .outerjoin(_PERSON, _PERSON.c.id == b.owner_person_id)
        .where(alive(_BUSINESS), *_conditions(where))
        .order_by(b.name.collate("NOCASE"), b.id)
    )
    with db.read() as connection:
        return [BusinessRow(*row) for row in connection.execute(query)]


def _conditions(where: BusinessFilter) -> list[Any]:
    b = _BUSINESS.c
    found: list[Any] = []
    if where.status:
        found.append(b.status == where.status)
    if where.sector:
        found.append(b.sector == where.sector)
    for word in name_words(where.text):
        found.append(
            or_(
                b.name.contains(word, autoescape=True),
                b.products.contains(word, autoescape=True),
                _PERSON.c.full_name.contains(word, autoescape=True),
            )
        )
    return found
