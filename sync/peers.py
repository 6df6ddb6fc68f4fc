"""The installations this one trusts (`sync_peer`): a district its villages' devices, a village its district.

Trust is by key: a bundle is accepted only from a trusted, unrevoked key. Revoking (a stolen laptop)
is final for that key; the village's new laptop gets a key of its own and is trusted anew.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select, update

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.data.installation import Installation
from desmigratif_desktop.data.sync_state import SyncPeer
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.errors import KnownError
from sync.errors import IdentityRefusedError
from sync.identity import Identity

_PEER = table_of(SyncPeer)


@dataclass(frozen=True)
class Peer:
    peer_id: str
    role: str
    region_code: str
    region_name: str
    officer_name: str
    fingerprint: str
    signing_key: bytes
    encryption_key: bytes
    trusted_at: datetime
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def _peer(row: object) -> Peer:
    values = dict(row._mapping)  # type: ignore[attr-defined]
    values["signing_key"] = base64.b64decode(values["signing_key"])
    values["encryption_key"] = base64.b64decode(values["encryption_key"])
    return Peer(**values)


def list_peers(db: Database) -> list[Peer]:
    with db.read() as connection:
        rows = connection.execute(select(_PEER).order_by(_PEER.c.region_code, _PEER.c.trusted_at))
        return [_peer(row) for row in rows]


def find_peer(connection: Connection, peer_id: str) -> Peer | None:
    row = connection.execute(select(_PEER).where(_PEER.c.peer_id == peer_id)).first()
    return _peer(row) if row is not None else None


def active_peers(db: Database, region_code: str | None = None) -> list[Peer]:
    return [
        peer
        for peer in list_peers(db)
        if peer.active and (region_code is None or peer.region_code == region_code)
    ]


def pairing_problem(own: Installation, identity: Identity, own_peer_id: str) -> str | None:
    """Why `identity` may not be trusted here, or None: a village trusts its own district office, a
    district office the villages of its regency."""
    if identity.peer_id == own_peer_id:
        return "Itu kartu identitas instalasi ini sendiri."
    if own.role == Role.VILLAGE:
        regency = own.region_code[:5]
        if identity.role != Role.DISTRICT:
            return "Desa hanya bertukar data dengan Dinas kabupaten/kotanya, bukan dengan desa lain."
        if identity.region_code != regency:
            return f"Kartu itu milik {identity.region_name}, bukan Dinas kabupaten/kota desa ini ({regency})."
        return None
    if identity.role != Role.VILLAGE:
        return "Dinas bertukar data dengan desa-desanya, bukan dengan dinas lain."
    if not identity.region_code.startswith(own.region_code + "."):
        return f"{identity.region_name} tidak berada di wilayah {own.region_name}."
    return None


def trust(db: Database, identity: Identity, own_peer_id: str, now: datetime | None = None) -> bool:
    """Register `identity`; False when it was trusted already. Refusals change nothing."""
    own = db.require_installation()
    problem = pairing_problem(own, identity, own_peer_id)
    if problem:
        raise IdentityRefusedError(problem, "Periksa bahwa kartu identitas yang dipilih benar.")
    with db.write() as recorder:
        existing = find_peer(recorder.connection, identity.peer_id)
        if existing is not None and not existing.active:
            raise IdentityRefusedError(
                f"Perangkat {identity.fingerprint} ({identity.region_name}) sudah dicabut; tidak dapat "
                "dipercaya lagi.",
                "Perangkat pengganti membuat kunci baru: minta kartu identitasnya yang baru.",
            )
        if existing is not None:
            return False
        recorder.connection.execute(
            insert(_PEER).values(
                peer_id=identity.peer_id,
                role=identity.role,
                region_code=identity.region_code,
                region_name=identity.region_name,
                officer_name=identity.officer_name,
                fingerprint=identity.fingerprint,
                signing_key=base64.b64encode(identity.signing_key).decode("ascii"),
                encryption_key=base64.b64encode(identity.encryption_key).decode("ascii"),
                trusted_at=now or datetime.now(UTC),
            )
        )
    return True


def revoke(db: Database, which: str, now: datetime | None = None) -> Peer:
    """Revoke the peer named by its fingerprint (dashes optional), its peer id, or its region code when
    exactly one active device has it. Its future bundles are refused."""
    peer = named_peer(db, which)
    with db.write() as recorder:
        recorder.connection.execute(
            update(_PEER)
            .where(_PEER.c.peer_id == peer.peer_id, _PEER.c.revoked_at.is_(None))
            .values(revoked_at=now or datetime.now(UTC))
        )
    return peer


def named_peer(db: Database, which: str) -> Peer:
    wanted = which.strip().upper().replace("-", "").replace(" ", "")
    peers = list_peers(db)
    matches = [p for p in peers if wanted and p.fingerprint.replace("-", "").startswith(wanted)]
    matches = matches or [p for p in peers if p.peer_id.upper() == wanted]
    matches = matches or [p for p in peers if p.region_code == which.strip() and p.active]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise KnownError(
            f"Tidak ada perangkat tepercaya bernama “{which}”.",
            "Lihat daftarnya dengan `desmigratif keys list` dan pakai sidik jarinya.",
        )
    raise KnownError(
        f"“{which}” cocok dengan {len(matches)} perangkat.",
        "Tulis sidik jari (fingerprint) perangkatnya lebih lengkap.",
    )
