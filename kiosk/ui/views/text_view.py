"""The text of a page: rendered HTML that can only reach the kiosk's own pages and images."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QFrame, QScroller, QTextBrowser, QWidget

from kiosk.content.render import PACK_SCHEME, PAGE_SCHEME

log = logging.getLogger(__name__)


_NOTHING = QImage()
"""What a refused resource loads as: an empty image, so the view shows nothing there."""


class PageText(QTextBrowser):
    """A read-only, touch-scrolled text view.

    Links never open by themselves: a ``page:`` link is turned into
    ``pageLinkClicked(id)``, anything else is ignored. Images load only from the
    pack's own list; any other resource (files, ``..``, web) loads as nothing.
    """

    pageLinkClicked = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, images: dict[str, Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageText")
        self._images = dict(images)
        self._cache: dict[str, QImage] = {}
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.anchorClicked.connect(self._follow)

    def set_images(self, images: dict[str, Path]) -> None:
        self._images = dict(images)
        self._cache.clear()

    def show_html(self, html: str, css: str) -> None:
        self.document().setDefaultStyleSheet(css)
        self.setHtml(html)
        self.verticalScrollBar().setValue(0)

    def _follow(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(PAGE_SCHEME):
            self.pageLinkClicked.emit(target.removeprefix(PAGE_SCHEME))
        else:
            log.warning("ignored a link that is not a kiosk page")

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 (Qt API)
        name = url.toString() if isinstance(url, QUrl) else str(url)
        if kind != QTextDocument.ResourceType.ImageResource.value or not name.startswith(PACK_SCHEME):
            return _NOTHING
        name = name.removeprefix(PACK_SCHEME)
        path = self._images.get(name)
        if path is None:
            return _NOTHING
        if name not in self._cache:
            image = QImage(str(path))
            width = self.viewport().width() - 40
            if not image.isNull() and width > 0 and image.width() > width:
                image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            self._cache[name] = image
        return self._cache[name]

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """Scroll, but never zoom (Ctrl+wheel and pinch arrive here as zoom requests)."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            return
        super().wheelEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(600, 400)
