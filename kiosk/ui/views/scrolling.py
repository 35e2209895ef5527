"""Scrolling for touch: a finger flick moves the text, and content that scrolls says so.

The scroll bar's room is always kept (its handle is drawn only when there is
something to scroll), so lines and buttons never jump narrower when it appears.
Below content that goes on, a "More below" button sits in a band the viewport
gives up for it (it never covers a line); it goes once the end is in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPropertyAnimation, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.views.icons import themed_icon


def touch_scroll(page: QWidget) -> tuple[QScrollArea, QWidget]:
    """Fill ``page`` with a kinetic scroll area; return it and the body to lay out in."""
    area = QScrollArea(page)
    # A viewport of our own, made as Qt makes its own: asking Qt for its viewport from Python
    # makes PySide look up every widget class to name it (about 10 ms at start-up).
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    body = QWidget(area)
    body.setObjectName("Page")
    area.setWidget(body)
    wrapper = QVBoxLayout(page)
    wrapper.setContentsMargins(0, 0, 0, 0)
    wrapper.addWidget(area)
    ScrollCue(area)
    return area, body


class ScrollCue(QObject):
    """A fade over the bottom of ``area`` and a "More below" button, while more lies below.

    The fade lets touches through; the button scrolls most of a screen down.
    """

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.setObjectName("ScrollCue")
        self.area = area
        self.fade = QWidget(area)
        self.fade.setObjectName("ScrollFade")
        self.fade.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.fade.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.more = QPushButton(area)
        self.more.setObjectName("MoreBelow")
        self.more.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more.clicked.connect(self.scroll_on)
        self.glide = QPropertyAnimation(area.verticalScrollBar(), b"value", self)
        self.glide.setDuration(250)
        self.glide.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.colour = ""
        self._placing = False
        self.retranslate()
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self.update)
        bar.rangeChanged.connect(self.update)
        area.viewport().installEventFilter(self)
        area.installEventFilter(self)
        self.update()

    def retranslate(self) -> None:
        self.more.setText(self.tr("More below"))
        self.more.setAccessibleDescription(self.tr("Shows the rest of this page"))

    def set_colour(self, colour: str) -> None:
        """The arrow's colour (the theme's primary)."""
        if colour != self.colour:
            self.colour = colour
            self.more.setIcon(themed_icon("more-below", colour))

    @property
    def more_below(self) -> bool:
        bar = self.area.verticalScrollBar()
        # Counted as if the cue's band were gone: the end is in view once it would show.
        return bar.value() < bar.maximum() - self.area.viewportMargins().bottom()

    def scroll_on(self) -> None:
        """Most of a screen further down, gliding there in a quarter of a second (at once
        while a finger is moving the page)."""
        bar = self.area.verticalScrollBar()
        target = min(bar.maximum(), bar.value() + round(self.area.viewport().height() * 0.8))
        flicked = QScroller.hasScroller(self.area.viewport()) and (
            QScroller.scroller(self.area.viewport()).state() != QScroller.State.Inactive)
        self.glide.stop()
        if flicked or not self.area.isVisible():
            bar.setValue(target)
            return
        self.glide.setStartValue(bar.value())
        self.glide.setEndValue(target)
        self.glide.start()

    def update(self) -> None:
        """Show the cue only while more lies below, in a band kept free under the viewport,
        so it never covers a line of text (the viewport gives up the band's height)."""
        if self._placing:
            return
        self._placing = True
        try:
            self._place()
        finally:
            self._placing = False

    def _place(self) -> None:
        area = self.area
        show = self.more_below
        hint = self.more.sizeHint()
        gap = max(4, hint.height() // 8)
        band = hint.height() + 2 * gap if show else 0
        if area.viewportMargins().bottom() != band:
            area.setViewportMargins(0, 0, 0, band)
            show = self.more_below  # the viewport changed height, and with it the range
        self.fade.setVisible(show)
        self.more.setVisible(show)
        if not show:
            return
        geometry = area.viewport().geometry()
        self.fade.setGeometry(geometry.left(), geometry.bottom() + 1, geometry.width(), band)
        self.more.setGeometry(
            geometry.left() + (geometry.width() - hint.width()) // 2,
            geometry.bottom() + 1 + gap,
            hint.width(),
            hint.height(),
        )
        self.fade.raise_()
        self.more.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest, QEvent.Type.StyleChange):
            self.update()
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.glide.stop()  # a finger takes the page where it is
        return False


def scroll_cue(area: QAbstractScrollArea) -> ScrollCue | None:
    """The cue on ``area``, if it has one."""
    return area.findChild(ScrollCue, "ScrollCue")
