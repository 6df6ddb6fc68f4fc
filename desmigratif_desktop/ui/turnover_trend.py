"""A business's turnover of the last twelve months as a small bar chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from desmigratif_desktop.formatting import format_rupiah

BAR_COLOUR = QColor("#2e7d32")


class TrendBars(QWidget):
    """The last twelve months' turnover as bars, so a rise or fall shows at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trend: list[tuple[str, int | None]] = []
        self.setMinimumHeight(90)

    def set_trend(self, trend: list[tuple[str, int | None]]) -> None:
        self._trend = trend
        self.setVisible(any(amount for _month, amount in trend))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        highest = max((amount or 0 for _month, amount in self._trend), default=0)
        if not highest:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        caption = self.tr("Last 12 months; highest {amount}").format(amount=format_rupiah(highest))
        painter.drawText(0, metrics.ascent(), caption)
        top, bottom = metrics.height() + 4, self.height() - metrics.height() - 2
        width = self.width() / len(self._trend)
        for n, (month, amount) in enumerate(self._trend):
            left = n * width
            if amount:
                height = (bottom - top) * amount / highest
                painter.fillRect(QRectF(left + 3, bottom - height, width - 6, height), BAR_COLOUR)
            label = QRectF(left, bottom + 2, width, metrics.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, month[5:7])
        painter.end()
