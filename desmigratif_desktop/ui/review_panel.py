"""The district's verification of a household, in the household editor.

At a village it shows the latest review (verified by whom and when, or the correction asked for) so the
officer cannot miss it; at the district office it adds "Verify" and "Ask for a correction…". A review
made before the household's last change shows as such (see `services/reviews.py`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import ReviewStatus
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.services.reviews import (
    Review,
    correction_checks,
    latest_review,
    request_correction,
    verify_household,
)
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.services.villages import household_village
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.form_dialog import FormDialog

# (background, text colour) of the panel for each state the officer must tell apart at a glance
STYLES = {
    "none": ("#f1f3f5", "#333333"),
    "verified": ("#e6f4ea", "#1e5b30"),
    "changed": ("#fff4e0", "#7a4a00"),
    "correction": ("#fdecea", "#8f1d1a"),
}


class ReviewPanel(QFrame):
    """The latest review of one household; at the district office, the two actions that write one."""

    reviewed = Signal()  # a review was written

    def __init__(
        self, db: Database, district: bool, ready: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.district = district
        self.household_id: str | None = None
        self.review: Review | None = None
        self._ready = ready  # the editor's say before a review: e.g. unsaved changes saved first
        self.setObjectName("review_panel")
        self.village = QLabel()  # at the district office: whose household this is
        self.village.setObjectName("review_village")
        self.village.setStyleSheet("font-weight: bold;")
        self.status = QLabel()
        self.status.setObjectName("review_status")
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.village)
        layout.addWidget(self.status, 1)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setObjectName("verify")
        self.verify_button.clicked.connect(self.verify)
        self.correction_button = QPushButton(self.tr("Ask for a correction…"))
        self.correction_button.setObjectName("ask_correction")
        self.correction_button.clicked.connect(self.ask_correction)
        for button in (self.verify_button, self.correction_button):
            layout.addWidget(button)
        for widget in (self.village, self.verify_button, self.correction_button):
            widget.setVisible(district)  # after the layout parented them: never a window of their own

    def show_household(self, household_id: str | None) -> None:
        """Reads the latest review; hidden for a new household, and at a village before any review."""
        self.household_id = household_id
        self.review = latest_review(self.db, household_id) if household_id else None
        self.setVisible(household_id is not None and (self.district or self.review is not None))
        state = _state(self.review)
        background, colour = STYLES[state]
        self.setStyleSheet(
            f"QFrame#review_panel {{ background: {background}; border-radius: 4px; }}"
            f" QLabel#review_status {{ color: {colour}; }}"
        )
        self.status.setText(self._describe(self.review))
        if self.district and household_id is not None:
            village = household_village(self.db, household_id)
            self.village.setText(self.tr("Village {name}:").format(name=village.name) if village else "")
        self.verify_button.setEnabled(self.review is None or not self.review.verified)

    def _describe(self, review: Review | None) -> str:
        if review is None:
            return self.tr("Not yet checked by the district office.")
        who = {"name": review.reviewer_name, "date": f"{review.reviewed_on:%d-%m-%Y}"}
        if review.status == ReviewStatus.VERIFIED:
            text = self.tr("Verified by the district office ({name}, {date}).").format(**who)
            if review.changed_since:
                text = self.tr(
                    "Verified by the district office ({name}, {date}) before the last change: "
                    "it will be checked again."
                ).format(**who)
            return text
        text = self.tr("The district office asks for a correction ({name}, {date}): {note}").format(
            note=review.note or "", **who
        )
        if review.changed_since:
            text += "\n" + self.tr("The household was changed since then: it will be checked again.")
        return text

    def verify(self) -> None:
        if self.household_id is None or not self._ready():
            return
        try:
            verify_household(self.db, self.household_id)
        except KnownError as error:
            show_error(self, error)
            return
        self._after_review()

    def ask_correction(self) -> None:
        if self.household_id is None or not self._ready():
            return
        dialog = CorrectionDialog(self.db, self.household_id, self)
        if dialog.exec() and dialog.wrote_anything:
            self._after_review()

    def _after_review(self) -> None:
        self.show_household(self.household_id)
        self.reviewed.emit()


def _state(review: Review | None) -> str:
    if review is None:
        return "none"
    if review.changed_since:
        return "changed"
    return "verified" if review.status == ReviewStatus.VERIFIED else "correction"


class CorrectionDialog(FormDialog):
    """What the village should correct, in the district officer's words; saved as a review."""

    def __init__(self, db: Database, household_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.household_id = household_id
        self.setWindowTitle(self.tr("Ask for a correction"))
        self.resize(520, 300)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr("e.g. The NIK of the second member does not match the family card.")
        )
        self.add_rows([("note", self.tr("What should the village correct?"), self.note)])
        hint = QLabel(self.tr("The village sees this note after the next sync."))
        hint.setWordWrap(True)
        self.finish(hint)
        self.validate()
        self.mark_saved()

    def input(self) -> str:
        return self.note.toPlainText()

    def problems(self) -> list[Problem]:
        checks, _ = correction_checks(self.input())
        return checks.problems

    def save(self) -> None:
        if self.write(lambda: request_correction(self.db, self.household_id, self.input())):
            self.mark_saved()
            self.accept()
