"""Koperasi: the village cooperative's profile, its members, and its monthly figures."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.formatting import format_count, format_rupiah
from desmigratif_desktop.services.cooperative import get_cooperative
from desmigratif_desktop.services.cooperative_members import MemberFilter, MemberRow, member_rows
from desmigratif_desktop.services.cooperative_months import MonthRow, month_rows, totals
from desmigratif_desktop.ui.cooperative_member_dialog import MemberDialog
from desmigratif_desktop.ui.cooperative_month_dialog import MonthDialog, show_month
from desmigratif_desktop.ui.cooperative_profile import ProfileForm
from desmigratif_desktop.ui.inputs import ChoiceBox
from desmigratif_desktop.ui.labels import label_of, sex_short_choices

PROFILE_TAB, MEMBERS_TAB, MONTHS_TAB = range(3)


class CooperativePage(QWidget):
    changed = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.has_cooperative = False
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.invitation = QLabel(
            self.tr(
                "The village cooperative is not recorded yet. Fill in at least its name and save: "
                "its members and monthly figures can be recorded after that."
            )
        )
        self.invitation.setObjectName("invitation")
        self.invitation.setWordWrap(True)
        self.invitation.setStyleSheet("background: #fff4d6; padding: 8px;")
        self.profile = ProfileForm(db)
        self.profile.saved.connect(self._after_write)
        self.members = MembersTab(db)
        self.members.changed.connect(self._after_write)
        self.months = MonthsTab(db)
        self.months.changed.connect(self._after_write)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.months, self.tr("Monthly figures"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.invitation)
        layout.addWidget(self.tabs)

    def reload(self) -> None:
        cooperative = get_cooperative(self.db)
        appeared = cooperative is not None and not self.has_cooperative
        self.has_cooperative = cooperative is not None
        self.title.setText(cooperative.name if cooperative else self.tr("Village cooperative"))
        self.invitation.setVisible(not self.has_cooperative)
        for tab in (MEMBERS_TAB, MONTHS_TAB):
            self.tabs.setTabEnabled(tab, self.has_cooperative)
        if appeared:
            self.tabs.setCurrentIndex(MEMBERS_TAB)  # the everyday work, once the profile exists
        self.profile.show_cooperative(cooperative)
        self.members.reload()
        self.months.reload()

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def new_item(self) -> None:  # Ctrl+N
        if not self.has_cooperative:
            self.tabs.setCurrentIndex(PROFILE_TAB)
            self.profile.name.setFocus()
            return
        self.tabs.setCurrentIndex(MEMBERS_TAB)
        self.members.add_member()

    def focus_search(self) -> None:  # Ctrl+F
        if self.has_cooperative:
            self.tabs.setCurrentIndex(MEMBERS_TAB)
            self.members.search_box.setFocus()


class MembersTab(QWidget):
    changed = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._rows: list[MemberRow] = []
        self._sexes = sex_short_choices()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search by name…"))
        self.search_box.setClearButtonEnabled(True)
        self.which = ChoiceBox(
            [
                (MemberFilter.CURRENT, self.tr("Current members")),
                (MemberFilter.FORMER, self.tr("Former members")),
                (MemberFilter.ALL, self.tr("All members")),
            ]
        )
        self.which.setObjectName("member_filter")
        self.count_label = QLabel()
        self.count_label.setObjectName("member_count")
        add = QPushButton(self.tr("Add member"))
        add.setObjectName("add_member")
        add.clicked.connect(self.add_member)
        headers = [self.tr("No."), self.tr("Name"), self.tr("Register"), self.tr("Sex")]
        self.table = _table("members", [*headers, self.tr("Joined"), self.tr("Left")], stretch=1)
        self.table.doubleClicked.connect(lambda index: self.open_member(self._rows[index.row()].id))
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(150)
        timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(lambda _t: timer.start())
        self.which.currentIndexChanged.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 2)
        bar.addWidget(self.which, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def reload(self) -> None:
        self._rows = member_rows(self.db, self.search_box.text(), self.which.code() or MemberFilter.ALL)
        _fill(self.table, [self._cells(row) for row in self._rows])
        self.count_label.setText(self.tr("{n} members").format(n=format_count(len(self._rows))))

    def _cells(self, row: MemberRow) -> list[str]:
        if not row.registered:
            register = self.tr("Not registered")
        elif row.in_register:
            register = self.tr("Registered")
        else:
            register = self.tr("No longer in the register")
        dates = [f"{d:%d-%m-%Y}" if d else "" for d in (row.joined_date, row.left_date)]
        return [row.member_number or "", row.name, register, label_of(self._sexes, row.sex), *dates]

    def add_member(self) -> None:
        self.open_member(None)

    def open_member(self, member_id: str | None) -> None:
        dialog = MemberDialog(self.db, member_id, self)
        dialog.exec()
        if dialog.wrote_anything:
            self.changed.emit()


class MonthsTab(QWidget):
    changed = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._rows: list[MonthRow] = []
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        record = QPushButton(self.tr("Record month"))
        record.setObjectName("record_month")
        record.clicked.connect(self.record_month)
        headers = [self.tr("Month"), self.tr("Principal"), self.tr("Mandatory"), self.tr("Voluntary")]
        self.table = _table("months", [*headers, self.tr("Loans given"), self.tr("Repaid"), self.tr("Units")])
        self.table.doubleClicked.connect(lambda index: self.open_month(self._rows[index.row()].month))
        bar = QHBoxLayout()
        bar.addWidget(self.totals, 1)
        bar.addWidget(record, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def reload(self) -> None:
        self._rows = month_rows(self.db)
        cells = []
        for row in self._rows:
            amounts = (row.savings_principal, row.savings_mandatory, row.savings_voluntary)
            money = [format_rupiah(a) for a in (*amounts, row.loans_given, row.loans_repaid)]
            cells.append([show_month(row.month), *money, format_count(row.business_units)])
        _fill(self.table, cells, right_from=1)
        self._show_totals()

    def _show_totals(self) -> None:
        t = totals(self.db)
        lines = [
            self.tr("Savings: {total} (principal {principal}, mandatory {mandatory}, voluntary {voluntary})"),
            self.tr("Loans given: {given}; repaid: {repaid}; outstanding: {outstanding}"),
        ]
        if t.latest_month:
            lines.append(self.tr("Business units in {month}: {units}"))
        self.totals.setText(
            "\n".join(lines).format(
                total=format_rupiah(t.savings),
                principal=format_rupiah(t.savings_principal),
                mandatory=format_rupiah(t.savings_mandatory),
                voluntary=format_rupiah(t.savings_voluntary),
                given=format_rupiah(t.loans_given),
                repaid=format_rupiah(t.loans_repaid),
                outstanding=format_rupiah(t.loans_outstanding),
                month=show_month(t.latest_month or ""),
                units=format_count(t.business_units),
            )
        )

    def record_month(self) -> None:
        self.open_month(None)

    def open_month(self, month: str | None) -> None:
        dialog = MonthDialog(self.db, month, self)
        dialog.exec()
        if dialog.wrote_anything:
            self.changed.emit()


def _table(name: str, headers: list[str], stretch: int | None = None) -> QTableWidget:
    """Read-only rows; the `stretch` column (a name) takes the spare width, figures keep theirs."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], right_from: int | None = None) -> None:
    """Amount columns (from `right_from` on) are right-aligned, as figures are on paper."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if right_from is not None and c >= right_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
