"""A QR code for taking a page home, with its caption; dark on white in every theme."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.lines import balanced_lines
from kiosk.core.take_home import qr_matrix


class QrPicture(QWidget):
    """Draws the code as one image scaled by whole modules, so every edge stays sharp."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_text(self, text: str) -> None:
        self.image = QImage()
        if text:
            matrix = qr_matrix(text)
            side = len(matrix)
            pixels = bytes(0 if dark else 255 for row in matrix for dark in row)
            self.image = QImage(pixels, side, side, side, QImage.Format.Format_Grayscale8).copy()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self.image.isNull():
            return
        cells = self.image.width()
        module = min(self.width(), self.height()) // cells
        side = module * cells
        painter = QPainter(self)
        painter.drawImage(QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side),
                          self.image)
        painter.end()


class TakeHome(QWidget):
    """'Scan to read this at home' and the code; hidden when there is no address.

    The block has a fixed size worked out from the code and its caption, so a layout
    short of room never slides the caption over the code (or its white margin).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TakeHome")
        self.url = ""
        self.code = QrPicture(self)
        self.caption = QLabel(self)
        self.caption.setObjectName("TakeHomeCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.side = 200
        self.layout_ = layout
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Scan to read this at home"))
        self._fit()

    def set_url(self, url: str) -> None:
        self.url = url
        self.code.set_text(url)
        self.setAccessibleDescription(url)
        self.setVisible(bool(url))

    def set_side(self, side: int, spacing: int = 8) -> None:
        self.side = side
        self.code.setFixedSize(QSize(side, side))
        self.layout_.setSpacing(spacing)
        self._fit()

    def _fit(self) -> None:
        """Caption in one or two balanced lines, and the block's size to hold code and caption."""
        self.caption.ensurePolished()
        metrics = QFontMetrics(self.caption.font())
        words = self.tr("Scan to read this at home").split()
        lines = balanced_lines(words, metrics.horizontalAdvance, round(self.side * 1.4))
        self.caption.setText("\n".join(lines))
        width = max(self.side, *(metrics.horizontalAdvance(line) for line in lines)) + 4
        self.caption.setFixedSize(width, metrics.lineSpacing() * len(lines) + 4)
        self.setFixedSize(width, self.side + self.layout_.spacing() + self.caption.height())
