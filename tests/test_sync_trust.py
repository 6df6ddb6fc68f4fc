"""`keys trust` (DESIGN §5, Trust): a village trusts its own district office, a district office the villages
of its regency; a tampered card or a revoked key is never trusted; every refusal changes nothing."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desmigratif_desktop.paths import DataPaths
from tests.conftest import BREBES
from tests.sync_helpers import (
    cli,
    clone,
    database_state,
    make_district,
    make_village,
    regency_villages,
    settled_state,
)

PEMALANG = "33.27"


@dataclass(frozen=True)
class Cards:
    village: DataPaths  # Rengaspendawa, Brebes
    district: DataPaths  # Dinas Brebes
    cards: dict[str, Path]  # name -> identity card written by `keys export`


@pytest.fixture(scope="module")
def installations(tmp_path_factory: pytest.TempPathFactory) -> Cards:
    root = tmp_path_factory.mktemp("trust")
    brebes_village, neighbour = regency_villages(2)
    (pemalang_village,) = regency_villages(1, PEMALANG)
    made = {
        "village": make_village(root, brebes_village),
        "neighbour": make_village(root, neighbour),
        "district": make_district(root, BREBES),
        "other-district": make_district(root, PEMALANG),
        "other-regency-village": make_village(root, pemalang_village),
    }
    cards: dict[str, Path] = {}
    for name, paths in made.items():
        cards[name] = root / f"{name}.card"
        export_card(paths, cards[name])
    return Cards(made["village"], made["district"], cards)


def export_card(paths: DataPaths, out: Path) -> None:
    from desmigratif_desktop.cli import main

    assert main(["--data-dir", str(paths.data_dir), "keys", "export", "--out", str(out)]) == 0


@pytest.fixture
def village(installations: Cards, tmp_path: Path) -> DataPaths:
    return clone(installations.village, tmp_path)


@pytest.fixture
def district(installations: Cards, tmp_path: Path) -> DataPaths:
    return clone(installations.district, tmp_path)


def trust_card(capsys: pytest.CaptureFixture[str], receiver: DataPaths, card: Path) -> tuple[int, str, str]:
    return cli(capsys, "--data-dir", str(receiver.data_dir), "keys", "trust", str(card), "--yes")


def assert_not_trusted(
    capsys: pytest.CaptureFixture[str], receiver: DataPaths, card: Path, reason: str
) -> None:
    before = settled_state(receiver)
    code, _, err = trust_card(capsys, receiver, card)
    assert code == 1
    assert reason in err, err
    assert database_state(receiver) == before
    code, out, _ = cli(capsys, "--data-dir", str(receiver.data_dir), "keys", "list", "--json")
    assert code == 0
    assert json.loads(out) == [] or all(peer["revoked"] for peer in json.loads(out))


def test_the_pairs_the_design_allows_are_trusted(
    capsys: pytest.CaptureFixture[str], installations: Cards, village: DataPaths, district: DataPaths
) -> None:
    code, out, _ = trust_card(capsys, village, installations.cards["district"])
    assert code == 0 and "Dipercaya: Dinas Kabupaten Brebes" in out
    code, out, _ = trust_card(capsys, district, installations.cards["village"])
    assert code == 0 and "Dipercaya: Desa Rengaspendawa" in out
    code, out, _ = trust_card(capsys, district, installations.cards["neighbour"])
    assert code == 0
    code, out, _ = cli(capsys, "--data-dir", str(district.data_dir), "keys", "list", "--json")
    assert sorted(peer["role"] for peer in json.loads(out)) == ["village", "village"]

    before = settled_state(district)
    code, out, _ = trust_card(capsys, district, installations.cards["village"])
    assert code == 0 and "sudah dipercaya sebelumnya" in out
    assert database_state(district) == before


@pytest.mark.parametrize(
    ("receiver", "card", "reason"),
    [
        ("village", "neighbour", "bukan dengan desa lain"),
        ("village", "other-district", "bukan Dinas kabupaten/kota desa ini"),
        ("district", "other-district", "bukan dengan dinas lain"),
        ("district", "other-regency-village", "tidak berada di wilayah"),
        ("village", "village", "instalasi ini sendiri"),
        ("district", "district", "instalasi ini sendiri"),
    ],
)
def test_a_card_of_the_wrong_region_or_role_is_refused(
    capsys: pytest.CaptureFixture[str],
    installations: Cards,
    village: DataPaths,
    district: DataPaths,
    receiver: str,
    card: str,
    reason: str,
) -> None:
    target = village if receiver == "village" else district
    assert_not_trusted(capsys, target, installations.cards[card], reason)


def _other_key(card: dict[str, Any], donor: dict[str, Any]) -> None:
    """The signing key of another card, with the ids derived from it, but this card's signature."""
    for field in ("signing_key", "peer_id", "fingerprint"):
        card[field] = donor[field]


TAMPERINGS: dict[str, Callable[[dict[str, Any], dict[str, Any]], None]] = {
    "officer-name": lambda card, _donor: card.update(officer_name="Orang Lain"),
    "region": lambda card, _donor: card.update(region_code="33.29.15.2001"),
    "role": lambda card, _donor: card.update(role="district"),
    "encryption-key": lambda card, donor: card.update(encryption_key=donor["encryption_key"]),
    "signing-key": _other_key,
    "signature": lambda card, donor: card.update(signature=donor["signature"]),
    "short-key": lambda card, _donor: card.update(encryption_key=base64.b64encode(b"x" * 16).decode()),
}


@pytest.mark.parametrize("tampering", list(TAMPERINGS))
def test_a_tampered_card_is_refused(
    capsys: pytest.CaptureFixture[str],
    installations: Cards,
    district: DataPaths,
    tmp_path: Path,
    tampering: str,
) -> None:
    card = json.loads(installations.cards["village"].read_text(encoding="utf-8"))
    donor = json.loads(installations.cards["neighbour"].read_text(encoding="utf-8"))
    TAMPERINGS[tampering](card, donor)
    tampered = tmp_path / "tampered.card"
    tampered.write_text(json.dumps(card), encoding="utf-8")
    assert_not_trusted(capsys, district, tampered, "tidak dipercaya")


def test_a_file_that_is_not_a_card_is_refused(
    capsys: pytest.CaptureFixture[str], installations: Cards, district: DataPaths, tmp_path: Path
) -> None:
    for content in (b"", b"\x00\x01binary", b'{"format": "lain"}', b"[1, 2]"):
        path = tmp_path / "bukan.card"
        path.write_bytes(content)
        assert_not_trusted(capsys, district, path, "bukan kartu identitas")


def test_a_revoked_key_is_never_trusted_again(
    capsys: pytest.CaptureFixture[str], installations: Cards, district: DataPaths
) -> None:
    card = installations.cards["village"]
    code, _, err = trust_card(capsys, district, card)
    assert code == 0, err
    fingerprint = json.loads(card.read_text(encoding="utf-8"))["fingerprint"]
    code, out, err = cli(capsys, "--data-dir", str(district.data_dir), "keys", "revoke", fingerprint, "--yes")
    assert code == 0 and "Dicabut" in out, err

    assert_not_trusted(capsys, district, card, "sudah dicabut")
    code, out, _ = cli(capsys, "--data-dir", str(district.data_dir), "keys", "list", "--json")
    (peer,) = json.loads(out)
    assert peer["revoked"] is True


def test_trust_without_yes_asks_and_a_script_is_refused(
    capsys: pytest.CaptureFixture[str], installations: Cards, district: DataPaths
) -> None:
    """Without a terminal to confirm the fingerprint on, nothing is trusted."""
    before = settled_state(district)
    code, out, err = cli(
        capsys, "--data-dir", str(district.data_dir), "keys", "trust", str(installations.cards["village"])
    )
    assert code == 1 and "--yes" in err
    assert "Sidik jari" in out  # the fingerprint is shown, to be compared by phone
    assert database_state(district) == before
