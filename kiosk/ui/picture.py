"""A picture (SVG or bitmap) drawn to fit its box, keeping its shape."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QHideEvent, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

_RENDERERS: dict[Path, QSvgRenderer | None] = {}


def _svg(path: Path) -> QSvgRenderer | None:
    """One renderer per drawing for the whole app: pages come and go all day long."""
    if path not in _RENDERERS:
        renderer = QSvgRenderer(str(path))
        _RENDERERS[path] = renderer if renderer.isValid() else None
    return _RENDERERS[path]


class Picture(QWidget):
    """Draws one image centred in its rectangle; shows nothing when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svg: QSvgRenderer | None = None
        self._image: QImage | None = None
        self._path: Path | None = None
        self._frame = QPixmap()
        """The picture drawn at the widget's size, so a repaint is one copy, not a re-render."""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_path(self, path: Path | None) -> None:
        if path == self._path:
            # Still hide an empty picture: a new widget is not hidden yet, and an empty one
            # left in the layout would make a page's layout depend on the page before it.
            self.setVisible(self.has_picture)
            return
        self._path, self._svg, self._image = path, None, None
        self._frame = QPixmap()
        if path is not None:
            if path.suffix.lower() == ".svg":
                self._svg = _svg(path)
            else:
                image = QImage(str(path))
                self._image = None if image.isNull() else image
        self.setVisible(self.has_picture)
        self.update()

    @property
    def has_picture(self) -> bool:
        return self._svg is not None or self._image is not None

    def natural_size(self) -> QSize:
        if self._svg is not None:
            return self._svg.defaultSize()
        if self._image is not None:
            return self._image.size()
        return QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        size = self.natural_size()
        return size if not size.isEmpty() else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(0, 0)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        size = self.natural_size()
        return round(width * size.height() / size.width()) if size.width() else 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        size = self.natural_size()
        if size.isEmpty() or self.width() <= 0 or self.height() <= 0:
            return
        ratio = self.devicePixelRatioF()
        wanted = QSize(round(self.width() * ratio), round(self.height() * ratio))
        if self._frame.size() != wanted:
            self._frame = self._render(wanted, ratio)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._frame)
        painter.end()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        """A hidden picture keeps no pixels (the one on screen is drawn again on demand)."""
        self._frame = QPixmap()
        super().hideEvent(event)

    def _render(self, wanted: QSize, ratio: float) -> QPixmap:
        size = self.natural_size()
        frame = QPixmap(wanted)
        frame.fill(Qt.GlobalColor.transparent)
        box = QRectF(0, 0, wanted.width(), wanted.height())
        scale = min(box.width() / size.width(), box.height() / size.height())
        target = QRectF(0, 0, size.width() * scale, size.height() * scale)
        target.moveCenter(box.center())
        painter = QPainter(frame)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._svg is not None:
            self._svg.render(painter, target)
        elif self._image is not None:
            painter.drawImage(target, self._image)
        painter.end()
        frame.setDevicePixelRatio(ratio)
        return frame
