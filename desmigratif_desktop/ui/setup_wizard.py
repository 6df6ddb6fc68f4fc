"""First start: role, the village (or regency) from the Kemendagri list, the officer's name.

Finishing calls the same service functions as `desmigratif init`, so both produce the same installation.
The region list (83,762 villages) is indexed once on a background thread; searching it as the officer
types takes a few milliseconds, so it runs on the UI thread after a short pause in typing.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desmigratif_desktop import APP_NAME
from desmigratif_desktop.data.installation import Installation
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.reference.regions import Regency, Village, VillageIndex
from desmigratif_desktop.services.setup import initialise_district, initialise_village, officer_name_checks
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.dialogs import name_wizard_buttons
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.field_messages import FieldMessages
from desmigratif_desktop.ui.tasks import Progress, run_job

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 150  # wait for a pause in typing before searching
MAX_RESULTS = 50
OFFICER_FIELD = "officer_name"

Region = Village | Regency


def officer_name_problems(text: str) -> list[Problem]:
    """The setup service's own rule for the officer's name, with its Indonesian messages."""
    return officer_name_checks(text).problems


def short_regency_name(name: str) -> str:
    """ "Kabupaten Brebes" -> "Kab. Brebes", the usual short form in an address; cities keep "Kota"."""
    return f"Kab. {name.removeprefix('Kabupaten ')}" if name.startswith("Kabupaten ") else name


def run_setup_wizard(paths: DataPaths, parent: QWidget | None = None) -> bool:
    """Show the wizard until the officer finishes (True: the data dir is set up) or cancels (False)."""
    wizard = SetupWizard(paths, parent)
    return wizard.exec() == QDialog.DialogCode.Accepted


def _initialise(
    paths: DataPaths, district: bool, code: str, officer: str, _progress: Progress
) -> Installation:
    if district:
        return initialise_district(paths, code, officer)
    return initialise_village(paths, code, officer)


class _IndexSignals(QObject):
    loaded = Signal(object)
    failed = Signal(object)


class _BuildIndex(QRunnable):
    """Builds the village index on a pool thread (about half a second); the result goes to the UI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.signals = _IndexSignals()

    def run(self) -> None:
        try:
            index = VillageIndex.build()
        except Exception as error:  # handed to the UI thread, which shows it
            log.exception("building the village index failed")
            self.signals.failed.emit(error)
        else:
            self.signals.loaded.emit(index)


class SetupWizard(QWizard):
    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.installation: Installation | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Set up {app}").format(app=APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        name_wizard_buttons(self)
        self.setMinimumSize(760, 520)
        self.resize(880, 600)
        self.role_page = RolePage()
        self.region_page = RegionPage()
        self.officer_page = OfficerPage()
        for page in (self.role_page, self.region_page, self.officer_page):
            self.addPage(page)
        self._index_job: _BuildIndex | None = None
        self._load_index()

    @property
    def district(self) -> bool:
        return bool(self.field("district"))

    def _load_index(self) -> None:
        """Start indexing the regions now, so the list is usually ready before the officer needs it."""
        index = VillageIndex.cached()
        if index is not None:
            self.region_page.set_index(index)
            return
        self._index_job = _BuildIndex()
        self._index_job.signals.loaded.connect(self.region_page.set_index)
        self._index_job.signals.failed.connect(self._index_failed)
        QThreadPool.globalInstance().start(self._index_job)

    def _index_failed(self, error: Exception) -> None:
        self.region_page.show_load_failure()
        show_error(self, error)

    def accept(self) -> None:
        """Finish: set up the data dir on the database worker; close only when that succeeded."""
        if self.busy:
            return
        region = self.region_page.selected()
        if region is None or not self.officer_page.isComplete():
            return
        self._set_busy(True)
        work = partial(_initialise, self.paths, self.district, region.code, self.officer_page.name.text())
        run_job(self, self.tr("Setting up the data folder…"), work, self._set_up, self._setup_failed)

    def reject(self) -> None:
        if not self.busy:  # the data dir is being written: let that finish first
            super().reject()

    def _set_up(self, installation: Installation) -> None:
        self.installation = installation
        self._set_busy(False)
        super().accept()

    def _setup_failed(self, error: Exception) -> None:
        self._set_busy(False)
        show_error(self, error)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)
        self.officer_page.completeChanged.emit()  # Finish follows `busy` too


class RolePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Who will use this computer?"))
        self.setSubTitle(self.tr("The role is chosen once, when the application is first set up."))
        self.village_button = QRadioButton(self.tr("Village officer"))
        self.district_button = QRadioButton(self.tr("District office"))
        self.village_button.setChecked(True)
        self.registerField("district", self.district_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.village_button)
        layout.addWidget(self._explain(self.tr("Registers the migrant-worker households of one village.")))
        layout.addSpacing(12)
        layout.addWidget(self.district_button)
        layout.addWidget(
            self._explain(self.tr("Receives and combines the data of the villages in one regency or city."))
        )
        layout.addStretch()

    @staticmethod
    def _explain(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setIndent(24)  # under the radio button's text, not its circle
        return label


class RegionPage(QWizardPage):
    """Search the Kemendagri list as the officer types; Next needs one selected village (or regency)."""

    def __init__(self) -> None:
        super().__init__()
        self.index: VillageIndex | None = None
        self.load_failed = False
        self.district: bool | None = None  # the role the page was last set up for
        self.regions: dict[str, Region] = {}
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.results = QListWidget()
        self.results.setWordWrap(True)  # a long address wraps instead of hiding the code at its end
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setAlternatingRowColors(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, stretch=1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.timer.start)
        self.search.installEventFilter(self)
        self.timer.timeout.connect(self.refresh)
        self.results.itemSelectionChanged.connect(self.completeChanged)
        self.results.itemDoubleClicked.connect(lambda _item: self.wizard().next())

    def initializePage(self) -> None:  # noqa: N802
        district = bool(self.field("district"))
        if district != self.district:  # first visit, or the role changed: start a new search
            self.district = district
            self._label_for_role(district)
            self.search.clear()
            self.refresh()
        self.search.setFocus()

    def _label_for_role(self, district: bool) -> None:
        if district:
            self.setTitle(self.tr("Your regency or city"))
            self.setSubTitle(self.tr("Find the regency or city of your office in the Kemendagri list."))
            self.search.setPlaceholderText(self.tr("Type part of the name, for example Brebes"))
            self.hint.setText(self.tr("A code such as 33.29 works too."))
        else:
            self.setTitle(self.tr("Your village"))
            self.setSubTitle(self.tr("Find your village in the Kemendagri list."))
            self.search.setPlaceholderText(
                self.tr("Type part of the village name, for example Rengaspendawa")
            )
            self.hint.setText(
                self.tr(
                    "Add the sub-district or regency to narrow the list (“rengas larangan”), "
                    "or type a code such as 33.29.15."
                )
            )

    def set_index(self, index: VillageIndex) -> None:
        self.index = index
        self.refresh()

    def show_load_failure(self) -> None:
        self.load_failed = True
        self.refresh()

    def isComplete(self) -> bool:  # noqa: N802
        return self.selected() is not None

    def selected(self) -> Region | None:
        items = self.results.selectedItems()
        return self.regions.get(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def refresh(self) -> None:
        """Search now with what is typed (the timer calls this after a pause in typing)."""
        self.timer.stop()
        if self.index is None:
            failed = self.tr("The list of regions could not be loaded.")
            self.status.setText(failed if self.load_failed else self.tr("Loading the list of regions…"))
            return
        text = self.search.text()
        search = self.index.search_regencies if self.district else self.index.search
        found = search(text, MAX_RESULTS + 1)
        self._show(found[:MAX_RESULTS])
        self.status.setText(self._status_text(text, len(found)))

    def _show(self, found: list[Region]) -> None:
        previous = self.selected()
        self.regions = {region.code: region for region in found}
        self.results.clear()
        for region in found:
            item = QListWidgetItem(self.describe(region))
            item.setData(Qt.ItemDataRole.UserRole, region.code)
            item.setToolTip(item.text())
            self.results.addItem(item)
        keep = previous.code if previous is not None and previous.code in self.regions else None
        if keep is None and len(found) == 1:
            keep = found[0].code  # the only match: selected, so Next works straight away
        if keep is not None:
            self.results.setCurrentRow(list(self.regions).index(keep))
        self.completeChanged.emit()

    def describe(self, region: Region) -> str:
        """ "Rengaspendawa — Kec. Larangan, Kab. Brebes, Jawa Tengah (33.29.15.2007)" in Indonesian."""
        if isinstance(region, Regency):
            return f"{region.name}, {region.province_name} ({region.code})"
        name = self.tr("{village} (urban village)") if region.kind == "kelurahan" else "{village}"
        return self.tr("{village} — {subdistrict} sub-district, {regency}, {province} ({code})").format(
            village=name.format(village=region.name),
            subdistrict=region.subdistrict_name,
            regency=short_regency_name(region.regency_name),
            province=region.province_name,
            code=region.code,
        )

    def _status_text(self, text: str, count: int) -> str:
        if not text.strip():
            return ""
        if count == 0:
            return self.tr("Nothing matches “{text}”. Check the spelling, or type less of the name.").format(
                text=text.strip()
            )
        if count > MAX_RESULTS:
            return self.tr("Showing the first {count} matches. Type more to narrow the list.").format(
                count=MAX_RESULTS
            )
        if self.district:
            return self.tr("Select your regency or city in the list ({count} found).").format(count=count)
        return self.tr("Select your village in the list ({count} found).").format(count=count)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down in the search field moves into the results, as in a browser's address bar."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)


class OfficerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Officer"))
        self.setSubTitle(self.tr("Who works with this computer? The name appears on reports."))
        self.region = QLabel()
        self.region.setWordWrap(True)
        self.name = QLineEdit()
        self.messages = FieldMessages()
        self.message = self.messages.label_for(OFFICER_FIELD)
        self.region_label = QLabel()
        form = QFormLayout(self)
        form.addRow(self.region_label, self.region)
        form.addRow(self.tr("Officer name:"), self.name)
        form.addRow("", self.message)
        self.name.textChanged.connect(self._check)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        chosen = wizard.region_page.selected()
        self.region_label.setText(self.tr("Regency or city:") if wizard.district else self.tr("Village:"))
        self.region.setText(wizard.region_page.describe(chosen) if chosen else "")
        self.name.setFocus()

    def _check(self) -> None:
        """Shown as the officer types (not before the first key), with the service's own message."""
        self.messages.show(officer_name_problems(self.name.text()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        busy = isinstance(wizard, SetupWizard) and wizard.busy
        return not busy and not any(p.is_error for p in officer_name_problems(self.name.text()))
