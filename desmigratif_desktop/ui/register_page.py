"""Rumah Tangga PMI: the household list and the person list, searched and filtered in SQL as you type.

At a district office, whose database holds many villages, both lists gain a village filter and a
"Desa" column, and a third tab lists the NIKs registered in more than one village.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services import register_queries as queries
from desmigratif_desktop.services.villages import is_district, villages_present
from desmigratif_desktop.ui import report_actions
from desmigratif_desktop.ui.duplicate_niks_list import DuplicateNiksList
from desmigratif_desktop.ui.id_table_model import Column, IdTableModel
from desmigratif_desktop.ui.inputs import ChoiceBox
from desmigratif_desktop.ui.labels import (
    label_of,
    migration_status_choices,
    migration_status_short_choices,
    reference_choices,
    sex_short_choices,
)

MIN_SEARCH_CHARS = 2
SEARCH_DELAY_MS = 30  # coalesce a burst of keys; the query itself is ~60 ms at 100,000 persons


class RegisterList(QWidget):
    """A search box, filters, a count and a lazy table; `open_row` carries the id double-clicked."""

    open_row = Signal(str)

    def __init__(
        self,
        columns: list[Column],
        search: Callable[[Any, str, bool], list[str]],
        fetch_rows: Callable[[list[str]], dict[str, Any]],
        count_text: Callable[[int], str],
        filters: list[tuple[str, ChoiceBox]],
        default_sort: str,
    ) -> None:
        super().__init__()
        self._search = search
        self._count_text = count_text
        self._sort = (default_sort, False)
        self.model = IdTableModel(columns, fetch_rows)
        self.model.sort_requested.connect(self._sort_by)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search by name, NIK or KK…"))
        self.search_box.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.filters = dict(filters)
        self.table = QTableView()
        self.table.setModel(self.model)
        keys = [column.key for column in columns]
        self.table.horizontalHeader().setSortIndicator(keys.index(default_sort), Qt.SortOrder.AscendingOrder)
        self._ready = False  # enabling sorting asks for a sort at once; the first load comes from reload()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for position, column in enumerate(columns):
            self.table.setColumnWidth(position, column.width)
        self.table.doubleClicked.connect(lambda index: self.open_row.emit(self.model.id_at(index.row())))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._last_text = ""
        self.search_box.textChanged.connect(lambda _t: self._typed())
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 2)
        for name, box in filters:
            box.setObjectName(f"filter_{name}")
            box.currentIndexChanged.connect(self.reload)
            bar.addWidget(box, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.actions = QHBoxLayout()  # what the page does with the list as shown (print, export)
        layout.addLayout(self.actions)
        self._ready = True

    def reload(self) -> None:
        self._timer.stop()
        values = {name: box.code() for name, box in self.filters.items()}
        self._last_text = self.search_text()
        ids = self._search((self._last_text, values), *self._sort)
        self.model.set_ids(ids)
        self.count_label.setText(self._count_text(len(ids)))

    def criteria(self) -> tuple[str, dict[str, str | None], str, bool]:
        """What the list shows: its search text, filter values, sort key and direction."""
        return self.search_text(), {name: box.code() for name, box in self.filters.items()}, *self._sort

    def search_text(self) -> str:
        """The text filter starts at two characters: one letter matches half a village and helps nobody."""
        text = self.search_box.text().strip()
        return text if len(text) >= MIN_SEARCH_CHARS else ""

    def _typed(self) -> None:
        if self.search_text() != self._last_text:
            self._timer.start()

    def _sort_by(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        if self._ready:
            self.reload()


class RegisterPage(QWidget):
    open_household = Signal(str, str)  # household id, person id to select ("" for none)
    new_household = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.district = is_district(db)
        self._village_names: dict[str, str] = {}  # code -> name, for the "Village" column
        self._village_choices = self._villages()
        statuses = migration_status_choices()
        countries = reference_choices(db, lookups.COUNTRY)
        self._countries = dict(countries)
        self._statuses = dict(statuses)
        self.households = self._household_list(statuses, countries)
        self.persons = self._person_list(statuses, countries)
        self.households.open_row.connect(lambda row_id: self.open_household.emit(row_id, ""))
        self.persons.open_row.connect(self._open_person)
        self._add_list_actions()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.households, self.tr("Households"))
        self.tabs.addTab(self.persons, self.tr("People"))
        self.duplicates: DuplicateNiksList | None = None
        if self.district:
            self.duplicates = DuplicateNiksList(db)
            self.duplicates.open_household.connect(self.open_household)
            self.tabs.addTab(self.duplicates, self.tr("Duplicate NIKs"))
            self.tabs.currentChanged.connect(lambda _index: self._reload_duplicates_if_shown())
        new = QPushButton(self.tr("New household"))
        new.setObjectName("new_household")
        new.clicked.connect(self.new_household)
        top = QHBoxLayout()
        top.addStretch()
        top.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        if self.district:
            new.hide()  # households are registered by the villages

    def _add_list_actions(self) -> None:
        """The printed register lists people: printing and export sit under the people list."""
        print_list = QPushButton(self.tr("Print list"))
        print_list.setObjectName("print_list")
        print_list.clicked.connect(lambda: self.print_list(".pdf"))
        export = QPushButton(self.tr("Export to Excel"))
        export.setObjectName("export_list")
        export.clicked.connect(lambda: self.print_list(".xlsx"))
        self.persons.actions.addStretch()
        self.persons.actions.addWidget(print_list)
        self.persons.actions.addWidget(export)

    def print_list(self, suffix: str) -> None:
        """The people list exactly as shown (search, filters, order) as a PDF or a workbook, then opened."""
        text, values, sort, descending = self.persons.criteria()
        person_filter = queries.PersonFilter(text=text, **values)
        report_actions.print_register(
            self, self.db, suffix, person_filter, queries.PersonSort(sort), descending
        )

    def _household_list(
        self, statuses: list[tuple[str, str]], countries: list[tuple[str, str]]
    ) -> RegisterList:
        columns = [
            Column(queries.HouseholdSort.KK, self.tr("KK number"), lambda r: r.kk_number, width=150),
            Column(
                queries.HouseholdSort.HEAD, self.tr("Head of family"), lambda r: r.head_name or "", width=220
            ),
            Column(queries.HouseholdSort.DUSUN, self.tr("Hamlet"), lambda r: _place(r), width=230),
            Column(queries.HouseholdSort.MEMBERS, self.tr("Members"), lambda r: str(r.members), width=90),
            Column(queries.HouseholdSort.ABROAD, self.tr("Abroad"), lambda r: str(r.abroad), width=110),
        ]
        if self.district:
            columns.insert(1, self._village_column())

        return RegisterList(
            columns,
            _searcher(self.db, queries.HouseholdFilter, queries.search_household_ids, queries.HouseholdSort),
            lambda ids: queries.household_rows(self.db, ids),
            lambda n: self.tr("{n} households").format(n=format_count(n)),
            self._filters(statuses, countries),
            queries.HouseholdSort.KK,
        )

    def _person_list(self, statuses: list[tuple[str, str]], countries: list[tuple[str, str]]) -> RegisterList:
        short_statuses = migration_status_short_choices()
        sexes = dict(sex_short_choices())
        columns = [
            Column(queries.PersonSort.NAME, self.tr("Name"), lambda r: r.full_name, width=190),
            Column(queries.PersonSort.NIK, self.tr("NIK"), lambda r: r.nik, width=150),
            Column(queries.PersonSort.AGE, self.tr("Age"), lambda r: str(r.age), width=60),
            Column("sex", self.tr("Sex"), lambda r: sexes.get(r.sex, r.sex), sortable=False, width=70),
            Column(
                queries.PersonSort.STATUS,
                self.tr("Migration status"),
                lambda r: label_of(short_statuses, r.migration_status),
                width=110,
            ),
            Column(
                queries.PersonSort.COUNTRY,
                self.tr("Country"),
                lambda r: self._countries.get(r.destination_country or "", ""),
                width=130,
            ),
            Column(queries.PersonSort.DUSUN, self.tr("Hamlet"), lambda r: _place(r), width=210),
            Column(queries.PersonSort.KK, self.tr("KK number"), lambda r: r.kk_number, width=150),
        ]
        if self.district:
            columns.insert(1, self._village_column())

        return RegisterList(
            columns,
            _searcher(self.db, queries.PersonFilter, queries.search_person_ids, queries.PersonSort),
            lambda ids: queries.person_rows(self.db, ids),
            lambda n: self.tr("{n} people").format(n=format_count(n)),
            self._filters(statuses, countries),
            queries.PersonSort.NAME,
        )

    def _village_column(self) -> Column:
        """Which village a row is of (a district office's lists hold many); not sortable."""
        return Column(
            "village",
            self.tr("Village"),
            lambda r: self._village_names.get(r.village_code or "", r.village_code or ""),
            width=120,
            sortable=False,
        )

    def _villages(self) -> list[tuple[str, str]]:
        """(code, label) choices for the filter; the column's names are kept beside them."""
        if not self.district:
            return []
        villages = villages_present(self.db)
        self._village_names.clear()
        self._village_names.update({village.code: village.name for village in villages})
        return [(village.code, village.label) for village in villages]

    def _filters(
        self, statuses: list[tuple[str, str]], countries: list[tuple[str, str]]
    ) -> list[tuple[str, ChoiceBox]]:
        status_box = ChoiceBox(statuses, optional=True)
        status_box.setItemText(0, self.tr("All statuses"))
        dusun_box = ChoiceBox([(d, d) for d in queries.dusun_choices(self.db)], optional=True)
        dusun_box.setItemText(0, self.tr("All hamlets"))
        country_box = ChoiceBox(countries, optional=True)
        country_box.setItemText(0, self.tr("All countries"))
        filters: list[tuple[str, ChoiceBox]] = []
        if self.district:
            village_box = self._village_box()
            # connected before the list's own reload, so the list searches with the narrowed dusun
            village_box.currentIndexChanged.connect(lambda _i: _narrow_dusun(self.db, village_box, dusun_box))
            filters.append(("village_code", village_box))
        return [
            *filters,
            ("migration_status", status_box),
            ("dusun", dusun_box),
            ("destination_country", country_box),
        ]

    def _village_box(self) -> ChoiceBox:
        box = ChoiceBox(self._village_choices, optional=True)
        box.setItemText(0, self.tr("All villages"))
        return box

    def reload(self) -> None:
        """After an edit or an import: new villages and dusun join the filters; the lists search again."""
        if self.district:
            self._village_choices = self._villages()
        for register in (self.households, self.persons):
            village_box = register.filters.get("village_code")
            if village_box is not None:
                village_box.replace_choices(self._village_choices)
            _narrow_dusun(self.db, village_box, register.filters["dusun"])
            register.reload()
        self._reload_duplicates_if_shown()

    def _reload_duplicates_if_shown(self) -> None:
        """The cross-village check reads every NIK: only when its tab is on screen."""
        if self.duplicates is not None and self.tabs.currentWidget() is self.duplicates:
            self.duplicates.reload()

    def focus_search(self) -> None:
        current = self.tabs.currentWidget()
        assert isinstance(current, RegisterList)
        current.search_box.setFocus()
        current.search_box.selectAll()

    def _open_person(self, person_id: str) -> None:
        row = queries.person_rows(self.db, [person_id]).get(person_id)
        if row is not None:
            self.open_household.emit(row.household_id, person_id)


def _searcher(db: Database, make_filter: Any, search_ids: Any, sort_type: Any) -> Callable[..., list[str]]:
    """The list's search: its text and filter values become the query's filter, in the chosen order."""

    def search(criteria: tuple[str, dict[str, str | None]], sort: str, descending: bool) -> list[str]:
        text, values = criteria
        return search_ids(db, make_filter(text=text, **values), sort_type(sort), descending)  # type: ignore[no-any-return]

    return search


def _narrow_dusun(db: Database, village_box: ChoiceBox | None, dusun_box: ChoiceBox) -> None:
    """The dusun of the village chosen: at a district office the same names recur in many villages."""
    village = village_box.code() if village_box is not None else None
    dusun_box.replace_choices([(d, d) for d in queries.dusun_choices(db, village)])


def _place(row: Any) -> str:
    parts = [row.dusun or ""]
    if row.rt or row.rw:
        parts.append(f"RT {row.rt or '-'}/RW {row.rw or '-'}")
    return " ".join(p for p in parts if p)
