"""Training data for pillar 2: businesses of returned workers and migrant families, with their history.

About one new household in ten runs a business: most often a returned worker (PMI purna) or an
adult who stayed home while a family member works abroad, seldom anyone else. Sectors are those of a
Javanese village (Brebes: salted eggs, fried shallots, crackers, warung, goats…). Active businesses
have 6–18 months of turnover with a trend and some noise; about half received training, mentoring,
capital or marketing help.
Every row passes the same checks as the form before it is written, one executemany per table.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, select

from desmigratif_desktop.data.businesses import Business, BusinessSupport, BusinessTurnover
from desmigratif_desktop.data.enums import BusinessStatus, MigrationStatus, Sex, SupportType
from desmigratif_desktop.data.register import Placement
from desmigratif_desktop.data.sync_columns import new_id
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.errors import ValidationError
from desmigratif_desktop.months import add_months, month_of
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.business_money import SupportInput, support_checks, turnover_checks
from desmigratif_desktop.services.businesses import BusinessInput, OwnerFacts, business_checks
from desmigratif_desktop.services.demo_pillars import DemoContext, RegisteredPerson
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.validation import Checks, Problem

# Chance that a household runs a business: with a returned worker / with someone abroad / any other.
# With the demo register's mix (27% / 44% / 29%) that is about one household in ten.
SHARE_WITH_BUSINESS = {"returned": 0.22, "migrant": 0.09, "other": 0.03}
SHARE_ACTIVE = 0.78
SHARE_SUPPORTED = 0.5
HISTORY_DAYS = 720  # dates within the last two years
OWNER_AGES = range(21, 66)
# (sector, weight, [(name, products)]); "{owner}" becomes "Bu Siti" / "Pak Warsito" or a shop name.
SECTORS: list[tuple[str, int, list[tuple[str, str]]]] = [
    ("food_processing", 20, [
        ("Telur Asin {owner}", "telur asin"),
        ("Bawang Goreng {owner}", "bawang goreng kemasan"),
        ("Keripik {owner}", "keripik singkong, keripik pisang"),
        ("Kerupuk {owner}", "kerupuk bawang, kerupuk udang"),
        ("Rengginang {owner}", "rengginang, opak"),
    ]),
    ("culinary", 18, [
        ("Warung Makan {owner}", "nasi rames, soto"),
        ("Katering {owner}", "nasi kotak, tumpeng"),
        ("Sate Kambing {owner}", "sate, gule kambing"),
        ("Bakso {owner}", "bakso, mi ayam"),
    ]),
    ("retail", 20, [
        ("Toko Kelontong {owner}", "sembako, kebutuhan rumah tangga"),
        ("Warung Sembako {owner}", "beras, minyak goreng, gula"),
        ("Toko Pakaian {owner}", "pakaian, jilbab"),
    ]),
    ("livestock", 12, [
        ("Ternak Kambing {owner}", "kambing etawa, susu kambing"),
        ("Ternak Ayam Petelur {owner}", "telur ayam"),
        ("Ternak Bebek {owner}", "telur bebek"),
    ]),
    ("agriculture", 6, [("Tani Bawang {owner}", "bawang merah"), ("Kebun Cabai {owner}", "cabai rawit")]),
    ("fishery", 3, [("Budidaya Lele {owner}", "ikan lele"), ("Kolam Nila {owner}", "ikan nila")]),
    ("handicraft", 6, [("Kerajinan Bambu {owner}", "anyaman bambu"), ("Batik {owner}", "kain batik tulis")]),
    ("garment", 6, [("Konveksi {owner}", "seragam sekolah, kaos"), ("Jahit {owner}", "jahit dan permak")]),
    ("beauty", 3, [("Salon {owner}", "potong rambut, rias pengantin")]),
    ("repair", 3, [("Bengkel Motor {owner}", "servis motor, tambal ban")]),
    ("digital", 4, [("Konter Pulsa {owner}", "pulsa, paket data, token listrik")]),
    ("services", 2, [("Sewa Tenda {owner}", "tenda, kursi, sound system")]),
]  # fmt: skip
SHOP_NAMES = [
    "Barokah", "Berkah Jaya", "Sumber Rejeki", "Mandiri", "Sido Makmur", "Lestari", "Amanah", "Sekar Arum",
    "Tunas Harapan", "Mekar Sari", "Rizki", "Sederhana",
]  # fmt: skip
WORKERS = ([0, 1, 2, 3, 4, 5], [35, 25, 18, 10, 7, 5])
# (type, weight, [(provider, description)]); capital amounts in millions of rupiah.
SUPPORT: list[tuple[SupportType, int, list[tuple[str, str]]]] = [
    (SupportType.TRAINING, 40, [
        ("Disnaker Kabupaten", "Pelatihan kewirausahaan PMI purna"),
        ("BLK Komunitas", "Pelatihan pengolahan pangan"),
        ("Dinas Koperasi dan UKM", "Pelatihan pengemasan produk"),
    ]),
    (SupportType.MENTORING, 25, [
        ("Petugas Desmigratif", "Pendampingan pembukuan usaha"),
        ("Dinas Koperasi dan UKM", "Pendampingan izin PIRT dan label halal"),
    ]),
    (SupportType.CAPITAL, 20, [
        ("KUR BRI", "Kredit Usaha Rakyat"),
        ("KUR BNI", "Kredit Usaha Rakyat"),
        ("BUMDes", "Pinjaman modal bergulir"),
    ]),
    (SupportType.MARKETING, 15, [
        ("Disperindag Kabupaten", "Pameran produk UMKM"),
        ("Petugas Desmigratif", "Pemasaran daring lewat marketplace"),
    ]),
]  # fmt: skip


@dataclass
class _Rows:
    businesses: list[dict[str, Any]] = field(default_factory=list)
    turnovers: list[dict[str, Any]] = field(default_factory=list)
    supports: list[dict[str, Any]] = field(default_factory=list)


def add_businesses_demo(recorder: ChangeRecorder, context: DemoContext) -> dict[str, int]:
    """A `PillarGenerator`: businesses for the households this demo run added (never the older ones)."""
    maker = _Maker(context, lookups.load_codes(recorder.connection), _last_returns(recorder))
    rows = _Rows()
    for members in _new_households(context):
        if context.rng.random() < _share(members):
            maker.business(rows, members)
    recorder.insert_many(Business, rows.businesses)
    recorder.insert_many(BusinessTurnover, rows.turnovers)
    recorder.insert_many(BusinessSupport, rows.supports)
    return {
        "businesses": len(rows.businesses),
        "business_turnovers": len(rows.turnovers),
        "business_supports": len(rows.supports),
    }


def _new_households(context: DemoContext) -> list[list[RegisteredPerson]]:
    """In an order fixed by the seed: the register's own order ties on the random row ids."""
    households = [
        sorted(members, key=_person_key)
        for household_id, members in context.by_household.items()
        if household_id in context.new_household_ids
    ]
    return sorted(households, key=lambda members: [_person_key(m) for m in members])


def _person_key(person: RegisteredPerson) -> tuple[str, str, str]:
    return (person.full_name, person.birth_date.isoformat(), person.relationship)


def _share(members: list[RegisteredPerson]) -> float:
    statuses = {m.migration_status for m in members}
    if MigrationStatus.RETURNED in statuses:
        return SHARE_WITH_BUSINESS["returned"]
    return SHARE_WITH_BUSINESS["migrant" if MigrationStatus.ABROAD in statuses else "other"]


def _last_returns(recorder: ChangeRecorder) -> dict[str, date]:
    """Each returned worker's latest return: a business of theirs starts after it."""
    placement = table_of(Placement)
    query = (
        select(placement.c.person_id, func.max(placement.c.return_date))
        .where(alive(placement), placement.c.return_date.is_not(None))
        .group_by(placement.c.person_id)
    )
    return {str(person_id): returned for person_id, returned in recorder.connection.execute(query).all()}


class _Maker:
    def __init__(
        self, context: DemoContext, codes: dict[str, frozenset[str]], returns: dict[str, date]
    ) -> None:
        self.rng: random.Random = context.rng
        self.today = context.today
        self.village_code = context.village_code
        self.codes = codes
        self.returns = returns
        self.count = 0
        self.names: set[str] = set()

    def business(self, rows: _Rows, members: list[RegisteredPerson]) -> None:
        owner = self._owner(members)
        if owner is None:
            return
        self.count += 1
        migrant_household = any(m.migration_status in _MIGRANT for m in members)
        start = self._start(owner)
        data = self._input(owner, start)
        facts = OwnerFacts(owner.full_name, owner.migration_status, migrant_household)
        checks, row = business_checks(data, self.codes, self.today, facts)
        self._collect(checks)
        row.update(id=new_id(), village_code=self.village_code)
        rows.businesses.append(row)
        self._turnovers(rows, row)
        if self.rng.random() < SHARE_SUPPORTED:
            self._supports(rows, row)

    def _owner(self, members: list[RegisteredPerson]) -> RegisteredPerson | None:
        """A returned worker when there is one (four times in five), else an adult who stays home."""
        at_home = [m for m in members if m.migration_status not in _LEAVING]
        adults = [m for m in at_home if m.age(self.today) in OWNER_AGES]
        returned = [m for m in adults if m.migration_status == MigrationStatus.RETURNED]
        if returned and self.rng.random() < 0.8:
            return self.rng.choice(returned)
        return self.rng.choice(adults) if adults else None

    def _start(self, owner: RegisteredPerson) -> date:
        """Within two years, mostly half a year ago or more; a returned worker's after coming home."""
        earliest = self.today - timedelta(days=HISTORY_DAYS)
        latest = self.today - timedelta(days=190)
        returned = self.returns.get(owner.id)
        if returned is not None and returned > earliest:
            earliest = returned + timedelta(days=self.rng.randint(14, 90))
            latest = max(latest, earliest)
        return min(self._day_between(earliest, latest), self.today - timedelta(days=45))

    def _input(self, owner: RegisteredPerson, start: date) -> BusinessInput:
        sector, (name, products) = _pick(self.rng, SECTORS)
        active = self.rng.random() < SHARE_ACTIVE or (self.today - start).days < 150
        end_of_last_month = self.today.replace(day=1) - timedelta(days=1)  # this month's figures stay whole
        stopped = None if active else self._day_between(start + timedelta(days=90), end_of_last_month)
        return BusinessInput(
            name=self._name(name, owner),
            sector=sector,
            owner_person_id=owner.id,
            start_date=start,
            workers=self.rng.choices(*WORKERS)[0],
            products=products,
            status=BusinessStatus.ACTIVE if active else BusinessStatus.STOPPED,
            stopped_date=stopped,
            address=f"Dusun {owner.dusun}" if owner.dusun else None,
        )

    def _name(self, template: str, owner: RegisteredPerson) -> str:
        """A shop name or the owner's ("Bu Siti"); a village rarely has two shops of one name."""
        title = "Bu" if owner.sex == Sex.FEMALE else "Pak"
        name = template.format(owner=f"{title} {owner.full_name.split()[0]}")
        for _ in range(3):
            if name not in self.names and self.rng.random() < 0.7:
                break
            name = template.format(owner=self.rng.choice(SHOP_NAMES))
        self.names.add(name)
        return name

    def _turnovers(self, rows: _Rows, business: dict[str, Any]) -> None:
        """Up to last month (this one is not over); a stopped business up to the month it stopped."""
        first = month_of(business["start_date"])
        if business["stopped_date"] is None:
            last, wanted = add_months(month_of(self.today), -1), self.rng.randint(6, 18)
        else:
            last, wanted = month_of(business["stopped_date"]), self.rng.randint(2, 6)
        months = [m for m in (add_months(last, -n) for n in range(wanted)) if m >= first][::-1]
        level = math.exp(self.rng.uniform(math.log(1_500_000), math.log(10_000_000)))
        growth = self.rng.uniform(-0.02, 0.05)
        for n, month in enumerate(months):
            noisy = level * (1 + growth) ** n * self.rng.gauss(1, 0.08)
            amount = round(min(max(noisy, 1_000_000), 15_000_000) / 50_000) * 50_000
            checks, row = turnover_checks(month, amount, business, self.today)
            self._collect(checks)
            rows.turnovers.append({**row, "id": new_id(), "business_id": business["id"]})

    def _supports(self, rows: _Rows, business: dict[str, Any]) -> None:
        earliest = max(business["start_date"] - timedelta(days=90), self.today - timedelta(days=HISTORY_DAYS))
        for _ in range(self.rng.choice([1, 1, 2, 2, 3])):
            kind, (provider, description) = _pick(self.rng, SUPPORT)
            data = SupportInput(
                support_date=self._day_between(earliest, self.today - timedelta(days=3)),
                support_type=kind,
                provider=provider,
                description=description,
                amount=self._capital(provider) if kind == SupportType.CAPITAL else None,
            )
            checks, row = support_checks(data, self.today)
            self._collect(checks)
            rows.supports.append({**row, "id": new_id(), "business_id": business["id"]})

    def _capital(self, provider: str) -> int:
        millions = self.rng.randint(5, 25) if provider.startswith("KUR") else self.rng.randint(2, 10)
        return millions * 1_000_000

    def _day_between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def _collect(self, checks: Checks) -> None:
        """A generated row the form would refuse is a bug in this generator: stop, saying which."""
        if checks.errors:
            where = f"Usaha latihan ke-{self.count}"
            raise ValidationError([Problem(p.field, p.code, f"{where}: {p.message}") for p in checks.errors])


_Kind = TypeVar("_Kind")
_LEAVING = (MigrationStatus.ABROAD, MigrationStatus.PROSPECTIVE)  # away, or about to go
_MIGRANT = (MigrationStatus.ABROAD, MigrationStatus.RETURNED)


def _pick(
    rng: random.Random, items: Sequence[tuple[_Kind, int, list[tuple[str, str]]]]
) -> tuple[_Kind, tuple[str, str]]:
    """A weighted choice of kind, then one of its (name, detail) pairs."""
    kind, _, options = rng.choices(items, [weight for _, weight, _ in items])[0]
    return kind, rng.choice(options)
