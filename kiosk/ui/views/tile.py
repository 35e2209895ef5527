"""A big touchable tile: icon, title and one summary line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.views.picture import Picture
from kiosk.ui.views.plain_label import PlainLabel


class Tile(QPushButton):
    """A push button laid out as a tile; the labels inside let touches through.

    Emits ``chosen(page_id)`` when tapped (a signal, not a lambda per tile: Home is
    rebuilt at every language switch, all day long).
    """

    chosen = Signal(str)

    def __init__(
        self,
        title: str,
        summary: str,
        icon: Path | None,
        style: str = "Tile",
        parent: QWidget | None = None,
        page_id: str = "",
    ) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self.clicked.connect(self._chosen)
        self.setObjectName(style)
        prefix = {"Tile": "Tile", "HeroTile": "Hero", "SafetyTile": "Safety"}[style]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a ring for the keyboard, not for a touch
        self.icon_view = Picture(self)
        self.icon_view.set_path(icon)
        self.title_label = PlainLabel(title, self)
        self.title_label.setObjectName(f"{prefix}Title")
        self.summary_label = PlainLabel(summary, self)
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
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        row.addWidget(self.icon_view, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(words, 1)
        self.row = row
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)

    def _chosen(self) -> None:
        self.chosen.emit(self.page_id)

    def set_stacked(self, stacked: bool) -> None:
        """Icon above the words (narrow portrait tiles) or beside them."""
        self.row.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        self.row.setAlignment(self.icon_view, Qt.AlignmentFlag.AlignLeft if stacked
                              else Qt.AlignmentFlag.AlignVCenter)

    @property
    def stacked(self) -> bool:
        return self.row.direction() == QBoxLayout.Direction.TopToBottom

    def words_fit_beside(self, width: int) -> bool:
        """Whether every word fits on a line with the icon beside the words, at ``width``
        (a long word such as "microneedling?" at the largest text may not: then stack)."""
        layout = self.layout()
        if layout is None:
            return True
        margins = layout.contentsMargins()
        room = width - margins.left() - margins.right() - self.icon_view.width() - layout.spacing()
        for label in (self.title_label, self.summary_label):
            metrics = label.fontMetrics()
            inner = room - label.contentsMargins().left() - label.contentsMargins().right()
            if any(metrics.horizontalAdvance(word) > inner for word in label.text().split()):
                return False
        return True

    def needed_height(self, width: int) -> int:
        """Height this tile needs at ``width`` so that no word is cut off."""
        layout = self.layout()
        if layout is None:
            return 0
        margins = layout.contentsMargins()
        icon = self.icon_view.width() if self.icon_view.isVisible() else 0
        beside = 0 if self.stacked else icon + layout.spacing()
        text_width = max(1, width - margins.left() - margins.right() - beside)
        words = (self.title_label.heightForWidth(text_width)
                 + self.summary_label.heightForWidth(text_width) + 4)
        if self.stacked:
            return icon + layout.spacing() + words + margins.top() + margins.bottom()
        return max(icon, words) + margins.top() + margins.bottom()

    def set_icon_size(self, size: int) -> None:
        self.icon_view.setFixedSize(size, size)
        layout = self.layout()
        if layout is not None:
            layout.setSpacing(size // 3)
