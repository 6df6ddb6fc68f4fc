"""Sinkronisasi, driven as two officers would: a village and its district office, each on its own data dir.

Cards are exchanged through the page's own trust flow, bundles travel through a folder standing in for
the USB stick, and every step is checked in what the page shows and in what each database holds.
File dialogs are answered by replacing QFileDialog's static functions; message boxes are answered as
they open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.formatting import format_bytes
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.households import HouseholdInput, update_household
from desmigratif_desktop.services.setup import initialise_village
from desmigratif_desktop.services.stats import status_facts
from desmigratif_desktop.ui import report_actions, sync_destinations
from desmigratif_desktop.ui.conflicts_dialog import ConflictsDialog
from desmigratif_desktop.ui.identity_dialog import TrustDialog
from desmigratif_desktop.ui.main_window import MainWindow
from desmigratif_desktop.ui.sync_destinations import Destination, looks_removable
from desmigratif_desktop.ui.sync_page import DEVICES_TAB, SyncPage
from desmigratif_desktop.ui.tasks import database_busy
from sync.apply import import_bundles
from sync.conflicts import list_conflicts
from sync.export import export_bundles
from sync.identity import own_identity, write_card
from sync.keys import ensure_keys
from sync.peers import list_peers, trust
from tests.dbtools import count_rows, execute, logical_dump, scalar
from tests.factories import KK, make_family
from tests.gui_helpers import click, when_dialog_opens

JOB_TIMEOUT_MS = 60_000
VILLAGE_NAME = "Desa Rengaspendawa"
DISTRICT_NAME = "Dinas Kabupaten Brebes"


# -- driving the screens -----------------------------------------------------------------------------


def answer(*handlers: Callable[[QWidget], None], after: QWidget | None = None) -> list[QWidget]:
    """Hand the next modal dialogs (those opening over `after`, if given), one by one, to `handlers`;
    returns the dialogs as they came."""
    seen: list[QWidget] = []

    def chain(index: int, previous: QWidget | None) -> None:
        if index == len(handlers):
            return

        def handle(dialog: QWidget) -> None:
            seen.append(dialog)
            chain(index + 1, dialog)  # armed first: the handler may open the next dialog itself
            handlers[index](dialog)

        when_dialog_opens(handle, skip=previous)

    chain(0, after)
    return seen


def accept_box(texts: list[str]) -> Callable[[QWidget], None]:
    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    return handle


def press(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    return handle


def choose_files(
    monkeypatch: pytest.MonkeyPatch,
    *,
    save: Path | None = None,
    open_: Path | None = None,
    many: list[Path] | None = None,
    folder: Path | None = None,
) -> None:
    """What the officer picks in the next file dialogs."""
    if save is not None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(save), "")))
    if open_ is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(open_), "")))
    if many is not None:
        names = [str(path) for path in many]
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: (names, "")))
    if folder is not None:
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(folder)))


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A USB stick "plugged in": the page lists it as a removable drive."""
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(
        sync_destinations, "removable_destinations", lambda: [Destination("FLASHDISK", folder, 7_650_000_000)]
    )
    return folder


def sync_page(qtbot: QtBot, db: Database) -> SyncPage:
    page = SyncPage(db)
    qtbot.addWidget(page)
    page.show()
    return page


def wait_for_job(qtbot: QtBot, page: SyncPage) -> None:
    qtbot.waitUntil(lambda: not database_busy() and page.export_button.isEnabled(), timeout=JOB_TIMEOUT_MS)


def label_text(page: QWidget, name: str) -> str:
    label = page.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def export_card(qtbot: QtBot, page: SyncPage, target: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    told: list[str] = []
    choose_files(monkeypatch, save=target)
    answer(accept_box(told))
    click(qtbot, page.devices, "export_card")
    qtbot.waitUntil(lambda: bool(told))
    return told[0]


def trust_card(qtbot: QtBot, page: SyncPage, card: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """Trust a card with the page's flow, confirming the fingerprint; returns (fingerprint shown, message)."""
    shown: list[str] = []
    told: list[str] = []

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, TrustDialog)
        shown.append(dialog.fingerprint.text())
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)

    choose_files(monkeypatch, open_=card)
    answer(confirm, accept_box(told))
    click(qtbot, page.devices, "trust_card")
    qtbot.waitUntil(lambda: bool(told))
    return shown[0], told[0]


def pair_by_api(village_db: Database, district_db: Database) -> None:
    """Trust both ways without the screens, for tests about what comes after."""
    village_keys, district_keys = ensure_keys(village_db.paths), ensure_keys(district_db.paths)
    trust(district_db, own_identity(village_db.require_installation(), village_keys), district_keys.peer_id)
    trust(village_db, own_identity(district_db.require_installation(), district_keys), village_keys.peer_id)


def village_bundle(village_db: Database, folder: Path) -> Path:
    return export_bundles(village_db, ensure_keys(village_db.paths), folder)[0].path


# -- trust -------------------------------------------------------------------------------------------


def test_a_village_and_its_district_trust_each_other_through_the_page(
    qtbot: QtBot, village_db: Database, district_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    village, district = sync_page(qtbot, village_db), sync_page(qtbot, district_db)
    assert village.tabs.currentIndex() == DEVICES_TAB  # nothing can travel before cards are exchanged
    assert "No device is trusted yet" in label_text(village, "sync_missing")
    village_fingerprint = ensure_keys(village_db.paths).fingerprint
    assert village.devices.fingerprint.text() == village_fingerprint  # shown large, to read out

    told = export_card(qtbot, village, tmp_path / "kartu-desa", monkeypatch)
    village_card = tmp_path / "kartu-desa.dmid"  # the suffix is added when the officer leaves it out
    assert village_card.is_file() and str(village_card) in told and village_fingerprint in told
    district_card = tmp_path / "kartu-dinas.dmid"
    export_card(qtbot, district, district_card, monkeypatch)

    shown, told = trust_card(qtbot, district, village_card, monkeypatch)
    assert shown == village_fingerprint  # the confirmation shows the card's fingerprint to compare
    assert VILLAGE_NAME in told
    trust_card(qtbot, village, district_card, monkeypatch)

    assert [peer.region_code for peer in list_peers(district_db)] == ["33.29.15.2007"]
    assert [peer.region_code for peer in list_peers(village_db)] == ["33.29"]
    row = [district.devices.table.item(0, column).text() for column in range(4)]
    assert row[0] == VILLAGE_NAME and row[2] == village_fingerprint and row[3].startswith("Trusted since")
    assert not label_text(village, "sync_missing")  # the "no device" notice is gone

    # the same card again changes nothing and needs no phone call: no confirmation dialog
    again: list[str] = []
    choose_files(monkeypatch, open_=village_card)
    answer(accept_box(again))
    click(qtbot, district.devices, "trust_card")
    qtbot.waitUntil(lambda: bool(again))
    assert "trusted already" in again[0] and len(list_peers(district_db)) == 1


def test_a_card_that_cannot_be_trusted_is_refused_with_its_reason(
    qtbot: QtBot, village_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other_paths = DataPaths(tmp_path / "other-village")
    initialise_village(other_paths, "33.29.15.2001", "Ani")
    with Database.open(other_paths) as other:
        other_keys = ensure_keys(other_paths)
        other_card = write_card(
            own_identity(other.require_installation(), other_keys), other_keys, tmp_path / "o"
        )
    page = sync_page(qtbot, village_db)
    refused: list[str] = []
    choose_files(monkeypatch, open_=other_card)
    answer(accept_box(refused))  # the error comes straight away: nothing to confirm by phone
    click(qtbot, page.devices, "trust_card")
    qtbot.waitUntil(lambda: bool(refused))
    assert "Desa hanya bertukar data dengan Dinas" in refused[0]

    damaged = tmp_path / "rusak.dmid"
    card = other_card.read_bytes()
    assert card.count(b'"officer_name": "Ani"') == 1
    damaged.write_bytes(card.replace(b'"officer_name": "Ani"', b'"officer_name": "Ana"'))
    choose_files(monkeypatch, open_=damaged)
    answer(accept_box(refused))
    click(qtbot, page.devices, "trust_card")
    qtbot.waitUntil(lambda: len(refused) == 2)
    assert "rusak atau telah diubah" in refused[1]
    assert list_peers(village_db) == [] and page.devices.table.rowCount() == 0


def test_revoking_a_device_asks_first_and_its_bundles_are_refused_after(
    qtbot: QtBot, village_db: Database, district_db: Database, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_family(village_db)
    pair_by_api(village_db, district_db)
    bundle = village_bundle(village_db, stick)
    page = sync_page(qtbot, district_db)
    page.tabs.setCurrentIndex(DEVICES_TAB)
    assert not page.devices.revoke_button.isEnabled()  # nothing chosen yet
    page.devices.table.selectRow(0)

    answer(press(QMessageBox.StandardButton.No))
    click(qtbot, page.devices, "revoke_device")
    assert list_peers(district_db)[0].active  # "No": nothing changed

    answer(press(QMessageBox.StandardButton.Yes))
    click(qtbot, page.devices, "revoke_device")
    assert not list_peers(district_db)[0].active
    assert page.devices.table.item(0, 3).text().startswith("Revoked")
    page.devices.table.selectRow(0)
    assert not page.devices.revoke_button.isEnabled()  # revoked for good

    choose_files(monkeypatch, many=[bundle])
    click(qtbot, page, "import_bundles")
    wait_for_job(qtbot, page)
    assert page.results.is_refused(0) and "dicabut" in page.results.outcome_at(0)
    assert count_rows(district_db.paths.database, "household") == 0


# -- bundles both ways -------------------------------------------------------------------------------


def test_changes_travel_to_the_district_and_the_receipt_comes_back(
    qtbot: QtBot,
    village_db: Database,
    district_db: Database,
    stick: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_family(village_db)
    pair_by_api(village_db, district_db)
    pending = count_rows(village_db.paths.database, "change_log", "NOT acknowledged")
    village = sync_page(qtbot, village_db)
    assert label_text(village, "sync_pending").startswith(f"{pending} changes not yet confirmed")
    assert village.destination.combo.itemText(0) == f"FLASHDISK: {format_bytes(7_650_000_000)} free, {stick}"

    click(qtbot, village, "export_bundles")
    wait_for_job(qtbot, village)
    written = sorted(stick.glob("*.dmsync"))
    assert len(written) == 1
    assert village.results.file_at(0) == written[0].name
    assert village.results.outcome_at(0) == f"{pending} changes written"
    assert str(stick) in label_text(village, "sync_result")
    assert village.history.text_at(0, 1) == "Sent" and village.history.text_at(0, 2) == DISTRICT_NAME
    assert scalar(village_db, "SELECT direction FROM sync_bundle") == "out"
    opened: list[Path] = []
    monkeypatch.setattr(report_actions, "open_file", lambda path: opened.append(Path(path)) or True)
    click(qtbot, village, "open_bundle_folder")
    assert opened == [stick]

    district = sync_page(qtbot, district_db)
    choose_files(monkeypatch, many=written)
    with qtbot.waitSignal(district.changed, timeout=JOB_TIMEOUT_MS):
        click(qtbot, district, "import_bundles")
    wait_for_job(qtbot, district)
    assert count_rows(district_db.paths.database, "household", f"kk_number = '{KK}'") == 1
    assert scalar(district_db, "SELECT full_name FROM person") == "Siti Aminah"
    assert district.results.outcome_at(0) == f"{pending} changes applied"
    assert district.history.text_at(0, 1) == "Received" and district.history.text_at(0, 2) == VILLAGE_NAME
    assert district.history.text_at(0, 4) == f"{pending} applied"

    back = tmp_path / "kembali"  # the district writes the receipt to a folder it chooses
    district.destination.combo.setCurrentIndex(district.destination.combo.findData("other"))
    choose_files(monkeypatch, folder=back)
    click(qtbot, district, "export_bundles")
    wait_for_job(qtbot, district)
    receipt = sorted(back.glob("*.dmsync"))
    assert len(receipt) == 1 and "confirms the changes received" in district.results.outcome_at(0)
    assert district.destination.current_folder() == back  # kept for the next export

    choose_files(monkeypatch, many=receipt)
    click(qtbot, village, "import_bundles")
    wait_for_job(qtbot, village)
    assert count_rows(village_db.paths.database, "change_log", "NOT acknowledged") == 0
    assert label_text(village, "sync_pending").startswith("0 changes not yet confirmed")
    assert f"{pending} changes from here confirmed as received" in village.results.outcome_at(0)
    assert village.devices.table.item(0, 6).text() == "0"  # the district: nothing left to confirm


def test_a_tampered_bundle_is_refused_with_its_reason_and_changes_nothing(
    qtbot: QtBot,
    village_db: Database,
    district_db: Database,
    stick: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_family(village_db)
    pair_by_api(village_db, district_db)
    good = village_bundle(village_db, stick)
    tampered = stick / "desmigratif_diubah.dmsync"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    not_a_bundle = stick / "catatan.dmsync"
    not_a_bundle.write_text("bukan bundel")
    before = logical_dump(district_db.paths.database)

    page = sync_page(qtbot, district_db)
    choose_files(monkeypatch, many=[tampered, not_a_bundle])
    click(qtbot, page, "import_bundles")
    wait_for_job(qtbot, page)
    assert QApplication.activeModalWidget() is None  # a refusal is a result, not an error box
    assert logical_dump(district_db.paths.database) == before
    assert page.results.rowCount() == 2
    assert page.results.is_refused(0) and page.results.is_refused(1)
    assert page.results.outcome_at(0).startswith("Refused: ")
    assert "telah diubah" in page.results.outcome_at(0) or "tidak utuh" in page.results.outcome_at(0)
    assert "bukan berkas sinkronisasi" in page.results.outcome_at(1)
    assert label_text(page, "sync_result").startswith("0 of 2 bundles imported")
    assert page.history.rowCount() == 0

    choose_files(monkeypatch, many=[good])  # the genuine bundle still goes in afterwards
    click(qtbot, page, "import_bundles")
    wait_for_job(qtbot, page)
    assert not page.results.is_refused(0)
    assert count_rows(district_db.paths.database, "household") == 1


def test_changes_that_have_not_arrived_are_named_with_their_sender(
    qtbot: QtBot, village_db: Database, district_db: Database
) -> None:
    pair_by_api(village_db, district_db)
    village_peer = list_peers(district_db)[0].peer_id
    device = "d" * 32
    # what a district holds after bundles 1-13 and 21-30 of a village device arrived, and 14-20 did not
    for first, last in ((1, 13), (21, 30)):
        execute(
            district_db,
            "INSERT INTO sync_received (device_id, first_seq, last_seq, peer_id) VALUES (:d, :f, :l, :p)",
            d=device,
            f=first,
            l=last,
            p=village_peer,
        )
    execute(
        district_db,
        "INSERT INTO sync_held (device_id, seq, peer_id, entry) VALUES (:d, 21, :p, '[]')",
        d=device,
        p=village_peer,
    )
    page = sync_page(qtbot, district_db)
    missing = label_text(page, "sync_missing")
    assert f"Changes 14–20 from {VILLAGE_NAME}, Kec. Larangan" in missing
    assert "have not arrived" in missing
    assert "1 changes from Desa Rengaspendawa" in missing and "wait for an earlier bundle" in missing


# -- conflicts ---------------------------------------------------------------------------------------


def make_conflict(village_db: Database, district_db: Database, folder: Path) -> str:
    """The district corrects the household's address while the village changes it too."""
    family = make_family(village_db)
    pair_by_api(village_db, district_db)
    district_keys = ensure_keys(district_db.paths)
    import_bundles(district_db, district_keys, [village_bundle(village_db, folder / "1")])
    household = family["household"]
    update_household(
        district_db, household, HouseholdInput(kk_number=KK, dusun="Krajan", address="Jl. Dinas 1")
    )
    update_household(
        village_db, household, HouseholdInput(kk_number=KK, dusun="Krajan", address="Jl. Desa 2")
    )
    [outcome] = import_bundles(district_db, district_keys, [village_bundle(village_db, folder / "2")])
    assert getattr(outcome, "conflicts", None) == 1, outcome
    return household


def test_a_conflict_is_settled_from_the_conflicts_screen(
    qtbot: QtBot, village_db: Database, district_db: Database, tmp_path: Path
) -> None:
    household = make_conflict(village_db, district_db, tmp_path)
    shown_address = scalar(district_db, "SELECT address FROM household WHERE id = :id", id=household)
    other_address = ({"Jl. Dinas 1", "Jl. Desa 2"} - {shown_address}).pop()
    assert len(list_conflicts(district_db)) == 1  # before any dialog is awaited: a failure here leaks none
    page = sync_page(qtbot, district_db)
    assert label_text(page, "sync_conflicts") == "1 open conflicts to review"
    seen: dict[str, object] = {}

    def review(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictsDialog)
        seen["listed"] = dialog.list.count()
        seen["description"] = dialog.description.text()
        table = dialog.differences
        seen["differences"] = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
        answer(press(QMessageBox.StandardButton.No), press(QMessageBox.StandardButton.Yes), after=dialog)
        qtbot.mouseClick(dialog.keep_other_button, Qt.MouseButton.LeftButton)  # asked: "No"
        seen["after_no"] = dialog.list.count()
        qtbot.mouseClick(dialog.keep_other_button, Qt.MouseButton.LeftButton)  # asked again: "Yes"
        seen["after_yes"] = dialog.list.count()
        seen["empty_text"] = dialog.description.text()
        dialog.reject()

    answer(review)
    with qtbot.waitSignal(page.changed):
        click(qtbot, page.status_box, "review_conflicts")

    assert seen["listed"] == 1
    assert f"KK {KK}" in str(seen["description"]) and "Address" in str(seen["description"])
    assert seen["differences"] == [["Address", shown_address, other_address]]
    assert seen["after_no"] == 1 and seen["after_yes"] == 0 and seen["empty_text"] == "No open conflicts."
    assert scalar(district_db, "SELECT address FROM household WHERE id = :id", id=household) == other_address
    assert scalar(district_db, "SELECT resolution FROM sync_conflict") == "other"
    assert label_text(page, "sync_conflicts") == "No open conflicts"
    assert not page.status_box.conflicts_button.isEnabled()
    # the choice is a new change of the district's, so it travels back to the village
    assert count_rows(
        district_db.paths.database, "change_log", f"NOT acknowledged AND row_id = '{household}'"
    )


# -- the main window and the drives -------------------------------------------------------------------


def test_the_main_window_has_sinkronisasi_and_shows_the_last_sync(
    qtbot: QtBot, village_db: Database, district_db: Database, stick: Path
) -> None:
    make_family(village_db)
    pair_by_api(village_db, district_db)
    window = MainWindow(village_db.paths, village_db)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(n).text() for n in range(window.nav.count())]
    assert titles[-4:] == ["Cases", "Reports", "Synchronisation", "Settings"]
    assert window._status_labels["sync"].text() == "Never synchronised"
    page = window.go_to("sync")
    assert isinstance(page, SyncPage)
    with qtbot.waitSignal(page.synced, timeout=JOB_TIMEOUT_MS):
        click(qtbot, page, "export_bundles")
    last = status_facts(village_db)["last_sync"]
    assert last is not None
    assert window._status_labels["sync"].text() == f"Last sync: {last.astimezone():%d-%m-%Y %H:%M}"
    assert page.history.text_at(0, 0) == f"{last.astimezone():%d-%m-%Y %H:%M}"


@pytest.mark.parametrize(
    ("root", "platform", "removable"),
    [
        ("/", "linux", False),
        ("/home", "linux", False),
        ("/media/siti/FLASHDISK", "linux", True),
        ("/run/media/siti/KINGSTON", "linux", True),
        ("/media/", "linux", False),
        ("/Volumes/USB", "darwin", True),
        ("/", "darwin", False),
        ("C:/", "win32", False),
        ("E:/", "win32", True),
        ("//server/share/", "win32", False),
    ],
)
def test_removable_drives_are_told_apart_from_the_system_disk(
    root: str, platform: str, removable: bool
) -> None:
    assert looks_removable(root, platform, system_drive="C:") is removable


def test_free_space_is_written_the_indonesian_way() -> None:
    assert format_bytes(7_650_000_000) == "7,1 GB"
    assert format_bytes(512 * 1024 * 1024) == "512 MB"
    assert format_bytes(1_500_000) == "1,4 MB"
    assert format_bytes(2048) == "2 KB"
