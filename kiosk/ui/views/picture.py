"""A picture (SVG or bitmap) drawn to fit its box, keeping its shape, with an optional caption."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QHideEvent, QImage, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.views.plain_label import PlainLabel

_RENDERERS: dict[Path, QSvgRenderer | None] = {}


def _svg(path: Path) -> QSvgRenderer | None:
    """One renderer per drawing for the whole app: pages come and go all day long."""
    if path not in _RENDERERS:
        renderer = QSvgRenderer(str(path))
        _RENDERERS[path] = renderer if renderer.isValid() else None
    return _RENDERERS[path]


class Picture(QWidget):
    """Draws one image centred in its rectangle; shows nothing when there is none.

    A caption, when set, is shown under the image (which shrinks to make room) and is
    the widget's accessible description, so a screen reader says what the picture shows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svg: QSvgRenderer | None = None
        self._image: QImage | None = None
        self._path: Path | None = None
        self._frame = QPixmap()
        """The picture drawn at the widget's size, so a repaint is one copy, not a re-render."""
        self.caption = PlainLabel(self)
        self.caption.setObjectName("PictureCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.caption.hide()
        self.caption.installEventFilter(self)
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

    def set_caption(self, text: str) -> None:
        """The words under the picture; also what screen readers say about it."""
        text = " ".join(text.split())
        if text == self.caption.text():
            return
        self.caption.setText(text)
        self.caption.setVisible(bool(text))
        self.setAccessibleDescription(text)
        self._frame = QPixmap()
        self._place_caption()
        self.update()

    def image_rect(self) -> QRect:
        """Where the picture is drawn: the widget less the caption under it."""
        return QRect(0, 0, self.width(), max(0, self.height() - self._caption_height()))

    def _caption_gap(self) -> int:
        return self.caption.fontMetrics().height() // 2

    def _caption_height(self) -> int:
        """The caption's band at the bottom, with a gap above it; at most half the box."""
        if not self.caption.text() or self.width() <= 0:
            return 0
        return min(self.caption.heightForWidth(self.width()) + self._caption_gap(), self.height() // 2)

    def _place_caption(self) -> None:
        height = self._caption_height()
        gap = min(self._caption_gap(), height)
        self.caption.setGeometry(0, self.height() - height + gap, self.width(), height - gap)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """A new text size or theme changes the caption's height: make room again."""
        if watched is self.caption and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._frame = QPixmap()
            self._place_caption()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        self._place_caption()
        super().resizeEvent(event)

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
        area = self.image_rect()
        if size.isEmpty() or area.width() <= 0 or area.height() <= 0:
            return
        ratio = self.devicePixelRatioF()
        wanted = QSize(round(area.width() * ratio), round(area.height() * ratio))
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
