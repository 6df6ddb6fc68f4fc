"""The bundle file's outer layer: who sent it to whom, encrypted for the recipient, signed by the sender.

Layout (all integers big-endian):

    0   4  magic b"DMSB"
    4   2  format version
    6  16  sender peer id        (from the sender's signing key)
    22 16  recipient peer id
    38 32  ephemeral X25519 public key
    70 12  nonce
    82  8  ciphertext length
    90  …  ciphertext: ChaCha20-Poly1305 of the content, the 90 header bytes as associated data
    …  64  Ed25519 signature of everything before it

Opening reads only the fixed header before it checks, in this order: the file's length adds up, the
format is known, the bundle is for this installation, the sender is trusted and not revoked, and the
signature is the sender's. Only then is anything decrypted or parsed (DESIGN §5).
The key is X25519 between a one-time key and the recipient's, stretched with HKDF-SHA256.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.errors import BundleRefusedError
from sync.keys import KeyPair

MAGIC = b"DMSB"
FORMAT_VERSION = 1
_HEADER = struct.Struct(">4sH16s16s32s12sQ")
HEADER_SIZE = _HEADER.size  # 90
SIGNATURE_SIZE = 64
TAG_SIZE = 16
MAX_BUNDLE_BYTES = 1 << 30  # 1 GiB: far beyond a district's year, far below what breaks a laptop
_KDF_INFO = b"desmigratif-bundle-v1"


@dataclass(frozen=True)
class Sender:
    """What the receiving side knows of a sender it trusts."""

    peer_id: str
    signing_key: bytes
    region_name: str


SenderLookup = Callable[[str], "Sender | str | None"]  # a Sender, None (unknown) or why it is refused


def seal(content: bytes, keys: KeyPair, recipient_peer_id: str, recipient_encryption_key: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    nonce = os.urandom(12)
    key = _content_key(
        ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_encryption_key)),
        ephemeral_public,
        recipient_encryption_key,
    )
    header = _HEADER.pack(
        MAGIC,
        FORMAT_VERSION,
        bytes.fromhex(keys.peer_id),
        bytes.fromhex(recipient_peer_id),
        ephemeral_public,
        nonce,
        len(content) + TAG_SIZE,
    )
    sealed = header + ChaCha20Poly1305(key).encrypt(nonce, content, header)
    return sealed + keys.signing.sign(sealed)


@dataclass(frozen=True)
class Opened:
    sender: Sender
    content: bytes


def open_sealed(data: bytes, keys: KeyPair, lookup: SenderLookup, name: str) -> Opened:
    """Check, then decrypt. Every refusal is a `BundleRefusedError` saying why, in Indonesian."""
    if len(data) < HEADER_SIZE + TAG_SIZE + SIGNATURE_SIZE or data[:4] != MAGIC:
        if data[:4] == MAGIC:
            raise _damaged(name)
        raise BundleRefusedError(
            f"{name} bukan berkas sinkronisasi Desmigratif.",
            "Pilih berkas bundel yang dibuat dengan Ekspor di menu Sinkronisasi.",
        )
    _magic, version, sender_id, recipient_id, ephemeral_public, nonce, length = _HEADER.unpack_from(data)
    if version != FORMAT_VERSION:
        raise BundleRefusedError(
            f"{name} memakai format bundel versi {version}, yang tidak dikenal versi aplikasi ini.",
            "Perbarui Desmigratif Desktop di komputer ini, lalu impor lagi.",
        )
    if HEADER_SIZE + length + SIGNATURE_SIZE != len(data):
        raise _damaged(name)
    if recipient_id.hex() != keys.peer_id:
        raise BundleRefusedError(
            f"{name} ditujukan untuk instalasi lain, bukan untuk instalasi ini.",
            "Impor bundel ini di komputer tujuannya; minta bundel yang dibuat untuk instalasi ini.",
        )
    sender = _trusted_sender(lookup, sender_id.hex(), name)
    signed, signature = data[:-SIGNATURE_SIZE], data[-SIGNATURE_SIZE:]
    try:
        Ed25519PublicKey.from_public_bytes(sender.signing_key).verify(signature, signed)
    except InvalidSignature as error:
        raise BundleRefusedError(
            f"Tanda tangan {name} tidak sah: berkas ini rusak atau telah diubah setelah dibuat.",
            f"Minta {sender.region_name} membuat dan mengirim bundel yang baru.",
        ) from error
    key = _content_key(
        keys.encryption.exchange(X25519PublicKey.from_public_bytes(ephemeral_public)),
        ephemeral_public,
        keys.encryption_public,
    )
    try:
        content = ChaCha20Poly1305(key).decrypt(nonce, data[HEADER_SIZE:-SIGNATURE_SIZE], data[:HEADER_SIZE])
    except InvalidTag as error:
        raise BundleRefusedError(
            f"{name} tidak dapat dibuka dengan kunci instalasi ini.",
            f"Minta {sender.region_name} membuat bundel baru setelah menukar kartu identitas lagi.",
        ) from error
    return Opened(sender, content)


def _trusted_sender(lookup: SenderLookup, sender_id: str, name: str) -> Sender:
    found = lookup(sender_id)
    if isinstance(found, Sender):
        return found
    if isinstance(found, str):  # known but refused, e.g. revoked
        raise BundleRefusedError(found, "Bundel dari perangkat yang dicabut tidak pernah diterima.")
    raise BundleRefusedError(
        f"{name} berasal dari perangkat yang belum dipercaya instalasi ini.",
        "Percayai perangkat itu dulu (Sinkronisasi › Identitas dan perangkat tepercaya, atau keys trust), "
        "lalu impor lagi.",
    )


def _content_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=_KDF_INFO + ephemeral_public + recipient_public
    ).derive(shared)


def _damaged(name: str) -> BundleRefusedError:
    return BundleRefusedError(
        f"{name} tidak utuh: berkasnya terpotong atau telah diubah.",
        "Salin bundel itu lagi dari sumbernya (mis. cabut flashdisk dengan aman), atau minta bundel baru.",
    )
