"""A district office holding its villages' data the real way: trusted cards, bundles exported and imported.

Each village is set up with `initialise_village` (which makes its keys), the two sides register each
other's identity card (`card_bytes` -> `parse_card` -> `sync.peers.trust`, what `keys trust` does), and a
village's data reaches the district only as a bundle (`sync.export.export_bundles` then
`sync.apply.import_bundle`), so the district's rows are exactly what a real district would hold.
"""

from __future__ import annotations

from pathlib import Path

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.setup import initialise_district, initialise_village
from sync.apply import import_bundle
from sync.export import export_bundles
from sync.identity import card_bytes, own_identity, parse_card
from sync.keys import load_keys
from sync.peers import trust
from tests.dbtools import execute, query
from tests.factories import make_family
from tests.month_scenario import build_march

RENGASPENDAWA = "33.29.15.2007"  # Desa Rengaspendawa, Kec. Larangan, Kab. Brebes
KAMAL = "33.29.15.2001"  # Desa Kamal, Kec. Larangan
KARANGBALE = "33.29.15.2002"  # Desa Karangbale, Kec. Larangan


def open_village(root: Path, code: str, officer: str = "Siti Aminah") -> Database:
    """A fresh village installation in its own data dir, opened (the caller closes it)."""
    paths = DataPaths(root / f"desa-{code}")
    initialise_village(paths, code, officer)
    return Database.open(paths)


def trust_each_other(village: Database, district: Database) -> None:
    """Both sides register the other's identity card, as after the fingerprints were read by phone."""
    for here, there in ((village, district), (district, village)):
        keys = load_keys(there.paths)
        card = card_bytes(own_identity(there.require_installation(), keys), keys)
        trust(here, parse_card(card), load_keys(here.paths).peer_id)


def carry(sender: Database, receiver: Database, stick: Path) -> int:
    """Export the sender's bundle for the receiver onto `stick` and import it there; entries applied."""
    stick.mkdir(parents=True, exist_ok=True)
    receiver_id = load_keys(receiver.paths).peer_id
    written = [
        bundle
        for bundle in export_bundles(sender, load_keys(sender.paths), stick)
        if bundle.peer.peer_id == receiver_id
    ]
    assert len(written) == 1, "one bundle for the receiver"
    return import_bundle(receiver, load_keys(receiver.paths), written[0].path).applied


def demo_district(root: Path, households: int = 60) -> tuple[DataPaths, dict[str, DataPaths]]:
    """A district office (Brebes) holding two villages' training data (seeds 5 and 6), sent as bundles.

    Returns the data dirs, closed, so a module can build it once and each test open what it reads.
    """
    district = DataPaths(root / "dinas")
    initialise_district(district, "33.29", "Budi Santoso")
    villages: dict[str, DataPaths] = {}
    with Database.open(district) as office:
        for seed, code in ((5, RENGASPENDAWA), (6, KAMAL)):
            with open_village(root, code) as village:
                add_demo_data(village, households, seed=seed)
                trust_each_other(village, office)
                carry(village, office, root / "stick")
                villages[code] = village.paths
    return district, villages


def march_district(district: Database, root: Path) -> Database:
    """Rengaspendawa holds the hand-built March 2025 (tests/month_scenario.py), Kamal one family that left
    only in 2025's autumn; both sent their bundles to `district`."""
    with open_village(root, RENGASPENDAWA) as rengas, open_village(root, KAMAL) as kamal:
        build_march(rengas)
        make_family(kamal)
        for village in (rengas, kamal):
            trust_each_other(village, district)
            carry(village, district, root / "stick")
        _same_recording_days(rengas, district)
    return district


def _same_recording_days(village: Database, district: Database) -> None:
    """The scenario back-dates when one placement was entered with a raw UPDATE, which no bundle carries;
    the district gets the same dates, as it would have had the officer really entered it that day."""
    for row in query(village, "SELECT id, created_at FROM placement"):
        execute(
            district,
            "UPDATE placement SET created_at = :at WHERE id = :id",
            at=row["created_at"],
            id=row["id"],
        )
