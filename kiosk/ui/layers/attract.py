"""The attract loop: a calm slideshow of the topics while nobody is using the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QGraphicsOpacityEffect, QStyle, QStyleOption, QVBoxLayout, QWidget

from kiosk.content.model import Pack, Page
from kiosk.core.theme import Metrics
from kiosk.ui.platform.timers import named_timer
from kiosk.ui.views.picture import Picture
from kiosk.ui.views.plain_label import PlainLabel

SLIDE_MS = 8000
FADE_STEPS = 10
FADE_STEP_MS = 90
"""A slow fade in ten small steps (about a second): never a flash (WCAG 2.3.1), and ten
frames per slide instead of sixty, so the loop stays light on a small PC."""


class AttractLoop(QWidget):
    """Covers the window; the first touch only wakes it (emits ``woken``)."""

    woken = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Attract")
        # Opaque at every step of the fade: paintEvent fills the whole layer before the slide
        # is drawn over it. (WA_OpaquePaintEvent alone skipped the stylesheet background on a
        # real X display, so Home showed through and fading slides piled up.)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.slides: tuple[Page, ...] = ()
        self.index = 0
        self.slide = QWidget(self)
        self.picture = Picture(self.slide)
        self.title = PlainLabel(self.slide)
        self.title.setObjectName("AttractTitle")
        self.summary = PlainLabel(self.slide)
        self.summary.setObjectName("AttractText")
        self.prompt = PlainLabel(self)
        self.prompt.setObjectName("AttractPrompt")
        for label in (self.title, self.summary, self.prompt):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        # Picture, title and summary stay together in the middle of the slide: on a tall
        # screen the picture is capped (see resizeEvent) and the room left goes above and below.
        inner = QVBoxLayout(self.slide)
        inner.addStretch(1)
        inner.addWidget(self.picture, 3)
        inner.addWidget(self.title)
        inner.addWidget(self.summary)
        inner.addStretch(1)
        outer = self.outer = QVBoxLayout(self)
        outer.addWidget(self.slide, 1)
        outer.addWidget(self.prompt)
        self.fade = QGraphicsOpacityEffect(self.slide)
        self.slide.setGraphicsEffect(self.fade)
        self.fade_step = 0
        self.fade_timer = named_timer(self, "attract-fade", FADE_STEP_MS, self._fade_in)
        self.timer = named_timer(self, "attract-slide", SLIDE_MS, self.advance)
        self._pressed = False
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("Touch anywhere to start"))
        self.setAccessibleName(self.tr("Touch anywhere to start"))

    def apply_metrics(self, sizes: Metrics) -> None:
        self.outer.setContentsMargins(sizes.pad * 2, sizes.pad, sizes.pad * 2, sizes.pad)
        self.outer.setSpacing(sizes.gap)

    def set_pack(self, pack: Pack) -> None:
        self.slides = tuple(p for p in pack.tiles) or tuple(pack.pages)
        self.index = 0

    def start(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.index = 0
        self._show_slide()
        self.raise_()
        self.show()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.fade_timer.stop()
        self._pressed = False
        self.hide()

    @property
    def running(self) -> bool:
        return self.isVisible()

    @property
    def fading(self) -> bool:
        """Between two slides."""
        return self.fade_timer.isActive()

    def advance(self) -> None:
        if self.slides:
            self.index = (self.index + 1) % len(self.slides)
            self._show_slide()

    def _show_slide(self) -> None:
        if not self.slides:
            return
        page = self.slides[self.index]
        self.picture.set_path(page.illustration or page.icon)
        self.title.setText(page.title)
        self.summary.setText(page.summary)
        self.fade_step = 0
        self.fade.setOpacity(0.0)
        self.fade_timer.start()

    def _fade_in(self) -> None:
        self.fade_step += 1
        self.fade.setOpacity(min(1.0, self.fade_step / FADE_STEPS))
        if self.fade_step >= FADE_STEPS:
            self.fade_timer.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.picture.setMaximumHeight(max(1, min(self.height() * 11 // 20, self.width() * 3 // 5)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """A solid fill, then the stylesheet's background: never see-through."""
        painter = QPainter(self)
        solid = QColor(self.palette().window().color())
        solid.setAlpha(255)
        painter.fillRect(self.rect(), solid)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._pressed = True
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Wake on release, so the finger lifts off this layer and presses nothing under it."""
        event.accept()
        if self._pressed:
            self.stop()
            self.woken.emit()
