"""`desmigratif keys …` and `desmigratif sync …`: trust between installations, and change bundles."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.formatting import format_count

if TYPE_CHECKING:
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.paths import DataPaths

OpenDb = Callable[[], "Database"]
EXIT_OK, EXIT_ERROR = 0, 1


def add_sync_commands(commands: Any) -> None:
    keys = commands.add_parser("keys", help="kunci dan kartu identitas: siapa yang dipercaya")
    key_commands = keys.add_subparsers(dest="keys_command", metavar="PERINTAH", required=True)
    key_commands.add_parser("show", help="tampilkan sidik jari instalasi ini (untuk dibacakan lewat telepon)")
    export = key_commands.add_parser("export", help="tulis kartu identitas instalasi ini")
    export.add_argument("--out", metavar="FILE", required=True, type=Path, help="berkas kartu yang dibuat")
    trust = key_commands.add_parser("trust", help="percayai instalasi lain dari kartu identitasnya")
    trust.add_argument("file", metavar="FILE", type=Path, help="kartu identitas (dari `keys export`)")
    trust.add_argument("--yes", action="store_true", help="tanpa pertanyaan (untuk skrip)")
    listing = key_commands.add_parser("list", help="daftar perangkat yang dipercaya")
    listing.add_argument("--json", action="store_true", help="keluarkan JSON")
    revoke = key_commands.add_parser("revoke", help="cabut perangkat (mis. laptop hilang)")
    revoke.add_argument("device", metavar="SIDIK_JARI", help="sidik jari, id, atau kode desa perangkatnya")
    revoke.add_argument("--yes", action="store_true", help="tanpa pertanyaan (untuk skrip)")

    sync = commands.add_parser("sync", help="tukar bundel perubahan dengan Dinas atau desa")
    sync_commands = sync.add_subparsers(dest="sync_command", metavar="PERINTAH", required=True)
    out = sync_commands.add_parser("export", help="tulis satu bundel untuk setiap perangkat tepercaya")
    out.add_argument("--out", metavar="DIR", required=True, type=Path, help="folder tujuan (mis. flashdisk)")
    out.add_argument("--to", metavar="KODE_DESA", help="Dinas: hanya untuk desa ini")
    into = sync_commands.add_parser("import", help="terapkan bundel dari Dinas atau desa")
    into.add_argument("files", metavar="FILE", nargs="+", type=Path, help="berkas bundel (.dmsync)")
    status = sync_commands.add_parser("status", help="keadaan sinkronisasi per perangkat")
    status.add_argument("--json", action="store_true", help="keluarkan satu objek JSON")
    conflicts = sync_commands.add_parser("conflicts", help="data yang diubah kedua pihak")
    conflicts.add_argument("--json", action="store_true", help="keluarkan JSON")
    resolve = sync_commands.add_parser("resolve", help="selesaikan konflik")
    resolve.add_argument("conflict", metavar="ID", help="id konflik (awalannya cukup)")
    resolve.add_argument(
        "--keep", choices=["kept", "other"], required=True, help="kept: yang tampil; other: versi lainnya"
    )


def run_keys(paths: DataPaths, open_db: OpenDb, args: argparse.Namespace) -> int:
    from sync import identity
    from sync.keys import ensure_keys

    with open_db() as db:
        keys = ensure_keys(paths)
        command = args.keys_command
        if command == "show":
            print(f"Sidik jari instalasi ini: {keys.fingerprint}")
            print(f"Id perangkat: {keys.peer_id}")
        elif command == "export":
            own = identity.own_identity(db.require_installation(), keys)
            out = identity.write_card(own, keys, args.out.expanduser().resolve())
            print(f"Kartu identitas tersimpan: {out}")
            print(f"Sidik jari: {keys.fingerprint} (bacakan kepada penerimanya untuk dicocokkan)")
        elif command == "trust":
            return _trust(db, keys.peer_id, args)
        elif command == "list":
            _list_peers(db, args.json)
        else:
            return _revoke(db, args)
    return EXIT_OK


def _trust(db: Database, own_peer_id: str, args: argparse.Namespace) -> int:
    from sync import identity, peers

    card = identity.read_card(args.file.expanduser())
    print(f"Kartu identitas: {card.region_name} ({card.region_code}), petugas {card.officer_name}")
    print(f"Sidik jari: {card.fingerprint}")
    problem = peers.pairing_problem(db.require_installation(), card, own_peer_id)
    if problem is None and not args.yes:
        _confirm("Cocokkan sidik jari ini dengan petugasnya (mis. lewat telepon). Percayai? [y/T] ")
    if peers.trust(db, card, own_peer_id):
        print(f"Dipercaya: {card.region_name}.")
    else:
        print(f"{card.region_name} sudah dipercaya sebelumnya; tidak ada yang diubah.")
    return EXIT_OK


def _list_peers(db: Database, as_json: bool) -> None:
    from sync.peers import list_peers

    found = list_peers(db)
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "peer_id": p.peer_id,
                        "fingerprint": p.fingerprint,
                        "role": p.role,
                        "region_code": p.region_code,
                        "region_name": p.region_name,
                        "officer_name": p.officer_name,
                        "revoked": not p.active,
                    }
                    for p in found
                ],
                ensure_ascii=False,
            )
        )
        return
    if not found:
        print("Belum ada perangkat yang dipercaya.")
    for peer in found:
        state = "dicabut" if not peer.active else "dipercaya"
        print(f"{peer.fingerprint}  {peer.region_code:<14} {peer.region_name} ({state})")


def _revoke(db: Database, args: argparse.Namespace) -> int:
    from sync.peers import named_peer, revoke

    peer = named_peer(db, args.device)
    if not args.yes:
        _confirm(f"Cabut {peer.region_name} ({peer.fingerprint})? Bundelnya tidak akan diterima lagi. [y/T] ")
    revoke(db, peer.peer_id)
    print(f"Dicabut: {peer.region_name} ({peer.fingerprint}).")
    return EXIT_OK


def run_sync(paths: DataPaths, open_db: OpenDb, args: argparse.Namespace) -> int:
    from sync.keys import ensure_keys

    with open_db() as db:
        keys = ensure_keys(paths)
        command = args.sync_command
        if command == "export":
            return _export(db, keys, args)
        if command == "import":
            return _import(db, keys, args.files)
        if command == "status":
            return _status(db, keys, args.json)
        if command == "conflicts":
            return _conflicts(db, args.json)
        return _resolve(db, args)


def _export(db: Database, keys: Any, args: argparse.Namespace) -> int:
    from sync.export import export_bundles

    for bundle in export_bundles(db, keys, args.out.expanduser().resolve(), to=args.to):
        print(bundle.path)  # one path a line, for scripts; the words go to stderr
        print(
            f"  {bundle.peer.region_name}: {format_count(bundle.entries)} perubahan",
            file=sys.stderr,
        )
    return EXIT_OK


def _import(db: Database, keys: Any, files: list[Path]) -> int:
    from sync.apply import Imported, import_bundles

    failed = False
    for outcome in import_bundles(db, keys, [f.expanduser() for f in files]):
        if isinstance(outcome, Imported):
            print(_describe(outcome))
        elif isinstance(outcome, KnownError):
            failed = True
            print(f"desmigratif: {outcome}", file=sys.stderr)
        else:
            raise outcome  # a bug: shown whole, not dressed up as a refusal
    return EXIT_ERROR if failed else EXIT_OK


def _describe(result: Any) -> str:
    parts = [f"{result.path.name}: dari {result.sender}"]
    if result.repeated_bundle:
        parts.append("bundel ini sudah pernah diimpor")
    parts.append(f"{format_count(result.applied)} perubahan diterapkan")
    if result.already:
        parts.append(f"{format_count(result.already)} sudah ada")
    if result.held:
        parts.append(f"{format_count(result.held)} menunggu bundel sebelumnya")
    if result.conflicts:
        parts.append(f"{format_count(result.conflicts)} konflik perlu ditinjau")
    if result.acknowledged:
        parts.append(f"{format_count(result.acknowledged)} perubahan di sini dikonfirmasi diterima")
    return "; ".join(parts) + "."


def _status(db: Database, keys: Any, as_json: bool) -> int:
    from sync.status import sync_status

    status = sync_status(db, keys)
    if as_json:
        print(json.dumps(status, ensure_ascii=False))
        return EXIT_OK
    print(f"Instalasi ini: {status['region_code']}, sidik jari {status['fingerprint']}")
    print(f"Perubahan belum dikonfirmasi: {format_count(status['pending_changes'])}")
    print(f"Konflik terbuka: {format_count(status['open_conflicts'])}")
    for peer in status["peers"]:
        state = " (dicabut)" if peer["revoked_at"] else ""
        print(f"- {peer['region_name']}{state}: {peer['fingerprint']}")
        sent, received = peer["last_sent"], peer["last_received"]
        print(f"    terakhir dikirim: {sent['recorded_at'][:16] if sent else '-'}")
        print(f"    terakhir diterima: {received['recorded_at'][:16] if received else '-'}")
        for gap in peer["gaps"]:
            print(f"    belum diterima: perubahan {gap['first']}–{gap['last']} dari {peer['region_name']}")
    return EXIT_OK


def _conflicts(db: Database, as_json: bool) -> int:
    from sync.conflicts import list_conflicts

    found = list_conflicts(db)
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "id": c.id,
                        "entity": c.entity,
                        "row_id": c.row_id,
                        "shown": c.shown.row,
                        "other": c.other.row,
                        "description": c.describe(),
                    }
                    for c in found
                ],
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    if not found:
        print("Tidak ada konflik terbuka.")
    for conflict in found:
        print(f"{conflict.id[:8]}  {conflict.describe()}")
    return EXIT_OK


def _resolve(db: Database, args: argparse.Namespace) -> int:
    from sync.conflicts import resolve

    conflict = resolve(db, args.conflict, args.keep)
    kept = "versi yang tampil" if args.keep == "kept" else "versi lainnya"
    print(f"Konflik {conflict.id[:8]} diselesaikan: {kept} dipakai.")
    return EXIT_OK


def _confirm(prompt: str) -> None:
    if not sys.stdin or not sys.stdin.isatty():
        raise KnownError("Perlu konfirmasi.", "Jalankan lagi dengan --yes bila sudah yakin.")
    if input(prompt).strip().lower() not in ("y", "ya"):
        raise KnownError("Dibatalkan; tidak ada yang diubah.")
