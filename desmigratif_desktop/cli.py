"""The command line: `desmigratif [--data-dir DIR] COMMAND`. No command starts the GUI.

User mistakes end with one line on stderr and exit status 1 (2 for usage); they never show a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desmigratif_desktop import __version__
from desmigratif_desktop.cli_language import speak_indonesian
from desmigratif_desktop.cli_reports import add_report_commands, run_export, run_report
from desmigratif_desktop.cli_sync import add_sync_commands, run_keys, run_sync
from desmigratif_desktop.errors import KnownError, NotInitialisedError, from_os_error
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.logs import configure_logging
from desmigratif_desktop.paths import DATA_DIR_ENV, DataPaths, resolve_data_paths

if TYPE_CHECKING:
    from desmigratif_desktop.data.database import Database

log = logging.getLogger(__name__)
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
MAX_DEMO_HOUSEHOLDS = 100_000


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desmigratif",
        description="Desmigratif Desktop: register rumah tangga PMI dan empat pilar Desa Migran Produktif.",
        epilog=f"Folder data juga bisa dipilih dengan variabel lingkungan {DATA_DIR_ENV}.",
    )
    parser.add_argument("--version", action="version", version=f"desmigratif {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="folder data instalasi ini (basis data, cadangan, log)"
    )
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")

    commands.add_parser("gui", help="buka aplikasi (bawaan bila tanpa perintah)")

    init = commands.add_parser("init", help="siapkan folder data untuk desa atau dinas")
    init.add_argument(
        "--role", choices=["village", "district"], default="village", help="desa (bawaan) atau dinas"
    )
    init.add_argument("--village", metavar="KODE", help="kode desa Kemendagri, mis. 33.29.15.2007")
    init.add_argument("--district", metavar="KODE", help="kode kabupaten/kota Kemendagri, mis. 33.29")
    init.add_argument("--officer", metavar="NAMA", required=True, help="nama petugas")

    demo = commands.add_parser("demo", help="tambahkan data latihan yang realistis")
    demo.add_argument(
        "--households", metavar="N", type=_demo_count, required=True, help="jumlah rumah tangga"
    )
    same_day = "benih acak; benih sama pada hari yang sama, data sama"
    demo.add_argument("--seed", metavar="S", type=int, default=1, help=same_day)

    stats = commands.add_parser("stats", help="tampilkan jumlah data")
    stats.add_argument("--json", action="store_true", help="keluarkan satu objek JSON")

    backup = commands.add_parser("backup", help="buat cadangan basis data (aman saat aplikasi berjalan)")
    backup.add_argument("--out", metavar="FILE", required=True, type=Path, help="berkas cadangan yang dibuat")

    restore = commands.add_parser("restore", help="pulihkan basis data dari berkas cadangan")
    restore.add_argument("file", metavar="FILE", type=Path, help="berkas cadangan")
    restore.add_argument("--yes", action="store_true", help="tanpa pertanyaan konfirmasi")

    profile = commands.add_parser("profile", help="tampilkan atau ubah data kantor pada laporan")
    profile.add_argument("--officer", metavar="NAMA", help="nama petugas")
    profile.add_argument("--head", metavar="NAMA", help="nama kepala desa (tanda tangan 'Mengetahui')")
    profile.add_argument("--address", metavar="TEKS", help="alamat kantor desa (kop surat)")
    profile.add_argument("--phone", metavar="NOMOR", help="telepon kantor desa (kop surat)")
    add_report_commands(commands)
    add_sync_commands(commands)
    return parser


def _demo_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan bilangan bulat") from None
    if not 1 <= value <= MAX_DEMO_HOUSEHOLDS:
        raise argparse.ArgumentTypeError(f"harus antara 1 dan {MAX_DEMO_HOUSEHOLDS}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    speak_indonesian()
    args = build_parser().parse_args(argv)
    paths = resolve_data_paths(args.data_dir)
    command = args.command or "gui"
    if command != "gui":
        configure_logging_quietly(paths)
    handler = COMMANDS[command]
    try:
        return handler(paths, args)
    except KnownError as error:
        print(f"desmigratif: {error}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:  # a path the user gave that cannot be used
        print(f"desmigratif: {from_os_error(error)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("desmigratif: dibatalkan.", file=sys.stderr)
        return EXIT_ERROR


def configure_logging_quietly(paths: DataPaths) -> None:
    # Logging must not create a data dir for a command that will refuse to run without one.
    if paths.data_dir.is_dir():
        configure_logging(paths)


def run_gui(paths: DataPaths, _args: argparse.Namespace) -> int:
    from desmigratif_desktop.app import run  # Qt is imported only when a window is wanted

    return run(paths)


def run_init(paths: DataPaths, args: argparse.Namespace) -> int:
    from desmigratif_desktop.services.setup import initialise_district, initialise_village

    if args.role == "district":
        if not args.district or args.village:
            return _usage("init --role district memerlukan --district KODE (mis. 33.29), bukan --village.")
        installation = initialise_district(paths, args.district, args.officer)
    else:
        if not args.village or args.district:
            return _usage(
                "init memerlukan --village KODE (mis. 33.29.15.2007); untuk dinas pakai --role district."
            )
        installation = initialise_village(paths, args.village, args.officer)
    configure_logging(paths)
    log.info("initialised %s %s", installation.role, installation.region_code)
    print(f"Siap: {installation.region_name}. Petugas: {installation.officer_name}.")
    print(f"Folder data: {paths.data_dir}")
    return EXIT_OK


def run_demo(paths: DataPaths, args: argparse.Namespace) -> int:
    from desmigratif_desktop.services.demo import add_demo_data

    with open_existing(paths) as db:
        started = time.perf_counter()
        result = add_demo_data(db, args.households, args.seed)
        elapsed = time.perf_counter() - started
    added = {
        key: format_count(getattr(result, key)) for key in ("households", "persons", "placements", "cases")
    }
    print(
        f"Data latihan ditambahkan: {added['households']} rumah tangga, {added['persons']} orang, "
        f"{added['placements']} penempatan, {added['cases']} kasus ({elapsed:.1f} detik)."
    )
    pillars = {key: format_count(value) for key, value in result.pillars.items()}
    print(
        f"Empat pilar: {pillars.get('service_contacts', '0')} kontak layanan, "
        f"{pillars.get('socialisation_events', '0')} sosialisasi, {pillars.get('businesses', '0')} usaha, "
        f"{pillars.get('child_profiles', '0')} profil anak, {pillars.get('parenting_sessions', '0')} sesi "
        f"parenting, {pillars.get('cooperative_members', '0')} anggota koperasi."
    )
    return EXIT_OK


def run_stats(paths: DataPaths, args: argparse.Namespace) -> int:
    from desmigratif_desktop.services.stats import collect_stats

    with open_existing(paths) as db:
        stats = collect_stats(db)
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
        return EXIT_OK
    migrants = stats["migrants"]
    for label, value in (
        ("Wilayah", f"{stats['region_name']}"),
        ("Petugas", stats["officer"]),
        ("Rumah tangga", format_count(stats["households"])),
        ("Anggota rumah tangga", format_count(stats["persons"])),
        ("Calon PMI", format_count(migrants["prospective"])),
        ("PMI di luar negeri", format_count(migrants["abroad"])),
        ("PMI purna", format_count(migrants["returned"])),
        ("Kasus (terbuka)", f"{format_count(stats['cases'])} ({format_count(stats['open_cases'])})"),
        ("Kontak layanan migrasi", format_count(stats["service_contacts"])),
        ("Kegiatan sosialisasi", format_count(stats["socialisation_events"])),
        ("Usaha produktif", format_count(stats["businesses"])),
        ("Anak PMI", format_count(stats["children"])),
        ("Sesi community parenting", format_count(stats["parenting_sessions"])),
        ("Anggota koperasi", format_count(stats["cooperative_members"])),
        ("Perubahan belum terkirim", format_count(stats["pending_changes"])),
    ):
        print(f"{label + ':':<26} {value}")
    return EXIT_OK


def run_profile(paths: DataPaths, args: argparse.Namespace) -> int:
    """Without options, what the reports print; with some, those change and the others stay."""
    from dataclasses import replace

    from desmigratif_desktop.services.office_details import office_details, save_office_details

    given = {
        field: value
        for field, value in (
            ("officer_name", args.officer),
            ("village_head_name", args.head),
            ("address", args.address),
            ("phone", args.phone),
        )
        if value is not None
    }
    with open_existing(paths) as db:
        details, has_profile = office_details(db)
        if given and not has_profile and set(given) - {"officer_name"}:
            return _usage("dinas hanya menyimpan nama petugas: pakai --officer saja.")
        if given:
            details = save_office_details(db, replace(details, **given))
            print("Data kantor disimpan.")
    for label, value in (
        ("Petugas", details.officer_name),
        ("Kepala desa", details.village_head_name),
        ("Alamat kantor desa", details.address),
        ("Telepon kantor desa", details.phone),
    )[: 4 if has_profile else 1]:
        print(f"{label + ':':<21} {value or '-'}")
    return EXIT_OK


def run_backup(paths: DataPaths, args: argparse.Namespace) -> int:
    from desmigratif_desktop.data.backup import backup_database

    out: Path = args.out.expanduser().resolve()
    if out.exists():
        raise KnownError(f"Berkas {out} sudah ada; tidak ditimpa.", "Pilih nama berkas lain.")
    with open_existing(paths):  # migrated and known to be ours before it is copied
        pass
    try:
        backup_database(paths.database, out)
    except OSError as error:
        raise from_os_error(error) from error
    except sqlite3.Error as error:  # SQLite could not create the file there (a device, a read-only place)
        raise KnownError(
            f"Cadangan tidak bisa ditulis ke {out}.", "Pilih folder lain yang bisa ditulis."
        ) from error
    print(f"Cadangan tersimpan: {out}")
    return EXIT_OK


def run_restore(paths: DataPaths, args: argparse.Namespace) -> int:
    from desmigratif_desktop.data.backup import inspect_backup
    from desmigratif_desktop.services.backups import restore

    info = inspect_backup(args.file.expanduser().resolve())
    print(f"Cadangan: {info.describe()}")
    if not args.yes and not _confirm("Ganti data sekarang dengan cadangan ini? [y/T] "):
        print("Tidak ada yang diubah.")
        return EXIT_ERROR
    kept = restore(paths, info.path)  # a backup made by an older version is migrated now
    if kept is not None:
        print(f"Data sebelumnya disimpan di {kept}")
    print("Pemulihan selesai.")
    return EXIT_OK


def _confirm(prompt: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise KnownError(
            "Pemulihan perlu konfirmasi.", "Jalankan lagi dengan --yes untuk memulihkan tanpa bertanya."
        )
    return input(prompt).strip().lower() in ("y", "ya")


def open_existing(paths: DataPaths) -> Database:
    """Open an initialised data dir; never create one as a side effect of a typo in --data-dir."""
    if not paths.database.is_file():
        raise NotInitialisedError()
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.services.upkeep import routine_upkeep

    db = Database.open(paths)
    try:
        db.require_installation()
        routine_upkeep(db)
    except BaseException:
        db.close()
        raise
    return db


def run_keys_command(paths: DataPaths, args: argparse.Namespace) -> int:
    return run_keys(paths, lambda: open_existing(paths), args)


def run_sync_command(paths: DataPaths, args: argparse.Namespace) -> int:
    return run_sync(paths, lambda: open_existing(paths), args)


def run_report_command(paths: DataPaths, args: argparse.Namespace) -> int:
    print(run_report(lambda: open_existing(paths), args))
    return EXIT_OK


def run_export_command(paths: DataPaths, args: argparse.Namespace) -> int:
    print(run_export(lambda: open_existing(paths), args))
    return EXIT_OK


def _usage(message: str) -> int:
    print(f"desmigratif: {message}", file=sys.stderr)
    return EXIT_USAGE


COMMANDS: dict[str, Callable[[DataPaths, argparse.Namespace], int]] = {
    "gui": run_gui,
    "init": run_init,
    "demo": run_demo,
    "stats": run_stats,
    "backup": run_backup,
    "restore": run_restore,
    "profile": run_profile,
    "report": run_report_command,
    "export": run_export_command,
    "keys": run_keys_command,
    "sync": run_sync_command,
}

if __name__ == "__main__":
    sys.exit(main())
