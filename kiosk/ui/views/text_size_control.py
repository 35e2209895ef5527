"""The text-size control: the words "Text size" and three buttons with a growing A."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.core.lines import balanced_lines
from kiosk.core.theme import TEXT_SCALES


class TextSizeControl(QWidget):
    """Emits ``chosen(size)``; the words stay (on two lines when room is short)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TextSizeControl")
        self.label = QLabel(self)
        self.label.setObjectName("BarLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.label)
        row.addSpacing(8)
        self.row = row
        for size in TEXT_SCALES:
            button = QPushButton("A", self)
            button.setObjectName("SizeButton")
            button.setCheckable(True)
            button.setProperty("textSize", size)
            self.group.addButton(button)
            self.buttons[size] = button
            row.addWidget(button)
            button.clicked.connect(lambda _=False, s=size: self.chosen.emit(s))
        self.buttons["normal"].setChecked(True)
        self.retranslate(short=False)

    def retranslate(self, short: bool) -> None:
        names = {
            "normal": self.tr("Normal text"),
            "large": self.tr("Large text"),
            "largest": self.tr("Largest text"),
        }
        for size, button in self.buttons.items():
            button.setAccessibleName(names[size])
            button.setAccessibleDescription(self.tr("Changes the size of the text"))
        words = self.tr("Text size")
        if short:
            metrics = QFontMetrics(self.label.font())
            words = "\n".join(balanced_lines(words.split(), metrics.horizontalAdvance, 0))
        self.label.setText(words)

    def set_spacing(self, space: int) -> None:
        item = self.row.itemAt(1)
        if item is not None and item.spacerItem() is not None:
            item.spacerItem().changeSize(space, 0)  # type: ignore[union-attr]
            self.row.invalidate()

    def set_current(self, size: str) -> None:
        for name, button in self.buttons.items():
            button.setChecked(name == size)
