"""Home: the topic title, a welcome line and one tile per page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.content.model import Kind, Pack
from kiosk.core.theme import Metrics
from kiosk.ui.views.plain_label import PlainLabel
from kiosk.ui.views.scrolling import touch_scroll
from kiosk.ui.views.tile import Tile


class HomePage(QWidget):
    """The start screen. Emits ``tileChosen(page_id)``.

    The tiles share the screen; when large text makes them need more room than
    the screen has, Home scrolls (with a finger flick) instead of cutting words off.
    """

    tileChosen = Signal(str)  # noqa: N815

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        home = pack.home
        self.area, body = touch_scroll(self)
        self.title = PlainLabel(home.title if home else "", body)
        self.title.setObjectName("HomeTitle")
        self.title.setWordWrap(True)
        self.welcome = PlainLabel(home.summary if home else "", body)
        self.welcome.setObjectName("HomeWelcome")
        self.welcome.setWordWrap(True)
        self.tiles: dict[str, Tile] = {}
        self.hero: Tile | None = None
        self.beside_hero: Tile | None = None
        for page in pack.tiles:
            style = {Kind.WALKTHROUGH: "HeroTile", Kind.SAFETY: "SafetyTile"}.get(page.kind, "Tile")
            tile = Tile(page.title, page.summary, page.icon, style, body, page.id)
            tile.chosen.connect(self.tileChosen)
            self.tiles[page.id] = tile
            if page.kind is Kind.WALKTHROUGH:
                self.hero = tile
            elif page.kind is Kind.CHECKLIST and self.beside_hero is None:
                self.beside_hero = tile
        self.grid = QGridLayout()
        self._layout = QVBoxLayout(body)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.welcome)
        self._layout.addLayout(self.grid, 1)
        self._columns = 0
        self._sizes: Metrics | None = None
        self._portrait = False

    def scroll_to_top(self) -> None:
        self.area.verticalScrollBar().setValue(0)

    def apply_metrics(self, sizes: Metrics, portrait: bool) -> None:
        self._sizes = sizes
        self._portrait = portrait
        self._layout.setContentsMargins(sizes.pad * 2, sizes.pad, sizes.pad * 2, sizes.pad)
        self._layout.setSpacing(sizes.gap // 2)
        self.grid.setSpacing(sizes.gap)
        for tile in self.tiles.values():
            tile.set_icon_size(round(sizes.icon * 1.5))
            tile.layout().setContentsMargins(sizes.gap, sizes.gap, sizes.gap, sizes.gap)  # type: ignore[union-attr]
        columns = 2 if portrait else 3
        if columns != self._columns:
            self._columns = columns
            self._place(columns)
        self._fit_tiles()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_tiles()

    def _fit_tiles(self) -> None:
        """Give each row of tiles the height its words need at this width and text size."""
        sizes = self._sizes
        if sizes is None or not self._columns:
            return
        margins = self._layout.contentsMargins()
        width = self.area.viewport().width() - margins.left() - margins.right()
        cell = (width - sizes.gap * (self._columns - 1)) // self._columns
        spans = {}
        for tile in self.tiles.values():
            span = cell
            if tile is self.hero:
                span = width - (cell + sizes.gap if self.beside_hero is not None else 0)
            spans[tile] = span
        # A word too long to sit beside the icon puts every icon above its words (all
        # tiles alike), so the whole word shows instead of being cut.
        stacked = self._portrait or not all(t.words_fit_beside(spans[t]) for t in spans)
        for tile, span in spans.items():
            tile.set_stacked(stacked)
            tile.setMinimumHeight(tile.needed_height(span))

    def _place(self, columns: int) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        row = 0
        top = [t for t in (self.hero, self.beside_hero) if t is not None]
        if self.hero is not None:
            span = columns - 1 if self.beside_hero is not None else columns
            self.grid.addWidget(self.hero, 0, 0, 1, span)
            if self.beside_hero is not None:
                self.grid.addWidget(self.beside_hero, 0, span)
            row = 1
        else:
            top = []
        others = [t for t in self.tiles.values() if t not in top]
        for index, tile in enumerate(others):
            self.grid.addWidget(tile, row + index // columns, index % columns)
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 2 if r >= row else 1)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        order = top + others
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
