"""A big touchable tile: icon, title and one summary line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.picture import Picture


class Tile(QPushButton):
    """A push button laid out as a tile; the labels inside let touches through."""

    def __init__(
        self,
        title: str,
        summary: str,
        icon: Path | None,
        style: str = "Tile",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(style)
        prefix = {"Tile": "Tile", "HeroTile": "Hero", "SafetyTile": "Safety"}[style]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.icon_view = Picture(self)
        self.icon_view.set_path(icon)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName(f"{prefix}Title")
        self.summary_label = QLabel(summary, self)
        self.summary_label.setObjectName(f"{prefix}Summary")
        for label in (self.title_label, self.summary_label):
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addStretch(1)
        words.addWidget(self.title_label)
        words.addWidget(self.summary_label)
        words.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.icon_view, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(words, 1)
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)

    def set_icon_size(self, size: int) -> None:
        self.icon_view.setFixedSize(size, size)
        layout = self.layout()
        if layout is not None:
            layout.setSpacing(size // 3)
