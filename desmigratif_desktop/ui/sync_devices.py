"""This installation's identity and the devices it trusts: export the card, trust a card, revoke a device.

Trust needs two steps a stranger cannot fake: the card is signed by its key (checked by `read_card`), and
the officers compare the fingerprint by phone (the confirmation dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.ui.dialogs import Button, ask, inform
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.identity_dialog import TrustDialog, fingerprint_label
from desmigratif_desktop.ui.sync_results import local_time, short_region
from sync.history import as_utc
from sync.identity import Identity, own_identity, read_card, write_card
from sync.keys import KeyPair
from sync.peers import pairing_problem, revoke, trust

CARD_SUFFIX = ".dmid"
PEER_ID_ROLE = Qt.ItemDataRole.UserRole


def local_day(stored: str) -> str:
    """The day only: when a device was trusted matters to the day, and the column stays narrow."""
    return f"{as_utc(stored).astimezone():%d-%m-%Y}"


class DevicesPanel(QWidget):
    changed = Signal()  # a device was trusted or revoked

    def __init__(self, db: Database, keys: KeyPair) -> None:
        super().__init__()
        self.db = db
        self.keys = keys
        self._peers: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self._identity_box())
        layout.addWidget(self._devices_box(), 1)

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This installation"))
        self.fingerprint = fingerprint_label(self.keys.fingerprint, 24)
        self.fingerprint.setObjectName("own_fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about = QLabel(
            self.tr(
                "Its fingerprint, to read out by phone to the officer who trusts this installation. "
                "Give them the identity card on a USB stick; trust their card here in the same way."
            )
        )
        about.setWordWrap(True)
        export = self._button("export_card", self.tr("Export identity card…"), lambda: self.export_card())
        trust_button = self._button("trust_card", self.tr("Trust a device…"), lambda: self.trust_card())
        buttons = QHBoxLayout()
        buttons.addWidget(export)
        buttons.addWidget(trust_button)
        buttons.addStretch()
        layout = QVBoxLayout(box)
        layout.addWidget(self.fingerprint)
        layout.addWidget(about)
        layout.addLayout(buttons)
        return box

    def _devices_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Trusted devices"))
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("trusted_devices")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Region"),
                self.tr("Officer"),
                self.tr("Fingerprint"),
                self.tr("State"),
                self.tr("Last received"),
                self.tr("Last sent"),
                self.tr("Not yet confirmed"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("No device is trusted yet: exchange identity cards first."))
        self.empty.setObjectName("no_devices")
        self.revoke_button = self._button("revoke_device", self.tr("Revoke…"), lambda: self.revoke_selected())
        row = QHBoxLayout()
        row.addWidget(self.empty)
        row.addStretch()
        row.addWidget(self.revoke_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        return box

    def _button(self, name: str, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    # -- the list ----------------------------------------------------------------------------------

    def show_peers(self, peers: list[dict[str, Any]]) -> None:
        """The peers as `sync_status` describes them (trust, last bundles, what they have not confirmed)."""
        self._peers = peers
        self.table.setRowCount(len(peers))
        for row, peer in enumerate(peers):
            for column, text in enumerate(self._row(peer)):
                item = QTableWidgetItem(text)
                item.setToolTip(peer["region_name"] if column == 0 else text)
                item.setData(PEER_ID_ROLE, peer["peer_id"])
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not peers)
        self._selection_changed()

    def _row(self, peer: dict[str, Any]) -> tuple[str, ...]:
        if peer["revoked_at"]:
            state = self.tr("Revoked {when}").format(when=local_day(peer["revoked_at"]))
        else:
            state = self.tr("Trusted since {when}").format(when=local_day(peer["trusted_at"]))
        sent, received = peer["last_sent"], peer["last_received"]
        return (
            short_region(peer["region_name"]),
            peer["officer_name"],
            peer["fingerprint"],
            state,
            local_time(as_utc(received["recorded_at"])) if received else "–",
            local_time(as_utc(sent["recorded_at"])) if sent else "–",
            format_count(peer["pending_changes"]),
        )

    def selected_peer(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self._peers[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        peer = self.selected_peer()
        self.revoke_button.setEnabled(peer is not None and not peer["revoked_at"])

    # -- actions -----------------------------------------------------------------------------------

    def export_card(self, target: Path | None = None) -> None:
        own = own_identity(self.db.require_installation(), self.keys)
        if target is None:
            suggested = Path.home() / f"kartu-identitas-{own.region_code}{CARD_SUFFIX}"
            chosen = QFileDialog.getSaveFileName(
                self,
                self.tr("Export identity card"),
                str(suggested),
                self.tr("Identity cards (*{suffix})").format(suffix=CARD_SUFFIX),
            )[0]
            if not chosen:
                return
            target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(CARD_SUFFIX)
        try:
            written = write_card(own, self.keys, target)
        except Exception as error:  # a known error (a full stick) in Indonesian; a bug with its details
            show_error(self, error)
            return
        inform(
            self,
            self.tr("Identity card"),
            self.tr(
                "The identity card was saved to {path}.\n\nGive it to the other officer, and read out this "
                "fingerprint to them by phone:\n{fingerprint}"
            ).format(path=written, fingerprint=self.keys.fingerprint),
        )

    def trust_card(self, source: Path | None = None) -> None:
        if source is None:
            chosen = QFileDialog.getOpenFileName(
                self,
                self.tr("Trust a device"),
                "",
                self.tr("Identity cards (*{suffix});;All files (*)").format(suffix=CARD_SUFFIX),
            )[0]
            if not chosen:
                return
            source = Path(chosen)
        try:
            identity = read_card(source)
            self._trust(identity)
        except Exception as error:  # a refused card says why, in Indonesian; nothing was changed
            show_error(self, error)

    def _trust(self, identity: Identity) -> None:
        known = {peer["peer_id"] for peer in self._peers}
        problem = pairing_problem(self.db.require_installation(), identity, self.keys.peer_id)
        # A card known already (trusted, or revoked for good) changes nothing: no phone call needed.
        if problem is None and identity.peer_id not in known:
            dialog = TrustDialog(identity, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        if trust(self.db, identity, self.keys.peer_id):
            inform(
                self,
                self.tr("Trust a device"),
                self.tr("{region} is trusted now: bundles can be exchanged with it.").format(
                    region=identity.region_name
                ),
            )
            self.changed.emit()
        else:
            inform(
                self,
                self.tr("Trust a device"),
                self.tr("{region} was trusted already; nothing was changed.").format(
                    region=identity.region_name
                ),
            )

    def revoke_selected(self, confirm: bool = True) -> None:
        peer = self.selected_peer()
        if peer is None or peer["revoked_at"]:
            return
        question = self.tr(
            "Revoke {region} ({fingerprint})?\n\nIts bundles will be refused from now on. Do this when "
            "its laptop is lost or replaced; it cannot be undone."
        ).format(region=peer["region_name"], fingerprint=peer["fingerprint"])
        if confirm and ask(self, self.tr("Revoke a device"), question) != Button.Yes:
            return
        try:
            revoke(self.db, peer["peer_id"])
        except Exception as error:
            show_error(self, error)
            return
        self.changed.emit()
