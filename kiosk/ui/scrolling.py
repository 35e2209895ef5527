"""A page body that scrolls with a finger flick when large text makes it taller than the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QVBoxLayout, QWidget


def touch_scroll(page: QWidget) -> tuple[QScrollArea, QWidget]:
    """Fill ``page`` with a kinetic scroll area; return it and the body to lay out in."""
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    body = QWidget(area)
    body.setObjectName("Page")
    area.setWidget(body)
    wrapper = QVBoxLayout(page)
    wrapper.setContentsMargins(0, 0, 0, 0)
    wrapper.addWidget(area)
    return area, body
