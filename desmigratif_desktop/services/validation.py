"""Field checks with messages in Indonesian. Errors block saving; warnings are shown and saving goes on.

Pure functions over values, so a form can run them as the officer types and the service layer runs the
same ones before it writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from lokal import PROVINCES, parse_nik, parse_phone

from desmigratif_desktop.errors import ValidationError

MAX_NAME_LENGTH = 100
EARLIEST_BIRTH_DATE = date(1900, 1, 1)
_NON_DIGIT = re.compile(r"[\s.\-]")
_SPACES = re.compile(r"\s+")
_SIXTEEN_DIGITS = re.compile(r"[0-9]{16}")
_ONE_TO_THREE_DIGITS = re.compile(r"[0-9]{1,3}")  # ASCII only: int() would take "٣" and choke on "²"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    field: str  # the model's column name, so a form can show the message next to its widget
    code: str
    message: str
    severity: Severity = Severity.ERROR
    related_id: str | None = None  # e.g. the existing person for a duplicate NIK

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass
class Checks:
    problems: list[Problem] = field(default_factory=list)

    def error(self, field_name: str, code: str, message: str, related_id: str | None = None) -> None:
        self.problems.append(Problem(field_name, code, message, Severity.ERROR, related_id))

    def warn(self, field_name: str, code: str, message: str, related_id: str | None = None) -> None:
        self.problems.append(Problem(field_name, code, message, Severity.WARNING, related_id))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    def raise_if_errors(self) -> list[Problem]:
        """Raise `ValidationError` when anything blocks saving; otherwise return the warnings."""
        if self.errors:
            raise ValidationError(self.problems)
        return self.warnings


def clean_text(value: str | None) -> str | None:
    """Trim and fold inner whitespace; an empty answer is no answer."""
    if value is None:
        return None
    folded = _SPACES.sub(" ", value).strip()
    return folded or None


def digits_only(value: str | None) -> str:
    return _NON_DIGIT.sub("", value or "")


def require_name(checks: Checks, field_name: str, value: str | None, what: str) -> None:
    if not value:
        checks.error(field_name, "required", f"{what} wajib diisi.")
    elif len(value) > MAX_NAME_LENGTH:
        checks.error(field_name, "too_long", f"{what} paling banyak {MAX_NAME_LENGTH} huruf.")


def require(checks: Checks, field_name: str, value: object, what: str) -> bool:
    if value in (None, ""):
        checks.error(field_name, "required", f"{what} wajib diisi.")
        return False
    return True


def check_choice(
    checks: Checks, field_name: str, value: str | None, allowed: Iterable[str], what: str
) -> None:
    if value is not None and value not in set(allowed):
        checks.error(field_name, "unknown_choice", f"{what} '{value}' tidak ada dalam daftar pilihan.")


def check_nik(
    checks: Checks,
    nik: str | None,
    birth_date: date | None = None,
    sex: str | None = None,
    field_name: str = "nik",
) -> None:
    """Structure of the NIK (PP KK CC DDMMYY SSSS); a date or sex that disagrees is only a warning.

    A NIK whose birth date differs from the real one still exists (DOMAIN.md), so it never blocks.
    """
    if not nik:
        checks.error(field_name, "required", "NIK wajib diisi.")
        return
    info = parse_nik(nik, reference_date=date.today())
    if not info.valid:
        first = info.errors[0]
        message = first.message if first.code != "format" else "NIK harus 16 digit angka."
        checks.error(field_name, f"nik_{first.code}", message)
        return
    if birth_date is not None and info.birth_date and _nik_date_differs(info.birth_date, birth_date):
        checks.warn(
            field_name,
            "nik_birth_date_mismatch",
            f"Tanggal lahir di NIK ({_indonesian_date(info.birth_date)}) berbeda dengan tanggal lahir "
            f"yang diisi ({birth_date:%d-%m-%Y}). Periksa lagi; data tetap bisa disimpan.",
        )
    if sex and info.gender and info.gender != sex:
        expected = "perempuan" if info.gender == "P" else "laki-laki"
        checks.warn(
            field_name,
            "nik_sex_mismatch",
            f"Menurut NIK (tanggal lahir {'ditambah' if info.gender == 'P' else 'tanpa tambahan'} 40) "
            f"pemiliknya {expected}. Periksa lagi jenis kelamin atau NIK.",
        )


def _nik_date_differs(nik_iso: str, birth_date: date) -> bool:
    # The NIK has a two-digit year; compare day, month and the last two digits of the year only.
    nik_date = date.fromisoformat(nik_iso)
    return (nik_date.day, nik_date.month, nik_date.year % 100) != (
        birth_date.day,
        birth_date.month,
        birth_date.year % 100,
    )


def _indonesian_date(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d-%m-%Y")


def check_kk(checks: Checks, kk: str | None, field_name: str = "kk_number") -> None:
    """Nomor KK: 16 digits, region code of issue and the date of issue (DDMMYY) then a serial."""
    if not kk:
        checks.error(field_name, "required", "Nomor KK wajib diisi.")
        return
    if not _SIXTEEN_DIGITS.fullmatch(kk):
        checks.error(field_name, "kk_format", "Nomor KK harus 16 digit angka.")
        return
    if kk[:2] not in PROVINCES:
        checks.error(field_name, "kk_province", f"Kode provinsi '{kk[:2]}' di Nomor KK tidak dikenal.")
    elif kk[2:4] == "00" or kk[4:6] == "00":
        checks.error(field_name, "kk_region", "Kode kabupaten/kota dan kecamatan di Nomor KK tidak boleh 00.")
    # Old cards do not always follow the rule for the date and serial: a warning, not a refusal.
    elif not _is_ddmmyy(kk[6:12]) or kk[12:] == "0000":
        checks.warn(
            field_name,
            "kk_structure",
            "Tanggal terbit atau nomor urut di Nomor KK tidak lazim. Periksa lagi; data tetap bisa disimpan.",
        )


def _is_ddmmyy(text: str) -> bool:
    try:
        datetime.strptime(text, "%d%m%y")
    except ValueError:
        return False
    return True


def normalise_phone(checks: Checks, phone: str | None, field_name: str = "phone") -> str | None:
    """An Indonesian number in its national form (0812-3456-7890); a foreign one as typed."""
    if not phone:
        return None
    if phone.startswith("+") and not phone.startswith("+62"):
        digits = digits_only(phone[1:])
        if not 6 <= len(digits) <= 15 or not digits.isdigit():
            checks.error(field_name, "phone_format", "Nomor telepon luar negeri tidak valid.")
        return phone
    info = parse_phone(phone)
    if not info.valid:
        checks.error(field_name, "phone_format", "Nomor telepon tidak valid. Contoh: 0812-3456-7890.")
        return phone
    return info.national


def normalise_rt_rw(checks: Checks, value: str | None, field_name: str) -> str | None:
    """RT and RW are written with three digits ("003")."""
    if not value:
        return None
    digits = digits_only(value)
    if not _ONE_TO_THREE_DIGITS.fullmatch(digits) or int(digits) == 0:
        checks.error(field_name, "rt_rw_format", f"{field_name.upper()} harus angka 1 sampai 999.")
        return value
    return f"{int(digits):03d}"


def check_birth_date(checks: Checks, birth_date: date | None, today: date) -> None:
    if birth_date is None:
        checks.error("birth_date", "required", "Tanggal lahir wajib diisi.")
    elif birth_date > today:
        checks.error("birth_date", "future", "Tanggal lahir tidak boleh di masa depan.")
    elif birth_date < EARLIEST_BIRTH_DATE:
        checks.error("birth_date", "too_old", "Tanggal lahir sebelum tahun 1900 tidak mungkin benar.")


def check_not_future(checks: Checks, field_name: str, value: date | None, what: str, today: date) -> None:
    if value is not None and value > today:
        checks.error(field_name, "future", f"{what} tidak boleh melewati hari ini.")


def check_order(
    checks: Checks, earlier: date | None, later: date | None, later_field: str, message: str
) -> None:
    if earlier is not None and later is not None and later < earlier:
        checks.error(later_field, "date_order", message)
