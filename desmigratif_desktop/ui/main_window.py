"""The main window. For now a summary of the installation; the register and pillars come next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from desmigratif_desktop import APP_NAME
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import NotInitialisedError
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.services.stats import collect_stats


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(APP_NAME)
        self.resize(900, 600)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        self.setCentralWidget(body)
        self.refresh()

    def refresh(self) -> None:
        try:
            stats = collect_stats(self.db)
        except NotInitialisedError:
            self._show_welcome()
            return
        n = {key: format_count(value) for key, value in stats.items() if isinstance(value, int)}
        migrants = {key: format_count(value) for key, value in stats["migrants"].items()}
        self.summary.setText(
            f"<h2>{stats['region_name']}</h2>"
            f"<p>Petugas: {stats['officer']}</p>"
            f"<p>{n['households']} rumah tangga · {n['persons']} orang<br>"
            f"Calon PMI {migrants['prospective']} · PMI di luar negeri {migrants['abroad']} · "
            f"PMI purna {migrants['returned']} · Kasus {n['cases']}</p>"
        )
        self.statusBar().showMessage(
            f"{stats['region_name']} · {stats['officer']} · {n['pending_changes']} perubahan belum terkirim"
        )

    def _show_welcome(self) -> None:
        self.summary.setText(
            "<h2>Selamat datang di Desmigratif Desktop</h2>"
            "<p>Data belum disiapkan. Siapkan dari baris perintah:</p>"
            '<p><code>desmigratif init --village KODE_DESA --officer "NAMA PETUGAS"</code></p>'
        )
        self.statusBar().showMessage("Belum disiapkan")
