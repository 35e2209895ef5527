"""Page changes slide in gently from the side they come from, in under 250 ms."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QPoint, QPropertyAnimation
from PySide6.QtWidgets import QWidget

SLIDE_MS = 220
SLIDE_SHARE = 0.06
"""How far (as a share of the width) a page starts from its place: a hint of motion, not a ride."""


class PageSlide(QObject):
    """Slides the page now shown into place: from the right going forward, the left going back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.animation = QPropertyAnimation(self)
        self.animation.setPropertyName(b"pos")
        self.animation.setDuration(SLIDE_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.enabled = True

    def slide(self, page: QWidget, forward: bool) -> None:
        self.animation.stop()
        if not self.enabled or not page.isVisible() or page.width() <= 0:
            return
        offset = round(page.width() * SLIDE_SHARE) * (1 if forward else -1)
        self.animation.setTargetObject(page)
        self.animation.setStartValue(QPoint(offset, 0))
        self.animation.setEndValue(QPoint(0, 0))
        self.animation.start()

    def finish(self) -> None:
        """Jump to the end (for a reset, or a snapshot)."""
        if self.animation.state() == QPropertyAnimation.State.Running:
            self.animation.setCurrentTime(self.animation.duration())
            self.animation.stop()
