"""Record a departure abroad (a placement), or a worker's return home."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.register import Placement
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.choices import reference_codes
from desmigratif_desktop.services.placements import (
    PlacementInput,
    add_placement,
    placement_checks,
    record_return,
    update_placement,
)
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.form_dialog import FormDialog
from desmigratif_desktop.ui.inputs import ChoiceBox, DateField
from desmigratif_desktop.ui.labels import reference_choices, scheme_choices


class PlacementDialog(FormDialog):
    def __init__(
        self, db: Database, person_id: str, placement: Placement | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.person_id = person_id
        self.placement_id = placement.id if placement else None
        self._codes = reference_codes(db)
        self.setWindowTitle(self.tr("Edit placement") if placement else self.tr("New departure"))
        self._build()
        if placement is not None:
            self._fill(placement)
        self.validate()
        self.mark_saved()

    def _build(self) -> None:
        self.destination_country = ChoiceBox(reference_choices(self.db, lookups.COUNTRY))
        self.sector = ChoiceBox(reference_choices(self.db, lookups.SECTOR))
        self.job_title = QLineEdit()
        self.employer = QLineEdit()
        self.scheme = ChoiceBox(scheme_choices())
        self.placement_agency = QLineEdit()
        self.departure_date = DateField(optional=False)
        self.contract_end_date = DateField()
        self.return_date = DateField()
        self.procedural = QCheckBox(self.tr("Departed through the official procedure"))
        self.procedural.setChecked(True)
        self.passport_number = QLineEdit()
        self.bpjs_member = QCheckBox(self.tr("Member of BPJS Ketenagakerjaan"))
        self.bpjs_number = QLineEdit()
        self.siskop2mi_id = QLineEdit()
        self.notes = QLineEdit()
        self.add_rows(
            [
                ("destination_country", self.tr("Destination country"), self.destination_country),
                ("sector", self.tr("Job sector"), self.sector),
                ("job_title", self.tr("Job title"), self.job_title),
                ("employer", self.tr("Employer"), self.employer),
                ("scheme", self.tr("Placement scheme"), self.scheme),
                ("placement_agency", self.tr("Placement company (P3MI)"), self.placement_agency),
                ("departure_date", self.tr("Departure date"), self.departure_date),
                ("contract_end_date", self.tr("Contract end"), self.contract_end_date),
                ("return_date", self.tr("Return date"), self.return_date),
                ("procedural", "", self.procedural),
                ("passport_number", self.tr("Passport number"), self.passport_number),
                ("bpjs_member", "", self.bpjs_member),
                ("bpjs_number", self.tr("BPJS number"), self.bpjs_number),
                ("siskop2mi_id", self.tr("SISKOP2MI ID"), self.siskop2mi_id),
                ("notes", self.tr("Notes"), self.notes),
            ]
        )
        self.finish()

    def _fill(self, placement: Placement) -> None:
        self.destination_country.set_code(placement.destination_country)
        self.sector.set_code(placement.sector)
        self.job_title.setText(placement.job_title or "")
        self.employer.setText(placement.employer or "")
        self.scheme.set_code(placement.scheme)
        self.placement_agency.setText(placement.placement_agency or "")
        self.departure_date.set_value(placement.departure_date)
        self.contract_end_date.set_value(placement.contract_end_date)
        self.return_date.set_value(placement.return_date)
        self.procedural.setChecked(placement.procedural)
        self.passport_number.setText(placement.passport_number or "")
        self.bpjs_member.setChecked(placement.bpjs_member)
        self.bpjs_number.setText(placement.bpjs_number or "")
        self.siskop2mi_id.setText(placement.siskop2mi_id or "")
        self.notes.setText(placement.notes or "")

    def input(self) -> PlacementInput:
        return PlacementInput(
            destination_country=self.destination_country.code() or "",
            sector=self.sector.code() or "",
            departure_date=self.departure_date.value(),
            scheme=self.scheme.code() or "",
            job_title=self.job_title.text(),
            employer=self.employer.text(),
            placement_agency=self.placement_agency.text(),
            contract_end_date=self.contract_end_date.value(),
            return_date=self.return_date.value(),
            procedural=self.procedural.isChecked(),
            passport_number=self.passport_number.text(),
            bpjs_member=self.bpjs_member.isChecked(),
            bpjs_number=self.bpjs_number.text(),
            siskop2mi_id=self.siskop2mi_id.text(),
            notes=self.notes.text(),
        )

    def problems(self) -> list[Problem]:
        return placement_checks(self.input(), self._codes)[0].problems

    def save(self) -> None:
        def write() -> None:
            if self.placement_id is None:
                add_placement(self.db, self.person_id, self.input())
            else:
                update_placement(self.db, self.placement_id, self.input())

        if self.write(write):
            self.accept()


class ReturnDialog(FormDialog):
    """The worker came home: one date, and the placement is closed."""

    def __init__(self, db: Database, placement: Placement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.placement = placement
        self.setWindowTitle(self.tr("Record return"))
        self.return_date = DateField(optional=False)
        self.add_rows([("return_date", self.tr("Return date"), self.return_date)])
        self.finish()

    def problems(self) -> list[Problem]:
        return []  # the service checks the date against the departure when it is saved

    def save(self) -> None:
        if self.write(
            lambda: record_return(self.db, self.placement.id, self.return_date.value() or date.today())
        ):
            self.accept()
