"""The lines of the printed register and the household profile: plain values, labels already in Indonesian.

Filled by `services/report_rows.py` (the queries), laid out by `reports/` (PDF and spreadsheet).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RegisterLine:
    """One person in the printed register (or the spreadsheet export)."""

    full_name: str
    nik: str
    sex: str  # L / P
    birth_date: date
    age: int
    kk_number: str
    address: str  # "Jl. Melati No. 4, Dusun Krajan, RT 001/RW 002" (what the household has)
    status: str  # Indonesian label: Calon PMI, PMI di luar negeri, PMI purna, Anggota keluarga
    country: str  # Indonesian label of the latest placement's country, "" when none
    sector: str  # Indonesian label of the latest placement's sector
    departure_date: date | None  # of the latest placement
    return_date: date | None
    procedural: bool | None  # of the latest placement; None when none
    phone: str | None


@dataclass(frozen=True)
class MemberLine:
    person_id: str
    full_name: str
    nik: str
    sex: str  # L / P
    birth_place: str | None
    birth_date: date
    age: int
    relationship: str  # Indonesian label
    education: str  # Indonesian label, "" when unknown
    occupation: str | None
    marital_status: str  # Indonesian label, "" when unknown
    phone: str | None
    status: str  # Indonesian label


@dataclass(frozen=True)
class PlacementLine:
    full_name: str
    country: str  # Indonesian label
    sector: str
    job_title: str | None
    employer: str | None
    scheme: str  # Indonesian label
    placement_agency: str | None
    departure_date: date
    contract_end_date: date | None
    return_date: date | None
    procedural: bool
    passport_number: str | None
    bpjs_member: bool
    siskop2mi_id: str | None


@dataclass(frozen=True)
class CaseActionLine:
    action_date: date
    description: str
    actor: str | None


@dataclass(frozen=True)
class CaseLine:
    full_name: str  # "" when the case names no person
    case_type: str  # Indonesian label
    reported_date: date
    status: str  # Indonesian label
    resolved_date: date | None
    description: str
    actions: list[CaseActionLine]


@dataclass(frozen=True)
class HouseholdProfile:
    household_id: str
    kk_number: str
    head_name: str | None
    address: str | None
    dusun: str | None
    rt: str | None
    rw: str | None
    phone: str | None
    notes: str | None
    members: list[MemberLine]  # head first, then by relationship order and birth date
    placements: list[PlacementLine]  # newest departure first
    cases: list[CaseLine]  # newest first
