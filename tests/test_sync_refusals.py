"""`sync import` refuses what it must not apply, and a refusal leaves the database byte for byte as it was.

DESIGN §5: a bundle from an unknown or revoked device, or with a bad signature, is refused before
anything is parsed; a damaged, truncated or oversized one is refused; and a signed bundle that carries
what its sender may not send (another village's records, the district's own tables) is refused by the
content checks. Each case runs the real command (`desmigratif sync import`), then compares a SHA-256 of
the database file, taken with every connection closed (so the WAL is checkpointed), and checks that no
-wal file is left behind.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.sync_columns import SYNC_COLUMN_NAMES
from desmigratif_desktop.data.write import ChangeRecorder
from desmigratif_desktop.paths import DataPaths
from sync import content, envelope
from sync.apply import Imported, import_bundles
from sync.errors import BundleRefusedError
from sync.keys import load_keys
from sync.peers import trust
from sync.tables import columns_of
from tests.sync_helpers import (
    add_family,
    cli,
    clone,
    count,
    database_state,
    identity_of,
    log_lines,
    make_district,
    make_village,
    opened,
    recipient_of,
    regency_villages,
    seal_bundle,
    settled_state,
    trust_each_other,
)


@dataclass(frozen=True)
class Sites:
    village: DataPaths  # trusted by the district, three families
    neighbour: DataPaths  # another village the district trusts, one family
    stranger: DataPaths  # a village of the regency the district has never trusted
    district: DataPaths

    @property
    def all(self) -> tuple[DataPaths, ...]:
        return (self.village, self.neighbour, self.stranger, self.district)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Sites:
    root = tmp_path_factory.mktemp("refusals")
    codes = regency_villages(3)
    village, neighbour, stranger = (make_village(root, code) for code in codes)
    district = make_district(root)
    trust_each_other(village, district)
    trust_each_other(neighbour, district)
    with Database.open(stranger) as db:  # the stranger trusts the district, not the other way round
        trust(db, identity_of(district), load_keys(stranger).peer_id)
    with opened(village, neighbour, stranger) as nodes:
        for number, (node, code) in enumerate(zip(nodes, codes, strict=True)):
            for serial in range(1, 4 if number == 0 else 2):
                add_family(node.db, code, serial)
    return Sites(village, neighbour, stranger, district)


@pytest.fixture
def sites(template: Sites, tmp_path: Path) -> Sites:
    return Sites(*(clone(paths, tmp_path) for paths in template.all))


def export_one(paths: DataPaths, out: Path) -> Path:
    with opened(paths) as (node,):
        (bundle,) = node.export(out)
    return bundle


def assert_refused(
    capsys: pytest.CaptureFixture[str], receiver: DataPaths, bundle: Path, *reasons: str
) -> str:
    """Run `sync import`: exit 1, one of `reasons` named, and the database file exactly as before."""
    before = settled_state(receiver)
    assert before[1] is None  # nothing in a -wal file: the whole database is in the file compared
    code, out, err = cli(capsys, "--data-dir", str(receiver.data_dir), "sync", "import", str(bundle))
    assert code == 1, (out, err)
    assert "Traceback" not in err
    assert any(reason in err for reason in reasons), err
    assert database_state(receiver) == before
    return err


# -- who sent it, to whom, and is it intact ---------------------------------------------------------


def test_a_bundle_from_an_unknown_device_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path
) -> None:
    bundle = export_one(sites.stranger, tmp_path / "usb")
    assert_refused(capsys, sites.district, bundle, "belum dipercaya")


def test_the_next_bundle_of_a_revoked_device_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path
) -> None:
    first = export_one(sites.village, tmp_path / "usb1")
    code, _, err = cli(capsys, "--data-dir", str(sites.district.data_dir), "sync", "import", str(first))
    assert code == 0, err
    with opened(sites.village) as (village,):
        add_family(village.db, village.region_code, 9)
        (second,) = village.export(tmp_path / "usb2")
        fingerprint = village.keys.fingerprint
    code, out, err = cli(
        capsys, "--data-dir", str(sites.district.data_dir), "keys", "revoke", fingerprint, "--yes"
    )
    assert code == 0 and "Dicabut" in out, err

    assert_refused(capsys, sites.district, second, "dicabut")
    # What arrived before the revocation stays.
    code, out, _ = cli(capsys, "--data-dir", str(sites.district.data_dir), "stats", "--json")
    assert json.loads(out)["households"] == 3


def test_a_bundle_with_another_keys_signature_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path
) -> None:
    bundle = export_one(sites.village, tmp_path / "usb")
    data = bundle.read_bytes()
    with opened(sites.neighbour) as (neighbour,):  # a real key, trusted by the district, but not the sender's
        forged = data[: -envelope.SIGNATURE_SIZE] + neighbour.keys.signing.sign(
            data[: -envelope.SIGNATURE_SIZE]
        )
    bundle.write_bytes(forged)
    assert_refused(capsys, sites.district, bundle, "Tanda tangan")


def test_a_bundle_for_another_installation_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path
) -> None:
    """The village also trusts a second district laptop; the bundle made for that one is refused here."""
    other = make_district(tmp_path / "other-office")
    with Database.open(sites.village) as db:
        trust(db, identity_of(other), load_keys(sites.village).peer_id)
    with opened(sites.village, other) as (village, other_node):
        bundles = village.export(tmp_path / "usb")
        for_other = next(path for path in bundles if recipient_of(path) == other_node.peer_id)
    assert_refused(capsys, sites.district, for_other, "instalasi lain")


@pytest.mark.parametrize(
    ("keep", "reasons"),
    [
        (lambda data: data[:3], ("bukan berkas",)),
        (lambda data: data[: envelope.HEADER_SIZE], ("tidak utuh",)),
        (lambda data: data[: len(data) // 2], ("tidak utuh",)),
        (lambda data: data[:-1], ("tidak utuh",)),
        (lambda data: b"", ("bukan berkas",)),
    ],
    ids=["first-bytes", "header-only", "half", "last-byte-missing", "empty"],
)
def test_a_truncated_bundle_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path, keep: object, reasons: tuple[str, ...]
) -> None:
    bundle = export_one(sites.village, tmp_path / "usb")
    bundle.write_bytes(keep(bundle.read_bytes()))  # type: ignore[operator]
    assert_refused(capsys, sites.district, bundle, *reasons)


# Positions in the layout of sync/envelope.py; negative ones count from the end of the file.
ALTERED = {
    "magic": 0,
    "format-version": 5,
    "sender-id": 10,
    "recipient-id": 30,
    "ephemeral-key": 50,
    "nonce": 75,
    "ciphertext-length": 88,
    "ciphertext-first": envelope.HEADER_SIZE,
    "ciphertext-middle": None,  # computed from the file's length
    "ciphertext-tag": -envelope.SIGNATURE_SIZE - 1,
    "signature-first": -envelope.SIGNATURE_SIZE,
    "signature-last": -1,
}


@pytest.mark.parametrize("where", list(ALTERED))
def test_one_altered_byte_anywhere_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path, where: str
) -> None:
    bundle = export_one(sites.village, tmp_path / "usb")
    data = bytearray(bundle.read_bytes())
    position = ALTERED[where]
    if position is None:
        position = (envelope.HEADER_SIZE + len(data) - envelope.SIGNATURE_SIZE) // 2
    data[position] ^= 0x01
    bundle.write_bytes(bytes(data))
    assert_refused(capsys, sites.district, bundle, "desmigratif:")


def test_an_unknown_format_version_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Signed with the village's real key, by the real exporter, only its format number is from the future."""
    with monkeypatch.context() as patch:
        patch.setattr(envelope, "FORMAT_VERSION", envelope.FORMAT_VERSION + 1)
        bundle = export_one(sites.village, tmp_path / "usb")
    assert bundle.read_bytes()[4:6] == struct.pack(">H", envelope.FORMAT_VERSION + 1)
    err = assert_refused(capsys, sites.district, bundle, "versi 2")
    assert "Perbarui" in err


# -- content past the signature: size limits ----------------------------------------------------------


def test_a_payload_beyond_the_sane_limit_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = export_one(sites.village, tmp_path / "usb")
    monkeypatch.setattr(content, "MAX_PAYLOAD_BYTES", 1024)  # the genuine payload is several KiB
    assert_refused(capsys, sites.district, bundle, "batas aman")


def lying_bundle(sites: Sites, out: Path, declared: int, inflated: bytes) -> Path:
    """Signed and encrypted with the real keys; the manifest declares `declared` payload bytes while the
    compressed payload inflates to `inflated`."""
    with opened(sites.village, sites.district) as (village, district):
        manifest = content.Manifest(
            bundle_id="0" * 32,
            created_at="2026-01-01T00:00:00+00:00",
            source={
                "peer_id": village.peer_id,
                "role": "village",
                "region_code": village.region_code,
                "region_name": "Desa",
            },
            recipient=district.peer_id,
            entries=0,
            ranges=[],
            counts={},
            acks=[],
            payload_sha256=hashlib.sha256(inflated).hexdigest(),
            payload_bytes=declared,
        )
        head = json.dumps(manifest.as_dict()).encode()
        packed = struct.pack(">I", len(head)) + head + zlib.compress(inflated, 9)
        sealed = envelope.seal(packed, village.keys, district.peer_id, district.keys.encryption_public)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "bom.dmsync"
    path.write_bytes(sealed)
    return path


def test_a_payload_that_inflates_beyond_what_its_manifest_says_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path
) -> None:
    """A zip bomb: 64 MiB of nothing in a few dozen KiB, declared as one KiB."""
    bundle = lying_bundle(sites, tmp_path / "usb", declared=1024, inflated=bytes(64 << 20))
    assert bundle.stat().st_size < 1 << 20
    assert_refused(capsys, sites.district, bundle, "tidak sesuai")


def test_a_manifest_declaring_more_than_the_limit_is_refused_before_inflating(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content, "MAX_PAYLOAD_BYTES", 1 << 20)
    bundle = lying_bundle(sites, tmp_path / "usb", declared=(1 << 20) + 1, inflated=bytes(2 << 20))
    assert_refused(capsys, sites.district, bundle, "batas aman")


# -- content past the signature: what the sender may send ------------------------------------------


def crafted(
    sites: Sites, out: Path, sender: DataPaths, recipient: DataPaths, lines: list[str], **kw: object
) -> Path:
    with opened(sender, recipient) as (sender_node, recipient_node):
        sealed = seal_bundle(sender_node, recipient_node, lines, **kw)  # type: ignore[arg-type]
    out.mkdir(parents=True, exist_ok=True)
    path = out / "crafted.dmsync"
    path.write_bytes(sealed)
    return path


def lines_of(paths: DataPaths) -> list[str]:
    with opened(paths) as (node,):
        return log_lines(node.db)


def rewritten(line: str, entity: str | None = None, **row: object) -> str:
    """The same change with some of its row's values (or its entity) replaced."""
    entry = content.Entry(*json.loads(line))
    new_row = {**entry.row, **row}
    values = [*json.loads(line)[:9], new_row]
    if entity is not None:
        values[2] = entity
    return content.Entry(*values).line()


def test_a_village_sending_another_villages_records_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path
) -> None:
    """The neighbour signs the village's own change entries, as if it had written them."""
    bundle = crafted(sites, tmp_path / "usb", sites.neighbour, sites.district, lines_of(sites.village))
    assert_refused(capsys, sites.district, bundle, "desa lain")


def test_a_village_moving_its_household_into_another_village_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path
) -> None:
    """Its own entry, its own scope, but the household row names the other village."""
    with opened(sites.village) as (village,):
        other_code = village.region_code
    lines = [
        rewritten(line, village_code=other_code) if json.loads(line)[2] == "household" else line
        for line in lines_of(sites.neighbour)
    ]
    bundle = crafted(sites, tmp_path / "usb", sites.neighbour, sites.district, lines)
    assert_refused(capsys, sites.district, bundle, "desa lain")


@pytest.mark.parametrize("how", ["update-their-person", "add-a-person-to-their-household"])
def test_a_village_writing_into_another_villages_register_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path, how: str
) -> None:
    """A person row names no village itself (its household does). The neighbour sends, as its own new
    change and in its own scope, a person of the village whose records the district already holds: an
    update of one of its persons, or a new person in one of its households. One village must not write
    into another's register at the district."""
    with opened(sites.village, sites.district) as (village, district):
        district.receive(*village.export(tmp_path / "first"))
        person_line = next(line for line in log_lines(village.db) if json.loads(line)[2] == "person")
    with opened(sites.neighbour) as (neighbour,):
        own = log_lines(neighbour.db)
        device, code = neighbour.device_id, neighbour.region_code
    _device, _seq, entity, row_id, _op, version, _base, _scope, created_at, row = json.loads(person_line)
    newer = f"{int(version.split('-')[0]) + 1}-000000-{device}"
    if how == "update-their-person":
        op, base, changed = "update", version, {"full_name": "Diubah Desa Lain"}
    else:
        row_id = uuid.uuid4().hex
        op, base, changed = (
            "insert",
            None,
            {"id": row_id, "full_name": "Disisipkan Desa Lain", "nik": "3" * 16},
        )
    takeover = content.Entry(
        device,
        max(json.loads(line)[1] for line in own) + 1,
        entity,
        row_id,
        op,
        newer,
        base,
        code,
        created_at,
        {**row, **changed, "version": newer, "device_id": device},
    ).line()
    bundle = crafted(sites, tmp_path / "usb", sites.neighbour, sites.district, [*own, takeover])
    assert_refused(capsys, sites.district, bundle, "desa lain")


def test_a_district_bundle_carrying_another_villages_records_is_refused_by_the_village(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path
) -> None:
    bundle = crafted(sites, tmp_path / "usb", sites.district, sites.village, lines_of(sites.neighbour))
    assert_refused(capsys, sites.village, bundle, "desa lain")


def forged_entry(lines: list[str], entity: str) -> str:
    """A well-formed entry of `entity` (a review of the village's first household), written as the
    village's next change: the shape is right, only who may send it is wrong."""
    household = content.Entry(*json.loads(next(line for line in lines if json.loads(line)[2] == "household")))
    row_id = uuid.uuid4().hex
    row = {name: household.row[name] for name in SYNC_COLUMN_NAMES} | {
        "id": row_id,
        "village_code": household.row["village_code"],
        "household_id": household.row_id,
        "status": "verified",
        "note": None,
        "reviewer_name": "Siti",
        "reviewed_on": "2026-01-01",
    }
    last = max(json.loads(line)[1] for line in lines)
    return content.Entry(
        household.device_id,
        last + 1,
        entity,
        row_id,
        "insert",
        household.version,
        None,
        household.scope,
        household.created_at,
        row,
    ).line()


@pytest.mark.parametrize("entity", ["household_review", "sync_peer", "installation"])
def test_a_table_the_village_may_not_send_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path, entity: str
) -> None:
    """A review is the district's; the trust list and the installation row never travel at all."""
    lines = lines_of(sites.village)
    if entity == "household_review":
        assert frozenset(json.loads(forged_entry(lines, entity))[9]) == columns_of(entity)
    bundle = crafted(
        sites, tmp_path / "usb", sites.village, sites.district, [*lines, forged_entry(lines, entity)]
    )
    assert_refused(capsys, sites.district, bundle, "jenis data")


def test_a_manifest_naming_another_sender_or_recipient_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path
) -> None:
    lines = lines_of(sites.village)
    with opened(sites.neighbour) as (neighbour,):
        other_id = neighbour.peer_id
    claims_neighbour = crafted(
        sites,
        tmp_path / "a",
        sites.village,
        sites.district,
        lines,
        source={"peer_id": other_id, "role": "village", "region_code": "x", "region_name": "x"},
    )
    assert_refused(capsys, sites.district, claims_neighbour, "tidak cocok")
    for_neighbour = crafted(
        sites, tmp_path / "b", sites.village, sites.district, lines, recipient_id=other_id
    )
    assert_refused(capsys, sites.district, for_neighbour, "tidak cocok")


def test_a_manifest_with_an_unreadable_creation_time_is_refused(
    capsys: pytest.CaptureFixture[str], sites: Sites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Signed by the trusted village, every entry in order; only the manifest's time is not a time.
    A malformed bundle is a refusal the officer can act on, not a crash."""
    lines = lines_of(sites.village)
    real_pack = content.pack

    def pack_with_a_bad_time(manifest: content.Manifest, packed_lines: list[str]) -> bytes:
        manifest.created_at = "kemarin sore"
        return real_pack(manifest, packed_lines)

    monkeypatch.setattr(content, "pack", pack_with_a_bad_time)
    bundle = crafted(sites, tmp_path / "usb", sites.village, sites.district, lines)
    monkeypatch.undo()
    assert_refused(capsys, sites.district, bundle, "tidak dapat dibaca", "ditolak")


# -- several files at once --------------------------------------------------------------------------


def dangling_person(lines: list[str]) -> str:
    """The village's next change: a new person in a household that exists nowhere."""
    person = content.Entry(*json.loads(next(line for line in lines if json.loads(line)[2] == "person")))
    row_id = uuid.uuid4().hex
    row = {**person.row, "id": row_id, "household_id": uuid.uuid4().hex, "full_name": "Tanpa Rumah"}
    last = max(json.loads(line)[1] for line in lines)
    return content.Entry(
        person.device_id,
        last + 1,
        "person",
        row_id,
        "insert",
        person.version,
        None,
        person.scope,
        person.created_at,
        row,
    ).line()


def test_a_bad_bundle_among_good_ones_is_refused_alone(sites: Sites, tmp_path: Path) -> None:
    """The files of one `sync import` share a transaction, each bundle in its own savepoint: a bundle
    with a person in a household nobody holds is refused by itself, the others are applied."""
    good_village = export_one(sites.village, tmp_path / "a")
    good_neighbour = export_one(sites.neighbour, tmp_path / "b")
    neighbour_lines = lines_of(sites.neighbour)
    bad = crafted(
        sites,
        tmp_path / "c",
        sites.neighbour,
        sites.district,
        [*neighbour_lines, dangling_person(neighbour_lines)],
    )
    with opened(sites.district) as (district,):
        outcomes = import_bundles(district.db, district.keys, [good_village, bad, good_neighbour])
    assert [type(outcome) for outcome in outcomes][0::2] == [Imported, Imported]
    assert isinstance(outcomes[1], Exception) and "crafted.dmsync" in str(outcomes[1])
    assert count(sites.district.database, "SELECT count(*) FROM person WHERE full_name = 'Tanpa Rumah'") == 0
    families = count(sites.village.database, "SELECT count(*) FROM household") + count(
        sites.neighbour.database, "SELECT count(*) FROM household"
    )
    assert count(sites.district.database, "SELECT count(*) FROM household") == families == 4


def test_when_the_shared_commit_fails_each_bundle_is_applied_on_its_own(
    sites: Sites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk at the commit of a multi-file import stores nothing of it; the files are then applied
    one transaction each, and each is reported once, as new."""
    bundles = [export_one(sites.village, tmp_path / "a"), export_one(sites.neighbour, tmp_path / "b")]
    real_save_clock = ChangeRecorder.save_clock
    failures = []

    def disk_full_once(recorder: ChangeRecorder) -> None:
        if not failures:
            failures.append(1)
            raise sqlite3.OperationalError("database or disk is full")
        real_save_clock(recorder)

    monkeypatch.setattr(ChangeRecorder, "save_clock", disk_full_once)
    with opened(sites.district) as (district,):
        outcomes = import_bundles(district.db, district.keys, bundles)
    assert failures == [1]
    assert all(isinstance(outcome, Imported) and not outcome.repeated_bundle for outcome in outcomes)
    assert count(sites.district.database, "SELECT count(*) FROM household") == 4
    assert count(sites.district.database, "SELECT count(*) FROM sync_bundle WHERE direction = 'in'") == 2


# -- any byte, any value ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fuzz_target(template: Sites, tmp_path_factory: pytest.TempPathFactory) -> tuple[DataPaths, bytes]:
    root = tmp_path_factory.mktemp("fuzz")
    district = clone(template.district, root)
    village = clone(template.village, root)
    return district, export_one(village, root / "usb").read_bytes()


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_changed_byte_is_refused_and_changes_nothing(
    fuzz_target: tuple[DataPaths, bytes], data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    district, genuine = fuzz_target
    position = data.draw(st.integers(0, len(genuine) - 1), label="position")
    value = data.draw(st.integers(0, 255).filter(lambda byte: byte != genuine[position]), label="value")
    tampered = bytearray(genuine)
    tampered[position] = value
    path = tmp_path_factory.mktemp("tampered") / "bundle.dmsync"
    path.write_bytes(bytes(tampered))
    before = settled_state(district)
    with opened(district) as (node,), pytest.raises(BundleRefusedError):
        node.receive(path)
    assert database_state(district) == before
