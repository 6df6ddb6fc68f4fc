"""Identity cards: the public half of an installation, exchanged once so the other side can trust it.

`keys export` writes this installation's card; `keys trust` reads another's. The card is signed with
the key it carries, which proves the sender holds it; the officers then compare the fingerprint by
phone, which proves the key is the one they meant.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desmigratif_desktop.atomic_file import atomic_write
from desmigratif_desktop.data.installation import Installation
from desmigratif_desktop.errors import from_os_error
from sync.errors import IdentityRefusedError
from sync.keys import KeyPair, fingerprint_of, peer_id_of

CARD_FORMAT = "desmigratif-identitas"
CARD_VERSION = 1
MAX_CARD_BYTES = 64 * 1024
KEY_BYTES = 32


@dataclass(frozen=True)
class Identity:
    peer_id: str
    role: str
    region_code: str
    region_name: str
    officer_name: str
    fingerprint: str
    signing_key: bytes
    encryption_key: bytes


def own_identity(installation: Installation, keys: KeyPair) -> Identity:
    return Identity(
        peer_id=keys.peer_id,
        role=installation.role,
        region_code=installation.region_code,
        region_name=installation.region_name,
        officer_name=installation.officer_name,
        fingerprint=keys.fingerprint,
        signing_key=keys.signing_public,
        encryption_key=keys.encryption_public,
    )


def _card_fields(identity: Identity) -> dict[str, Any]:
    fields = asdict(identity)
    fields["signing_key"] = _b64(identity.signing_key)
    fields["encryption_key"] = _b64(identity.encryption_key)
    return {"format": CARD_FORMAT, "version": CARD_VERSION, **fields}


def _signed_bytes(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def card_bytes(identity: Identity, keys: KeyPair, now: datetime | None = None) -> bytes:
    fields = {**_card_fields(identity), "created_at": (now or datetime.now(UTC)).isoformat()}
    signature = keys.signing.sign(_signed_bytes(fields))
    return json.dumps({**fields, "signature": _b64(signature)}, ensure_ascii=False, indent=1).encode()


def write_card(identity: Identity, keys: KeyPair, out: Path) -> Path:
    try:
        with atomic_write(out) as handle:
            handle.write(card_bytes(identity, keys))
    except OSError as error:
        raise from_os_error(error) from error
    return out


def read_card(path: Path) -> Identity:
    """A card checked whole: size, shape, key lengths, ids derived from the key, and its signature."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_CARD_BYTES + 1)
    except OSError as error:
        raise from_os_error(error) from error
    if len(raw) > MAX_CARD_BYTES:
        raise _not_a_card(path)
    return parse_card(raw, path.name)


def parse_card(raw: bytes, name: str = "kartu") -> Identity:
    try:
        card = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _not_a_card(name) from error
    if not isinstance(card, dict) or card.get("format") != CARD_FORMAT:
        raise _not_a_card(name)
    if card.get("version") != CARD_VERSION:
        raise IdentityRefusedError(
            f"Kartu identitas {name} dibuat oleh versi aplikasi yang lebih baru.",
            "Perbarui Desmigratif Desktop di komputer ini, lalu coba lagi.",
        )
    try:
        identity = Identity(
            peer_id=_text(card, "peer_id"),
            role=_text(card, "role"),
            region_code=_text(card, "region_code"),
            region_name=_text(card, "region_name"),
            officer_name=_text(card, "officer_name"),
            fingerprint=_text(card, "fingerprint"),
            signing_key=_key(card, "signing_key"),
            encryption_key=_key(card, "encryption_key"),
        )
        signature = base64.b64decode(_text(card, "signature"), validate=True)
        fields = {key: value for key, value in card.items() if key != "signature"}
        Ed25519PublicKey.from_public_bytes(identity.signing_key).verify(signature, _signed_bytes(fields))
    except (KeyError, ValueError, TypeError, InvalidSignature) as error:
        raise IdentityRefusedError(
            f"Kartu identitas {name} rusak atau telah diubah; tidak dipercaya.",
            "Minta kartu identitas yang baru, langsung dari petugasnya.",
        ) from error
    if identity.peer_id != peer_id_of(identity.signing_key) or identity.fingerprint != fingerprint_of(
        identity.signing_key
    ):
        raise IdentityRefusedError(
            f"Kartu identitas {name} tidak cocok dengan kuncinya; tidak dipercaya.",
            "Minta kartu identitas yang baru, langsung dari petugasnya.",
        )
    return identity


def _text(card: dict[str, Any], key: str) -> str:
    value = card[key]
    if not isinstance(value, str) or not value or len(value) > 500:
        raise ValueError(key)
    return value


def _key(card: dict[str, Any], key: str) -> bytes:
    raw = base64.b64decode(_text(card, key), validate=True)
    if len(raw) != KEY_BYTES:
        raise ValueError(key)
    return raw


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _not_a_card(name: object) -> IdentityRefusedError:
    return IdentityRefusedError(
        f"{name} bukan kartu identitas Desmigratif.",
        "Pilih berkas kartu identitas (Sinkronisasi › Ekspor kartu identitas, atau keys export).",
    )
