"""This installation's two key pairs, made at setup and kept in the data dir's `keys` folder.

- Ed25519 signs every bundle this installation writes: a receiver checks it before reading anything.
- X25519 receives: a bundle for this installation is encrypted to it, so a lost USB stick leaks nothing.

The private keys are files readable by this user only (0600). The peer id and the fingerprint are
derived from the signing key, so they cannot be claimed by another key.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.paths import DataPaths
from sync.errors import NoKeysError

KEYS_DIR = "keys"
SIGNING_FILE = "signing.pem"
ENCRYPTION_FILE = "encryption.pem"
PEER_ID_BYTES = 16


def _raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def peer_id_of(signing_public: bytes) -> str:
    """32 hex digits naming an installation: the first half of SHA-256 of its signing key."""
    return hashlib.sha256(signing_public).hexdigest()[: PEER_ID_BYTES * 2]


def fingerprint_of(signing_public: bytes) -> str:
    """What two officers read to each other by phone: 20 hex digits, e.g. 3F2A-91BC-07DE-33A1-5C88."""
    digits = hashlib.sha256(b"desmigratif-fingerprint" + signing_public).hexdigest()[:20].upper()
    return "-".join(digits[n : n + 4] for n in range(0, 20, 4))


@dataclass(frozen=True)
class KeyPair:
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @property
    def signing_public(self) -> bytes:
        return _raw_public(self.signing)

    @property
    def encryption_public(self) -> bytes:
        return _raw_public(self.encryption)

    @property
    def peer_id(self) -> str:
        return peer_id_of(self.signing_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.signing_public)


def keys_dir(paths: DataPaths) -> Path:
    return paths.data_dir / KEYS_DIR


def has_keys(paths: DataPaths) -> bool:
    folder = keys_dir(paths)
    return (folder / SIGNING_FILE).is_file() and (folder / ENCRYPTION_FILE).is_file()


def ensure_keys(paths: DataPaths) -> KeyPair:
    """The installation's keys, made now if it has none (an installation set up before sync existed)."""
    if not has_keys(paths):
        create_keys(paths)
    return load_keys(paths)


def create_keys(paths: DataPaths) -> None:
    """Make both key pairs; an existing key is never overwritten (it would orphan every trust)."""
    folder = keys_dir(paths)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for name, key in (
            (SIGNING_FILE, Ed25519PrivateKey.generate()),
            (ENCRYPTION_FILE, X25519PrivateKey.generate()),
        ):
            target = folder / name
            if not target.exists():
                _write_private(target, key)
    except OSError as error:
        raise KnownError(
            f"Kunci instalasi tidak dapat dibuat di {folder}.",
            "Pastikan folder data dapat ditulis, lalu coba lagi.",
        ) from error


def load_keys(paths: DataPaths) -> KeyPair:
    folder = keys_dir(paths)
    try:
        signing = _read_private(folder / SIGNING_FILE)
        encryption = _read_private(folder / ENCRYPTION_FILE)
    except FileNotFoundError as error:
        raise NoKeysError() from error
    except (OSError, ValueError) as error:
        raise KnownError(
            f"Kunci instalasi di {folder} rusak atau tidak dapat dibaca.",
            "Pulihkan folder `keys` dari cadangan.",
        ) from error
    if not isinstance(signing, Ed25519PrivateKey) or not isinstance(encryption, X25519PrivateKey):
        raise KnownError(f"Berkas kunci di {folder} bukan kunci Desmigratif.", "Pulihkan folder `keys`.")
    return KeyPair(signing, encryption)


def _write_private(target: Path, key: Ed25519PrivateKey | X25519PrivateKey) -> None:
    """Written under a temporary name with mode 0600, flushed, then renamed: never half a key."""
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    partial = target.with_name(f".{target.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(target)


def _read_private(path: Path) -> object:
    return serialization.load_pem_private_key(path.read_bytes(), password=None)
