"""The hidden staff gesture: press and hold the top-left corner for three seconds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.timers import named_timer

HOLD_MS = 3000


class CornerHold(QObject):
    """Watches presses app-wide; a 3-second hold in the window's top-left corner
    emits ``held``. Lifting or sliding the finger out of the corner cancels it."""

    held = Signal()

    def __init__(self, window: QWidget, corner: int = 120) -> None:
        super().__init__(window)
        self.window = window
        self.corner = corner
        self.timer = named_timer(self, "staff-hold", HOLD_MS, self.held, single_shot=True)

    def in_corner(self, global_pos: QPoint) -> bool:
        local = self.window.mapFromGlobal(global_pos)
        return 0 <= local.x() < self.corner and 0 <= local.y() < self.corner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        point: QPoint | None = None
        if isinstance(event, QMouseEvent):
            point = event.globalPosition().toPoint()
        elif isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].globalPosition().toPoint()
        if point is None:
            return False
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            if self.in_corner(point):
                self.timer.start()
            else:
                self.timer.stop()
        elif kind in (QEvent.Type.MouseMove, QEvent.Type.TouchUpdate):
            if not self.in_corner(point):
                self.timer.stop()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd):
            self.timer.stop()
        return False
