"""The top of the Sinkronisasi page: what the other side has not confirmed, the last bundles each way,
changes that have not arrived (by sender and number, DESIGN §5), and the open conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton

from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.ui.sync_results import local_time
from sync.history import SENT, BundleEvent

WARNING_STYLE = "color: #b3261e;"


class SyncStatusBox(QGroupBox):
    review_conflicts = Signal()

    def __init__(self, role: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Synchronisation status"))
        self.role = role
        self.has_peers = False
        self.pending = self._label("sync_pending")
        font = QFont(self.pending.font())
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.pending.setFont(font)
        self.last = self._label("sync_last")
        self.missing = self._label("sync_missing")
        self.missing.setStyleSheet(WARNING_STYLE)
        self.conflicts = self._label("sync_conflicts")
        self.conflicts.setWordWrap(False)  # a short line beside its button
        self.conflicts_button = QPushButton(self.tr("Review conflicts…"))
        self.conflicts_button.setObjectName("review_conflicts")
        self.conflicts_button.clicked.connect(self.review_conflicts)
        grid = QGridLayout(self)
        grid.addWidget(self.pending, 0, 0)
        grid.addWidget(self.conflicts, 0, 1)
        grid.addWidget(self.conflicts_button, 0, 2)
        grid.addWidget(self.last, 1, 0, 1, 3)
        grid.addWidget(self.missing, 2, 0, 1, 3)
        grid.setColumnStretch(0, 1)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def show_status(self, status: dict[str, Any], events: list[BundleEvent]) -> None:
        """`status` as `sync_status` gives it; `events` the bundle history, newest first."""
        peers = status["peers"]
        self.has_peers = any(not peer["revoked_at"] for peer in peers)
        self.pending.setText(self._pending_text(status["pending_changes"]))
        sent = next((e.recorded_at for e in events if e.direction == SENT), None)
        received = next((e.recorded_at for e in events if e.direction != SENT), None)
        self.last.setText(
            self.tr("Last sent: {sent}    Last received: {received}").format(
                sent=local_time(sent) if sent else self.tr("never"),
                received=local_time(received) if received else self.tr("never"),
            )
        )
        warnings = [line for peer in peers for line in self._peer_warnings(peer)]
        if not self.has_peers:
            warnings.insert(
                0,
                self.tr(
                    "No device is trusted yet: exchange identity cards on the tab “Identity and trusted "
                    "devices” first."
                ),
            )
        self.missing.setText("\n".join(warnings))
        self.missing.setVisible(bool(warnings))
        open_conflicts = status["open_conflicts"]
        self.conflicts.setText(
            self.tr("{n} open conflicts to review").format(n=format_count(open_conflicts))
            if open_conflicts
            else self.tr("No open conflicts")
        )
        self.conflicts_button.setEnabled(open_conflicts > 0)

    def _pending_text(self, pending: int) -> str:
        if self.role == Role.VILLAGE:
            return self.tr("{n} changes not yet confirmed by the district office").format(
                n=format_count(pending)
            )
        return self.tr("{n} reviews and corrections not yet confirmed by the villages").format(
            n=format_count(pending)
        )

    def _peer_warnings(self, peer: dict[str, Any]) -> list[str]:
        name = peer["region_name"]
        lines = []
        for gap in peer["gaps"]:
            if gap["first"] == gap["last"]:
                text = self.tr("Change {first} from {name} has not arrived: ask for a new bundle.")
            else:
                text = self.tr("Changes {first}–{last} from {name} have not arrived: ask for a new bundle.")
            lines.append(text.format(first=gap["first"], last=gap["last"], name=name))
        if peer["held_changes"]:
            lines.append(
                self.tr("{n} changes from {name} wait for an earlier bundle.").format(
                    n=format_count(peer["held_changes"]), name=name
                )
            )
        return lines
