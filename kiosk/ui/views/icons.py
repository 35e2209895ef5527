"""UI icons from assets/icons, drawn in the theme's ink colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.core.resources import asset

DRAWN_INK = "#1F2A33"
"""The colour the UI icons are drawn in; replaced by the theme's colour."""


@cache
def themed_icon(name: str, colour: str, size: int = 128) -> QIcon:
    path = asset(f"icons/{name}.svg")
    if not path.exists():
        return QIcon()
    svg = path.read_text("utf-8").replace(DRAWN_INK, colour).replace(DRAWN_INK.lower(), colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return QIcon(pixmap)
