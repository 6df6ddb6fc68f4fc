"""Field checks: NIK and KK structure, phone and RT/RW normalisation, date rules, the pure form checks."""

from __future__ import annotations

import string
from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desmigratif_desktop.errors import ValidationError
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.cases import CaseActionInput, CaseInput, case_action_checks, case_checks
from desmigratif_desktop.services.persons import PersonInput, person_checks
from desmigratif_desktop.services.placements import PlacementInput, placement_checks
from desmigratif_desktop.services.validation import (
    Checks,
    Severity,
    check_birth_date,
    check_kk,
    check_nik,
    check_not_future,
    check_order,
    clean_text,
    normalise_phone,
    normalise_rt_rw,
    require_name,
)
from tests.conftest import LARANGAN_NIK_PREFIX, make_nik

TODAY = date.today()

# Kemendagri province codes (Kepmendagri 300.2.2-2138/2025): the first two digits of every NIK and KK.
PROVINCE_CODES = (
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "17",
    "18",
    "19",
    "21",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
    "51",
    "52",
    "53",
    "61",
    "62",
    "63",
    "64",
    "65",
    "71",
    "72",
    "73",
    "74",
    "75",
    "76",
    "81",
    "82",
    "91",
    "92",
    "93",
    "94",
    "95",
    "96",
)

# Small reference lists for the pure checks, written out here rather than read from the app.
CODES = {
    lookups.COUNTRY: frozenset({"MY", "TW", "HK"}),
    lookups.SECTOR: frozenset({"domestic_worker", "factory"}),
    lookups.RELATIONSHIP: frozenset({"head", "spouse", "child"}),
    lookups.EDUCATION: frozenset({"primary", "senior_secondary"}),
    lookups.MARITAL_STATUS: frozenset({"single", "married"}),
    lookups.CASE_TYPE: frozenset({"unpaid_wages", "other"}),
}

region_prefixes = st.builds(
    lambda province, regency, district: f"{province}{regency:02d}{district:02d}",
    st.sampled_from(PROVINCE_CODES),
    st.integers(1, 99),
    st.integers(1, 99),
)
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
sexes = st.sampled_from(["L", "P"])
serials = st.integers(1, 9999)


def nik_problems(nik: str | None, birth: date | None = None, sex: str | None = None) -> Checks:
    checks = Checks()
    check_nik(checks, nik, birth, sex)
    return checks


def codes_of(checks: Checks) -> list[tuple[str, str, Severity]]:
    return [(p.field, p.code, p.severity) for p in checks.problems]


# -- NIK ---------------------------------------------------------------------------------------


def test_published_example_nik_is_valid() -> None:
    # A woman born 12 March 1990 in Kec. Larangan: day 12 + 40 = 52.
    checks = nik_problems("3329155203900001", date(1990, 3, 12), "P")
    assert checks.problems == []


@settings(max_examples=200, deadline=None)
@given(prefix=region_prefixes, birth=birth_dates, sex=sexes, serial=serials)
def test_every_nik_built_by_the_rule_passes(prefix: str, birth: date, sex: str, serial: int) -> None:
    nik = make_nik(birth, sex, serial, prefix)
    assert len(nik) == 16 and nik.isdigit()
    checks = nik_problems(nik, birth, sex)
    assert checks.errors == []
    assert checks.warnings == []


@settings(deadline=None)
@given(
    text=st.one_of(
        st.text(alphabet=string.digits, max_size=30).filter(lambda s: len(s) != 16),
        st.text(alphabet=string.digits + string.ascii_letters, min_size=16, max_size=16).filter(
            lambda s: not s.isdigit()
        ),
    )
)
def test_anything_but_sixteen_digits_is_an_error(text: str) -> None:
    checks = nik_problems(text)
    assert checks.errors, f"{text!r} was accepted as a NIK"
    assert {p.field for p in checks.errors} == {"nik"}


@pytest.mark.parametrize(
    ("nik", "code"),
    [
        ("", "required"),
        (None, "required"),
        ("332915010190001", "nik_format"),  # 15 digits
        ("33291501019000012", "nik_format"),  # 17 digits
        ("33291501019O0001", "nik_format"),  # a letter O
        ("9929150101900001", "nik_province"),  # no province 99
        ("3300150101900001", "nik_wilayah"),  # regency 00
        ("3329000101900001", "nik_wilayah"),  # sub-district 00
        ("3329150101900000", "nik_serial"),  # serial 0000
        ("3329153202900001", "nik_birth_date"),  # 32 February
        ("3329157202900001", "nik_birth_date"),  # woman, 72 - 40 = 32
        ("3329150013900001", "nik_birth_date"),  # month 13
        ("3329150000900001", "nik_birth_date"),  # day 00
    ],
)
def test_malformed_nik_is_an_error(nik: str | None, code: str) -> None:
    checks = nik_problems(nik)
    assert [(p.field, p.code) for p in checks.errors] == [("nik", code)]


@settings(max_examples=200, deadline=None)
@given(prefix=region_prefixes, birth=birth_dates, other=birth_dates, sex=sexes, serial=serials)
def test_nik_with_another_birth_date_is_only_a_warning(
    prefix: str, birth: date, other: date, sex: str, serial: int
) -> None:
    # The NIK holds day, month and a two-digit year; dates a century apart look the same in it.
    assume((other.day, other.month, other.year % 100) != (birth.day, birth.month, birth.year % 100))
    checks = nik_problems(make_nik(birth, sex, serial, prefix), other, sex)
    assert codes_of(checks) == [("nik", "nik_birth_date_mismatch", Severity.WARNING)]
    checks.raise_if_errors()  # does not raise: saving goes on


@settings(max_examples=200, deadline=None)
@given(prefix=region_prefixes, birth=birth_dates, sex=sexes, serial=serials)
def test_nik_with_the_other_sex_is_only_a_warning(prefix: str, birth: date, sex: str, serial: int) -> None:
    other_sex = "P" if sex == "L" else "L"
    checks = nik_problems(make_nik(birth, sex, serial, prefix), birth, other_sex)
    assert codes_of(checks) == [("nik", "nik_sex_mismatch", Severity.WARNING)]


def test_nik_with_both_date_and_sex_wrong_gives_two_warnings_and_no_error() -> None:
    nik = make_nik(date(1990, 3, 12), "L")
    checks = nik_problems(nik, date(1991, 4, 13), "P")
    assert sorted(p.code for p in checks.warnings) == ["nik_birth_date_mismatch", "nik_sex_mismatch"]
    assert checks.errors == []


def test_woman_born_on_the_first_has_day_41() -> None:
    assert nik_problems(f"{LARANGAN_NIK_PREFIX}410185" + "0007", date(1985, 1, 1), "P").problems == []
    # Recorded as a man, the same NIK disagrees on sex: a warning, not an error.
    checks = nik_problems(f"{LARANGAN_NIK_PREFIX}410185" + "0007", date(1985, 1, 1), "L")
    assert [p.code for p in checks.warnings] == ["nik_sex_mismatch"]


def test_nik_birth_date_a_century_apart_is_not_flagged() -> None:
    # Only two digits of the year are in the NIK, so 1925 and 2025 cannot be told apart.
    nik = make_nik(date(1925, 6, 15), "L")
    assert nik_problems(nik, date(2025, 6, 15), "L").problems == []


def test_nik_is_checked_without_birth_date_or_sex() -> None:
    assert nik_problems(make_nik(date(2001, 9, 30), "P")).problems == []


def test_mismatch_warning_does_not_block_raise_if_errors() -> None:
    checks = nik_problems(make_nik(date(1990, 3, 12), "P"), date(1990, 3, 13), "P")
    warnings = checks.raise_if_errors()
    assert [w.code for w in warnings] == ["nik_birth_date_mismatch"]
    assert all(not w.is_error for w in warnings)


def test_raise_if_errors_carries_every_problem() -> None:
    checks = Checks()
    checks.warn("phone", "w", "peringatan")
    checks.error("nik", "e", "salah")
    with pytest.raises(ValidationError) as raised:
        checks.raise_if_errors()
    assert [(p.field, p.code, p.is_error) for p in raised.value.problems] == [
        ("phone", "w", False),
        ("nik", "e", True),
    ]
    assert "salah" in raised.value.message


# -- Nomor KK ----------------------------------------------------------------------------------


def kk_problems(kk: str | None) -> list[tuple[str, str]]:
    checks = Checks()
    check_kk(checks, kk)
    return [(p.field, p.code) for p in checks.problems]


@given(
    prefix=region_prefixes,
    issued=st.dates(min_value=date(1970, 1, 1), max_value=TODAY),
    serial=serials,
)
def test_kk_built_by_the_rule_passes(prefix: str, issued: date, serial: int) -> None:
    assert kk_problems(f"{prefix}{issued:%d%m%y}{serial:04d}") == []


@pytest.mark.parametrize(
    ("kk", "code"),
    [
        ("", "required"),
        (None, "required"),
        ("332915010120001", "kk_format"),
        ("33291501012000011", "kk_format"),
        ("3329-1501-0120-0001", "kk_format"),  # check_kk sees digits only; the form strips separators
        ("332915010120000A", "kk_format"),
        ("9929150101200001", "kk_province"),
        ("0029150101200001", "kk_province"),
        ("3300150101200001", "kk_region"),
        ("3329000101200001", "kk_region"),
    ],
)
def test_malformed_kk_is_an_error(kk: str | None, code: str) -> None:
    assert kk_problems(kk) == [("kk_number", code)]


@pytest.mark.parametrize("kk", ["3329153201200001", "3329150113200001", "3329150101200000"])
def test_kk_with_an_impossible_issue_date_or_serial_0000_is_only_a_warning(kk: str) -> None:
    checks = Checks()
    check_kk(checks, kk)
    assert checks.errors == []
    assert [(p.field, p.code) for p in checks.warnings] == [("kk_number", "kk_structure")]


@given(text=st.text(alphabet=string.digits, max_size=24).filter(lambda s: len(s) != 16))
def test_kk_of_wrong_length_is_an_error(text: str) -> None:
    problems = kk_problems(text)
    assert len(problems) == 1
    assert problems[0][0] == "kk_number"


# -- phone -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "0812 3456 7890",
        "081234567890",
        "0812-3456-7890",
        "0812.3456.7890",
        "+62 812 3456 7890",
        "6281234567890",
    ],
)
def test_indonesian_mobile_number_is_normalised(typed: str) -> None:
    checks = Checks()
    assert normalise_phone(checks, typed) == "0812-3456-7890"
    assert checks.problems == []


@given(
    prefix=st.sampled_from(["0812", "0813", "0821", "0852", "0857", "0878", "0896"]),
    rest=st.text(string.digits, min_size=8, max_size=8),
)
def test_every_twelve_digit_mobile_number_is_grouped_four_four_four(prefix: str, rest: str) -> None:
    checks = Checks()
    assert normalise_phone(checks, f"{prefix} {rest[:4]} {rest[4:]}") == f"{prefix}-{rest[:4]}-{rest[4:]}"
    assert checks.problems == []


def test_foreign_number_is_kept_as_typed() -> None:
    checks = Checks()
    assert normalise_phone(checks, "+60 12-345 6789") == "+60 12-345 6789"
    assert normalise_phone(checks, "+886 912 345 678") == "+886 912 345 678"
    assert checks.problems == []


@pytest.mark.parametrize(
    "typed", ["12345", "0812", "08123456789012345", "+1 23", "+60 12 abc 6789", "telepon"]
)
def test_invalid_phone_is_an_error_and_is_returned_unchanged(typed: str) -> None:
    checks = Checks()
    assert normalise_phone(checks, typed) == typed
    assert [(p.field, p.code) for p in checks.errors] == [("phone", "phone_format")]


@pytest.mark.parametrize("typed", [None, ""])
def test_no_phone_is_no_phone(typed: str | None) -> None:
    checks = Checks()
    assert normalise_phone(checks, typed) is None
    assert checks.problems == []


# -- RT / RW -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3", "003"),
        ("03", "003"),
        ("003", "003"),
        ("12", "012"),
        ("999", "999"),
        (" 7 ", "007"),
        ("0 1", "001"),
    ],
)
def test_rt_rw_is_written_with_three_digits(typed: str, expected: str) -> None:
    checks = Checks()
    assert normalise_rt_rw(checks, typed, "rt") == expected
    assert checks.problems == []


@given(number=st.integers(1, 999))
def test_every_rt_from_1_to_999_is_padded(number: int) -> None:
    checks = Checks()
    assert normalise_rt_rw(checks, str(number), "rw") == f"{number:03d}"
    assert checks.problems == []


@pytest.mark.parametrize("typed", ["0", "000", "1000", "0003", "abc", "3a", "-", "RT 3"])
def test_bad_rt_rw_is_an_error_naming_the_field(typed: str) -> None:
    checks = Checks()
    assert normalise_rt_rw(checks, typed, "rw") == typed
    assert [(p.field, p.code) for p in checks.errors] == [("rw", "rt_rw_format")]


def test_rt_rw_with_a_superscript_digit_is_a_validation_error_not_a_crash() -> None:
    # "²".isdigit() is True but int("²") raises; a pasted superscript must be reported, not crash.
    checks = Checks()
    assert normalise_rt_rw(checks, "²", "rt") == "²"
    assert [(p.field, p.code) for p in checks.errors] == [("rt", "rt_rw_format")]


def test_empty_rt_is_no_rt() -> None:
    checks = Checks()
    assert normalise_rt_rw(checks, None, "rt") is None
    assert normalise_rt_rw(checks, "", "rt") is None
    assert checks.problems == []


# -- text --------------------------------------------------------------------------------------


def test_clean_text_folds_whitespace_and_empties_to_none() -> None:
    assert clean_text("  Siti \t  Aminah \n") == "Siti Aminah"
    assert clean_text("   ") is None
    assert clean_text("") is None
    assert clean_text(None) is None


def test_name_required_and_limited_to_100_letters() -> None:
    checks = Checks()
    require_name(checks, "full_name", None, "Nama")
    require_name(checks, "full_name", "a" * 101, "Nama")
    require_name(checks, "full_name", "a" * 100, "Nama")
    assert [p.code for p in checks.problems] == ["required", "too_long"]


# -- dates -------------------------------------------------------------------------------------


def test_birth_date_rules() -> None:
    def codes(value: date | None) -> list[str]:
        checks = Checks()
        check_birth_date(checks, value, TODAY)
        return [p.code for p in checks.errors]

    assert codes(TODAY) == []
    assert codes(date(1900, 1, 1)) == []
    assert codes(None) == ["required"]
    assert codes(TODAY + timedelta(days=1)) == ["future"]
    assert codes(date(1899, 12, 31)) == ["too_old"]


@given(earlier=st.dates(), later=st.dates())
def test_check_order_errors_exactly_when_later_is_before_earlier(earlier: date, later: date) -> None:
    checks = Checks()
    check_order(checks, earlier, later, "return_date", "urutan")
    expected = [("return_date", "date_order")] if later < earlier else []
    assert [(p.field, p.code) for p in checks.errors] == expected


def test_check_order_ignores_missing_dates() -> None:
    checks = Checks()
    check_order(checks, None, TODAY, "x", "m")
    check_order(checks, TODAY, None, "x", "m")
    assert checks.problems == []


def test_not_future() -> None:
    checks = Checks()
    check_not_future(checks, "return_date", TODAY, "Tanggal pulang", TODAY)
    check_not_future(checks, "return_date", None, "Tanggal pulang", TODAY)
    assert checks.problems == []
    check_not_future(checks, "return_date", TODAY + timedelta(days=1), "Tanggal pulang", TODAY)
    assert [(p.field, p.code) for p in checks.errors] == [("return_date", "future")]


# -- the pure form checks ----------------------------------------------------------------------


def placement(**overrides: object) -> PlacementInput:
    values: dict[str, object] = {
        "destination_country": "MY",
        "sector": "factory",
        "departure_date": date(2020, 1, 10),
        "placement_agency": "PT Contoh",
    }
    values.update(overrides)
    return PlacementInput(**values)  # type: ignore[arg-type]


def error_fields(checks: Checks) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in checks.errors]


def test_valid_placement_has_no_problem() -> None:
    checks, row = placement_checks(
        placement(return_date=date(2022, 1, 10), passport_number=" c 1234567 "), CODES, TODAY
    )
    assert checks.problems == []
    assert row["passport_number"] == "C1234567"


def test_placement_return_before_departure_is_an_error() -> None:
    checks, _ = placement_checks(placement(return_date=date(2020, 1, 9)), CODES, TODAY)
    assert error_fields(checks) == [("return_date", "date_order")]


def test_placement_contract_end_before_departure_is_an_error() -> None:
    checks, _ = placement_checks(placement(contract_end_date=date(2019, 12, 31)), CODES, TODAY)
    assert error_fields(checks) == [("contract_end_date", "date_order")]


def test_placement_return_in_future_is_an_error() -> None:
    checks, _ = placement_checks(placement(return_date=TODAY + timedelta(days=3)), CODES, TODAY)
    assert error_fields(checks) == [("return_date", "future")]


def test_placement_same_day_return_is_allowed() -> None:
    checks, _ = placement_checks(placement(return_date=date(2020, 1, 10)), CODES, TODAY)
    assert checks.errors == []


def test_placement_unknown_country_sector_scheme_and_missing_departure() -> None:
    checks, _ = placement_checks(
        placement(destination_country="XX", sector="astronaut", scheme="magic", departure_date=None),
        CODES,
        TODAY,
    )
    assert sorted(error_fields(checks)) == [
        ("departure_date", "required"),
        ("destination_country", "unknown_choice"),
        ("scheme", "unknown_choice"),
        ("sector", "unknown_choice"),
    ]


def test_placement_soft_problems_are_warnings() -> None:
    checks, _ = placement_checks(
        placement(passport_number="123", bpjs_number="0001234", procedural=False, placement_agency=None),
        CODES,
        TODAY,
    )
    assert checks.errors == []
    assert sorted(p.code for p in checks.warnings) == [
        "agency_missing",
        "bpjs_inconsistent",
        "passport_format",
    ]


def person(**overrides: object) -> PersonInput:
    values: dict[str, object] = {
        "nik": make_nik(date(1990, 3, 12), "P"),
        "full_name": "Siti Aminah",
        "sex": "P",
        "birth_date": date(1990, 3, 12),
        "relationship": "spouse",
    }
    values.update(overrides)
    return PersonInput(**values)  # type: ignore[arg-type]


def test_person_checks_normalise_the_row() -> None:
    checks, row = person_checks(
        person(nik="3329 1552 0390 0001", full_name="  siti   Aminah ", phone="0812 3456 7890"), CODES, TODAY
    )
    assert checks.problems == []
    assert row["nik"] == "3329155203900001"
    assert row["full_name"] == "siti Aminah"
    assert row["phone"] == "0812-3456-7890"


def test_person_checks_name_every_bad_field() -> None:
    checks, _ = person_checks(
        person(nik="123", full_name=" ", sex="X", birth_date=TODAY + timedelta(days=1), relationship="boss"),
        CODES,
        TODAY,
    )
    fields = {p.field for p in checks.errors}
    assert fields == {"nik", "full_name", "sex", "birth_date", "relationship"}


def test_person_with_nik_birth_date_mismatch_can_be_saved() -> None:
    checks, _ = person_checks(person(birth_date=date(1990, 3, 13)), CODES, TODAY)
    assert checks.errors == []
    assert [p.code for p in checks.warnings] == ["nik_birth_date_mismatch"]


def case(**overrides: object) -> CaseInput:
    values: dict[str, object] = {
        "case_type": "unpaid_wages",
        "reported_date": date(2024, 5, 1),
        "description": "Gaji tidak dibayar",
    }
    values.update(overrides)
    return CaseInput(**values)  # type: ignore[arg-type]


def test_finished_case_needs_resolved_date() -> None:
    for status in ("resolved", "closed"):
        checks, _ = case_checks(case(status=status), CODES, TODAY)
        assert error_fields(checks) == [("resolved_date", "required")]
        checks, _ = case_checks(case(status=status, resolved_date=date(2024, 6, 1)), CODES, TODAY)
        assert checks.problems == []


def test_case_resolved_before_reported_is_an_error() -> None:
    checks, _ = case_checks(case(status="resolved", resolved_date=date(2024, 4, 30)), CODES, TODAY)
    assert error_fields(checks) == [("resolved_date", "date_order")]


def test_case_reported_in_future_is_an_error() -> None:
    checks, _ = case_checks(case(reported_date=TODAY + timedelta(days=1)), CODES, TODAY)
    assert error_fields(checks) == [("reported_date", "future")]


def test_case_action_before_report_is_an_error() -> None:
    checks, _ = case_action_checks(
        CaseActionInput(action_date=date(2024, 4, 30), description="Lapor BP3MI"), date(2024, 5, 1), TODAY
    )
    assert error_fields(checks) == [("action_date", "date_order")]
    checks, _ = case_action_checks(
        CaseActionInput(action_date=date(2024, 5, 1), description="Lapor BP3MI"), date(2024, 5, 1), TODAY
    )
    assert checks.problems == []
