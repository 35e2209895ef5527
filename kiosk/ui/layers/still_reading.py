"""The idle warning: "Still reading?" with a countdown and one big button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.ui.layers.overlay import Overlay


class StillReadingOverlay(Overlay):
    """A touch anywhere on it, or on its button, emits ``keepReading``."""

    keepReading = Signal()  # noqa: N815

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("StillReading")
        self.title = QLabel(self.card)
        self.title.setObjectName("OverlayTitle")
        self.number = QLabel(self.card)
        self.number.setObjectName("OverlayCount")
        self.countdown = QLabel(self.card)
        self.countdown.setObjectName("OverlayText")
        self.button = QPushButton(self.card)
        self.button.setObjectName("PrimaryButton")
        for label in (self.title, self.number, self.countdown):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.number)
        self.card_layout.addWidget(self.countdown)
        self.card_layout.addWidget(self.button)
        self.button.clicked.connect(self.keepReading)
        self.seconds = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Still reading?"))
        self.button.setText(self.tr("Keep reading"))
        self.button.setAccessibleName(self.tr("Keep reading"))
        self.button.setAccessibleDescription(self.tr("Stay on this page"))
        self.set_seconds(self.seconds)

    def set_seconds(self, seconds: int) -> None:
        self.seconds = seconds
        self.number.setText(str(seconds))
        self.countdown.setText(
            self.tr("This screen will start over in {0} seconds for the next person.").format(seconds)
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()
        self.keepReading.emit()
