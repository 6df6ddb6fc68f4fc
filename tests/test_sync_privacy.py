"""A lost USB stick leaks nothing (DESIGN §5, Confidentiality): a bundle's bytes carry none of the NIKs,
names or KK numbers inside it, in either direction, while the recipient reads them all."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path

from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.persons import PersonInput, update_person
from sync import content, envelope
from tests.sync_helpers import Node, opened, trusted_pair


def secrets_of(database: Path) -> dict[str, set[str]]:
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return {
            "nik": {nik for (nik,) in conn.execute("SELECT nik FROM person")},
            "name": {name for (name,) in conn.execute("SELECT full_name FROM person")},
            "kk": {kk for (kk,) in conn.execute("SELECT kk_number FROM household")},
            "passport": {
                number
                for (number,) in conn.execute("SELECT passport_number FROM placement")
                if number is not None
            },
        }


def leaked(raw: bytes, secrets: dict[str, set[str]]) -> list[str]:
    return [value for values in secrets.values() for value in values if value.encode("utf-8") in raw]


def opened_entries(receiver: Node, sender: Node, bundle: Path) -> str:
    """What the recipient reads once it has checked and decrypted the bundle: every entry's line."""
    known = envelope.Sender(sender.peer_id, sender.keys.signing_public, sender.region_code)
    sealed = envelope.open_sealed(bundle.read_bytes(), receiver.keys, lambda _peer_id: known, bundle.name)
    _manifest, entries = content.unpack(sealed.content, bundle.name)
    return "\n".join(entry.line() for entry in entries)


def test_a_bundle_carries_no_nik_name_or_kk_in_the_clear(tmp_path: Path) -> None:
    village_paths, district_paths = trusted_pair(tmp_path)
    with opened(village_paths, district_paths) as (village, district):
        add_demo_data(village.db, 40, seed=7)
        (to_district,) = village.export(tmp_path / "usb")
        secrets = secrets_of(village_paths.database)
        assert all(secrets[kind] for kind in ("nik", "name", "kk", "passport"))

        raw = to_district.read_bytes()
        assert leaked(raw, secrets) == []
        assert not any(value in to_district.name for values in secrets.values() for value in values)

        # Not a vacuous check: the district, with its key, reads every one of them.
        readable = opened_entries(district, village, to_district)
        assert all(value in readable for values in secrets.values() for value in values)

        # The way back too: the district's correction of a name travels encrypted to the village.
        district.receive(to_district)
        with sqlite3.connect(district_paths.database) as conn:
            person_id, nik, sex, birth, relationship = conn.execute(
                "SELECT id, nik, sex, birth_date, relationship FROM person ORDER BY id LIMIT 1"
            ).fetchone()
        corrected = "Nama Koreksi Dinas Rahasia"
        update_person(
            district.db,
            person_id,
            PersonInput(nik, corrected, sex, date.fromisoformat(birth[:10]), relationship),
        )
        (to_village,) = district.export(tmp_path / "usb-back")
        back = to_village.read_bytes()
        assert corrected.encode() not in back and nik.encode() not in back
        assert corrected in opened_entries(village, district, to_village)
