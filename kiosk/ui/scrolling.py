"""Scrolling for touch: a finger flick moves the text, and content that scrolls says so.

The scroll bar's room is always kept (its handle is drawn only when there is
something to scroll), so lines and buttons never jump narrower when it appears.
Below content that goes on, a fade covers the last line and a "More below"
button sits on it; both go once the end is in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.icons import themed_icon


def touch_scroll(page: QWidget) -> tuple[QScrollArea, QWidget]:
    """Fill ``page`` with a kinetic scroll area; return it and the body to lay out in."""
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
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
        self.colour = ""
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
        return bar.value() < bar.maximum()

    def scroll_on(self) -> None:
        bar = self.area.verticalScrollBar()
        target = min(bar.maximum(), bar.value() + round(self.area.viewport().height() * 0.8))
        scroller = QScroller.scroller(self.area.viewport())
        if scroller.state() == QScroller.State.Inactive and self.area.isVisible():
            scroller.scrollTo(self._content_point(target), 250)
        else:
            bar.setValue(target)

    def _content_point(self, y: int) -> QPoint:
        return QPoint(self.area.horizontalScrollBar().value(), y)

    def update(self) -> None:
        """Place the cue over the bottom of the viewport; show it only while more lies below."""
        viewport = self.area.viewport()
        geometry = viewport.geometry()
        show = self.more_below
        self.fade.setVisible(show)
        self.more.setVisible(show)
        if not show:
            return
        hint = self.more.sizeHint()
        height = max(hint.height() * 3 // 2, geometry.height() // 6)
        self.fade.setGeometry(geometry.left(), geometry.bottom() + 1 - height, geometry.width(), height)
        self.more.setGeometry(
            geometry.left() + (geometry.width() - hint.width()) // 2,
            geometry.bottom() + 1 - hint.height() - max(4, hint.height() // 8),
            hint.width(),
            hint.height(),
        )
        self.fade.raise_()
        self.more.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest,
                            QEvent.Type.StyleChange):
            self.update()
        return False


def scroll_cue(area: QAbstractScrollArea) -> ScrollCue | None:
    """The cue on ``area``, if it has one."""
    return area.findChild(ScrollCue, "ScrollCue")
