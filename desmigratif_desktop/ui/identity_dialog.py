"""Before trusting another installation: show who its card says it is, and have the officer confirm, by
phone, that its fingerprint is the one the other officer reads out (DESIGN §5, trust)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.ui.dialogs import BoxButton, button_box
from sync.identity import Identity


def fingerprint_label(fingerprint: str, point_size: int = 20) -> QLabel:
    """A fingerprint large and in a fixed-width font, so it can be read out group by group."""
    label = QLabel(fingerprint)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setPointSize(point_size)
    font.setBold(True)
    label.setFont(font)
    return label


class TrustDialog(QDialog):
    def __init__(self, identity: Identity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trust a device"))
        role = self.tr("District office") if identity.role == Role.DISTRICT else self.tr("Village")
        about = QLabel(
            self.tr(
                "Phone {officer} and ask them to read out the fingerprint shown on their Synchronisation "
                "page. Trust this device only if every character matches."
            ).format(officer=identity.officer_name)
        )
        about.setWordWrap(True)
        self.fingerprint = fingerprint_label(identity.fingerprint)
        self.fingerprint.setObjectName("card_fingerprint")
        region = QLabel(f"{identity.region_name} ({identity.region_code})")
        region.setObjectName("card_region")
        region.setWordWrap(True)  # a village's full name is long
        form = QFormLayout()
        form.addRow(self.tr("Region"), region)
        form.addRow(self.tr("Role"), QLabel(role))
        form.addRow(self.tr("Officer"), QLabel(identity.officer_name))
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        buttons = button_box(BoxButton.Cancel)
        self.confirm = QPushButton(self.tr("The fingerprint matches: trust"))
        self.confirm.setObjectName("confirm_trust")
        self.confirm.setAutoDefault(False)  # Enter must not trust by accident
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(BoxButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
