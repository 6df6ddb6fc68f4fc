"""Background work: one database worker thread, a delayed progress dialog, results back on the UI thread.

Work slower than ~100 ms (demo data, backup, restore, setup) runs here, never on the UI thread
(DESIGN §6). All of it goes through one single-thread pool, so two jobs never write at once; the
progress dialog is window-modal, so the user cannot start reads from the UI while a job writes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desmigratif_desktop.ui.errors import show_error

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
SHOW_PROGRESS_AFTER_MS = 300  # quick jobs finish before a dialog flickers up

_pool: QThreadPool | None = None
_running = 0  # jobs started and not yet reported back to the UI thread


def database_busy() -> bool:
    """True while a background job may be writing: the UI then leaves the database alone."""
    return _running > 0


def database_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as error:  # handed to the UI thread, which decides how to show it
            log.exception("background job failed")
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def run_job(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None] | None = None,
) -> QProgressDialog:
    """Run `work(progress)` on the database worker; `on_done(result)` runs on the UI thread after."""
    # Imported here, not at the top: the first import of the Qt namespace builds its ~90 enums
    # (40 ms), which the main window does not need before it is on screen.
    from PySide6.QtCore import Qt

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(parent.window().windowTitle() if parent else "")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setCancelButton(None)  # type: ignore[arg-type]  # writes run in one transaction: nothing to cancel safely
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job = _tracked(_Job(work))

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finished(result: object) -> None:
        _dispose(dialog)
        on_done(result)

    def failed(error: Exception) -> None:
        _dispose(dialog)
        (on_failed or (lambda e: show_error(parent, e)))(error)

    job.signals.progress.connect(progress)
    job.signals.done.connect(finished)
    job.signals.failed.connect(failed)
    dialog._job = job  # type: ignore[attr-defined]  # keep the signals alive as long as the dialog
    database_pool().start(job)
    return dialog


def _dispose(dialog: QProgressDialog) -> None:
    dialog.close()
    dialog.deleteLater()


def run_in_background(
    parent: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> None:
    """Run `work()` on the database worker with no dialog: for loading while the UI stays usable."""
    job = _tracked(_Job(lambda _progress: work()))
    job.signals.setParent(parent)  # lives as long as its receiver
    job.signals.done.connect(on_done)
    job.signals.failed.connect(on_failed)
    database_pool().start(job)


def _tracked(job: _Job) -> _Job:
    """Count the job as running until it reports back; connected before any other handler, so the
    count has dropped by the time the job's own handlers run on the UI thread."""
    global _running
    _running += 1

    def finished(_result: object = None) -> None:
        global _running
        _running -= 1

    job.signals.done.connect(finished)
    job.signals.failed.connect(finished)
    return job
