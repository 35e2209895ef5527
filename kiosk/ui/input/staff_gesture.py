"""The hidden staff gesture: press and hold the top-left corner for three seconds.

While the corner is held, a ring there fills up, so staff see the gesture working
and a patient who leans on the corner sees something happen before anything opens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QTouchEvent
from PySide6.QtWidgets import QWidget

from kiosk.core.theme import STANDARD, Metrics, Palette
from kiosk.ui.platform.timers import named_timer

HOLD_MS = 3000
TICK_MS = 40


class HoldRing(QWidget):
    """A ring that fills clockwise from 0 to 1; touches go through it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("HoldRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.progress = 0.0
        self.track = QColor(STANDARD.outline)
        self.fill = QColor(STANDARD.primary)
        self.face = QColor(STANDARD.surface)
        self.hide()

    def set_progress(self, progress: float) -> None:
        self.progress = max(0.0, min(1.0, progress))
        self.update()

    def set_colours(self, palette: Palette) -> None:
        self.track, self.fill, self.face = (QColor(palette.outline), QColor(palette.primary),
                                            QColor(palette.surface))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(4.0, self.width() / 8)
        box = QRectF(self.rect()).adjusted(width / 2 + 1, width / 2 + 1, -width / 2 - 1, -width / 2 - 1)
        face = QColor(self.face)
        face.setAlpha(200)  # a translucent disc: the ring reads on any page behind it
        painter.setBrush(face)
        painter.setPen(QPen(self.track, width))
        painter.drawEllipse(box)
        pen = QPen(self.fill, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(box, 90 * 16, -round(self.progress * 360 * 16))
        painter.end()


class CornerHold(QObject):
    """Watches presses app-wide; a 3-second hold in the window's top-left corner
    emits ``held``. Lifting or sliding the finger out of the corner cancels it."""

    held = Signal()

    def __init__(self, window: QWidget, corner: int = 120) -> None:
        super().__init__(window)
        self.window = window
        self.corner = corner
        self.timer = named_timer(self, "staff-hold", HOLD_MS, self._held, single_shot=True)
        self.ring = HoldRing(window)
        self.tick = named_timer(self, "staff-hold-ring", TICK_MS, self._show_progress)

    def apply_metrics(self, sizes: Metrics, palette: Palette) -> None:
        self.corner = round(sizes.target * 1.5)
        # Tucked into the corner, inside the page margin: it never hides a word a patient
        # reads (the Home title starts at two pads in), yet stays plainly visible.
        inset = max(2, sizes.pad // 16)
        side = max(40, sizes.pad * 2 - 2 * inset)
        self.ring.setGeometry(inset, inset, side, side)
        self.ring.set_colours(palette)

    def in_corner(self, global_pos: QPoint) -> bool:
        local = self.window.mapFromGlobal(global_pos)
        return 0 <= local.x() < self.corner and 0 <= local.y() < self.corner

    @property
    def progress(self) -> float:
        """How far the hold has gone, from 0 to 1 (0 when nobody holds the corner)."""
        if not self.timer.isActive():
            return 0.0
        return 1.0 - self.timer.remainingTime() / max(1, self.timer.interval())

    def _start(self) -> None:
        self.timer.start()
        self.tick.start()
        self.ring.set_progress(0.0)
        self.ring.raise_()
        self.ring.show()

    def _cancel(self) -> None:
        self.timer.stop()
        self.tick.stop()
        self.ring.hide()

    def _held(self) -> None:
        self.tick.stop()
        self.ring.hide()
        self.held.emit()

    def _show_progress(self) -> None:
        self.ring.set_progress(self.progress)

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
                if not self.timer.isActive():
                    self._start()
            else:
                self._cancel()
        elif kind in (QEvent.Type.MouseMove, QEvent.Type.TouchUpdate):
            if not self.in_corner(point):
                self._cancel()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd):
            self._cancel()
        return False
