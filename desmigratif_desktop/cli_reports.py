"""`desmigratif report …` and `desmigratif export …`: the printable reports and spreadsheets."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desmigratif_desktop.data.enums import MigrationStatus
from desmigratif_desktop.months import month_name

if TYPE_CHECKING:
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.services.duplicate_niks import DuplicateNik
    from desmigratif_desktop.services.register_queries import PersonFilter

OpenDb = Callable[[], "Database"]
MONTH_HELP = "bulan laporan sebagai TAHUN-BULAN, mis. 2026-10"


def add_report_commands(commands: Any) -> None:
    report = commands.add_parser(
        "report", help="buat laporan PDF (bulanan, profil rumah tangga, daftar PMI, rekapitulasi Dinas)"
    )
    kinds = report.add_subparsers(dest="report_kind", metavar="JENIS", required=True)
    monthly = kinds.add_parser("monthly", help="laporan bulanan Desmigratif")
    monthly.add_argument("--month", metavar="YYYY-MM", required=True, help=MONTH_HELP)
    _add_out(monthly, ".pdf")
    household = kinds.add_parser("household", help="profil satu rumah tangga PMI")
    household.add_argument("--kk", metavar="KK", required=True, help="Nomor KK (16 angka)")
    _add_out(household, ".pdf")
    register = kinds.add_parser("register", help="daftar PMI (semua calon PMI, PMI dan PMI purna)")
    _add_register_filters(register)
    _add_out(register, ".pdf")
    recap = kinds.add_parser("recap", help="Dinas: rekapitulasi bulanan per desa")
    recap.add_argument("--month", metavar="YYYY-MM", required=True, help=MONTH_HELP)
    _add_out(recap, ".pdf")
    duplicates = kinds.add_parser("duplicates", help="Dinas: NIK yang terdaftar di lebih dari satu desa")
    duplicates.add_argument("--json", action="store_true", help="keluarkan JSON")

    export = commands.add_parser("export", help="ekspor ke Excel (.xlsx) untuk dinas")
    tables = export.add_subparsers(dest="export_kind", metavar="JENIS", required=True)
    register_sheet = tables.add_parser("register", help="daftar PMI sebagai lembar kerja Excel")
    _add_register_filters(register_sheet)
    _add_out(register_sheet, ".xlsx")
    monthly_sheet = tables.add_parser("monthly", help="tabel laporan bulanan sebagai lembar kerja Excel")
    monthly_sheet.add_argument("--month", metavar="YYYY-MM", required=True, help=MONTH_HELP)
    _add_out(monthly_sheet, ".xlsx")
    recap_sheet = tables.add_parser(
        "recap", help="Dinas: rekapitulasi bulanan per desa sebagai lembar kerja Excel"
    )
    recap_sheet.add_argument("--month", metavar="YYYY-MM", required=True, help=MONTH_HELP)
    _add_out(recap_sheet, ".xlsx")


def _add_out(parser: argparse.ArgumentParser, suffix: str) -> None:
    parser.add_argument(
        "--out",
        metavar=f"FILE{suffix}",
        required=True,
        type=Path,
        help="berkas yang dibuat (ditimpa bila ada)",
    )


def _add_register_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--status",
        choices=[status.value for status in MigrationStatus],
        help="hanya status ini (prospective: calon PMI, abroad: PMI, returned: purna, none: keluarga)",
    )
    parser.add_argument("--country", metavar="KODE", help="hanya negara tujuan ini, mis. TW")
    parser.add_argument("--dusun", metavar="NAMA", help="hanya dusun ini")


def register_filter(args: argparse.Namespace) -> PersonFilter | None:
    """None (every migrant worker) unless a filter was given."""
    from desmigratif_desktop.services.register_queries import PersonFilter

    if not (args.status or args.country or args.dusun):
        return None
    return PersonFilter(
        migration_status=args.status,
        destination_country=(args.country or "").upper() or None,
        dusun=args.dusun,
    )


def run_report(open_db: OpenDb, args: argparse.Namespace) -> str:
    from desmigratif_desktop.reports import documents

    if args.report_kind == "duplicates":
        return _duplicates(open_db, args.json)
    out: Path = args.out.expanduser().resolve()
    with open_db() as db:
        if args.report_kind == "recap":
            documents.recap_report(db, args.month, out)
            return f"Rekapitulasi {month_name(args.month)} tersimpan: {out}"
        if args.report_kind == "monthly":
            documents.monthly_report(db, args.month, out)
            return f"Laporan bulanan {month_name(args.month)} tersimpan: {out}"
        if args.report_kind == "household":
            documents.household_report_by_kk(db, args.kk.strip(), out)
            return f"Profil rumah tangga KK {args.kk.strip()} tersimpan: {out}"
        documents.register_report(db, out, register_filter(args))
        return f"Daftar PMI tersimpan: {out}"


def run_export(open_db: OpenDb, args: argparse.Namespace) -> str:
    from desmigratif_desktop.reports import documents

    out: Path = args.out.expanduser().resolve()
    with open_db() as db:
        if args.export_kind == "recap":
            documents.recap_spreadsheet(db, args.month, out)
            return f"Rekapitulasi {month_name(args.month)} (Excel) tersimpan: {out}"
        if args.export_kind == "monthly":
            documents.monthly_spreadsheet(db, args.month, out)
            return f"Tabel laporan bulanan {month_name(args.month)} tersimpan: {out}"
        documents.register_spreadsheet(db, out, register_filter(args))
        return f"Daftar PMI (Excel) tersimpan: {out}"


def _duplicates(open_db: OpenDb, as_json: bool) -> str:
    """NIKs found in two villages or more: one line per person under each NIK, or JSON."""
    from desmigratif_desktop.services.duplicate_niks import duplicate_niks

    with open_db() as db:
        found = duplicate_niks(db)
    if as_json:
        return json.dumps([_duplicate_json(duplicate) for duplicate in found], ensure_ascii=False)
    if not found:
        return "Tidak ada NIK yang terdaftar di lebih dari satu desa."
    lines = [f"NIK yang terdaftar di lebih dari satu desa: {len(found)}"]
    for duplicate in found:
        lines.append(f"{duplicate.nik} ({duplicate.villages} desa)")
        lines += [
            f"  - {h.full_name}, Desa {h.village_name} ({h.village_code}), KK {h.kk_number}"
            for h in duplicate.holders
        ]
    return "\n".join(lines)


def _duplicate_json(duplicate: DuplicateNik) -> dict[str, Any]:
    return {
        "nik": duplicate.nik,
        "holders": [
            {
                "person_id": holder.person_id,
                "full_name": holder.full_name,
                "household_id": holder.household_id,
                "kk_number": holder.kk_number,
                "village_code": holder.village_code,
                "village_name": holder.village_name,
            }
            for holder in duplicate.holders
        ],
    }
