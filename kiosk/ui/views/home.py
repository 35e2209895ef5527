"""Home: the topic title, a welcome line and one tile per page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.content.model import Kind, Pack
from kiosk.core.theme import Metrics
from kiosk.ui.views.plain_label import PlainLabel
from kiosk.ui.views.scrolling import scroll_cue, touch_scroll
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
        self.area.viewport().installEventFilter(self)
        self._sizes: Metrics | None = None
        self._portrait = False
        self._fitted_for: tuple[int, int] | None = None
        """The viewport size the tiles were last fitted to (for the same look)."""

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
        self._fitted_for = None  # a new look: fit again whatever the size
        self._fit_tiles()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_tiles()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The viewport takes its width after Home's own resize (a Home built at a language
        switch is first laid out narrow): fit the tiles to the width they finally have."""
        if watched is self.area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_tiles()
        return False

    def _spans(self, columns: int) -> dict[Tile, int]:
        """Each tile's width when Home has ``columns`` columns."""
        assert self._sizes is not None
        gap = self._sizes.gap
        margins = self._layout.contentsMargins()
        width = self.area.viewport().width() - margins.left() - margins.right()
        cell = (width - gap * (columns - 1)) // columns
        spans = {}
        for tile in self.tiles.values():
            span = cell
            if tile is self.hero:
                span = width - (cell + gap if self.beside_hero is not None else 0)
            spans[tile] = span
        return spans

    def _fit_tiles(self) -> None:
        """Choose the columns, then give each row of tiles the height its words need.

        Portrait has two columns, icons above the words. Landscape has three, or two
        when two show more whole tiles before the fold: at large text on a laptop-sized
        screen three narrow columns wrap every title (or stack the icons), leaving one
        row in view, where two wider columns keep two rows or more.
        """
        viewport = self.area.viewport().size()
        if self._sizes is None or self._fitted_for == (viewport.width(), viewport.height()):
            return  # Home and its viewport both report one resize: fit once
        self._fitted_for = (viewport.width(), viewport.height())
        choices = (2,) if self._portrait else (3, 2)
        columns = max(choices, key=self._tiles_in_view)  # the first of equals: three
        spans = self._heights(columns)
        if columns != self._columns:
            self._columns = columns
            self._place(columns)
        for tile, (_, height) in spans.items():
            tile.setMinimumHeight(height)

    def _heights(self, columns: int) -> dict[Tile, tuple[int, int]]:
        """Each tile's (width, height) with ``columns`` columns, icons set beside the
        words or above them. A word too long to sit beside the icon puts every icon
        above its words (all tiles alike), so the whole word shows instead of being cut."""
        spans = self._spans(columns)
        stacked = self._portrait or not all(t.words_fit_beside(spans[t]) for t in spans)
        out = {}
        for tile, span in spans.items():
            tile.set_stacked(stacked)
            out[tile] = (span, tile.needed_height(span))
        return out

    def _tiles_in_view(self, columns: int) -> int:
        """How many tiles show whole before any scrolling, with ``columns`` columns."""
        assert self._sizes is not None
        heights = self._heights(columns)
        margins = self._layout.contentsMargins()
        width = self.area.viewport().width() - margins.left() - margins.right()
        spacing = self._layout.spacing()
        y = margins.top()
        for label in (self.title, self.welcome):
            y += label.heightForWidth(width) + spacing
        bottoms = []
        for row in self._rows(columns):
            y += max(heights[t][1] for t in row)
            bottoms.append((y, len(row)))
            y += self._sizes.gap
        if not bottoms or bottoms[-1][0] <= self.area.height():
            return len(self.tiles)  # all in view: no "More below" band
        cue = scroll_cue(self.area)
        room = self.area.height() - (cue.more.sizeHint().height() * 5 // 4 if cue else 0)
        return sum(count for bottom, count in bottoms if bottom <= room)

    def _rows(self, columns: int) -> list[list[Tile]]:
        """The tiles row by row: the walkthrough and the checklist first, then the rest."""
        top = [t for t in (self.hero, self.beside_hero) if t is not None] if self.hero else []
        others = [t for t in self.tiles.values() if t not in top]
        rows = [top] if top else []
        return rows + [others[i : i + columns] for i in range(0, len(others), columns)]

    def _place(self, columns: int) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        rows = self._rows(columns)
        first = 1 if self.hero is not None else 0
        for r, row in enumerate(rows):
            if r < first:  # the walkthrough spans what the checklist beside it leaves
                span = columns - 1 if len(row) > 1 else columns
                self.grid.addWidget(row[0], r, 0, 1, span)
                if len(row) > 1:
                    self.grid.addWidget(row[1], r, span)
            else:
                for c, tile in enumerate(row):
                    self.grid.addWidget(tile, r, c)
        for r in range(self.grid.rowCount()):  # rows left empty by more columns take no room
            self.grid.setRowStretch(r, 0 if r >= len(rows) else 2 if r >= first else 1)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        order = [tile for row in rows for tile in row]
        for first_tile, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first_tile, second)
