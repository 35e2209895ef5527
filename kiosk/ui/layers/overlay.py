"""A layer over the whole window: a dimmed backdrop with a card in the middle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.core.theme import SCRIM, Metrics


class Overlay(QWidget):
    """Covers its parent, follows its size, and takes every touch that lands on it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.scrim = QColor(SCRIM)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.card = QFrame(self)
        self.card.setObjectName("OverlayCard")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.card_layout = QVBoxLayout(self.card)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def apply_metrics(self, sizes: Metrics, area: QSize) -> None:
        self.card.setFixedWidth(min(area.width() - 2 * sizes.pad, round(sizes.scale * 960)))
        self.card_layout.setContentsMargins(sizes.pad, sizes.pad, sizes.pad, sizes.pad)
        self.card_layout.setSpacing(sizes.gap)

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.scrim)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()
